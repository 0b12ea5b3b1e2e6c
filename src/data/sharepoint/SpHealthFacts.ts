/**
 * HealthFactsSource over SharePoint and Graph (issue 13): reads only — GETs, never a POST, MERGE or DELETE — since the
 * IT lead runs it in the live tenant. What it cannot see from the browser it reports as not known, so the line is
 * amber ("could not check") rather than a green it did not earn:
 * - unique permission scopes: SharePoint's REST API has no count of a list's unique scopes (the supported limit of
 *   50,000 per list is in "SharePoint limits"; only admin tooling walks the scopes);
 * - Teams meetings on another person's calendar: GET /users/{id}/calendar needs Calendars.Read.Shared and the owner's
 *   sharing; without it Graph answers 403 and the fact stays unknown (learn.microsoft.com/graph/
 *   outlook-calendar-online-meetings: read allowedOnlineMeetingProviders from the calendar);
 * - the Teams app catalogue: not readable with the product's delegated permissions.
 * Graph permissions are probed with harmless GETs; 403 means the consent is missing or withdrawn.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { Client } from '@microsoft/microsoft-graph-client';
import {
  fail,
  ok,
  type DirectoryId,
  type GraphProbeOutcome,
  type HealthFacts,
  type ListFacts,
  type MailboxFacts,
  type Result
} from '../../domain';
import type { DataError, HealthFactsSource, RosterEntry, RosterStore } from '../ports';
import { graphDataError } from '../graph/graphErrors';
import { GROUPS, LISTS, SCHEMA_VERSION, SETTING_KEYS, SETTINGS_FIELDS, type GroupKey, type ListKey } from './schema';
import { httpStatus, toDataError } from './errors';
import { odataString } from '../odataLiteral';

/** The site-wide rights the administrator needs to run the product. */
const RIGHTS: readonly { right: string; kind: PermissionKind }[] = [
  { right: 'ManagePermissions', kind: PermissionKind.ManagePermissions },
  { right: 'ManageLists', kind: PermissionKind.ManageLists }
];

/** Each Graph permission the package requests that a GET can prove, and that harmless GET. */
const GRAPH_PROBES: readonly { scope: string; path: string }[] = [
  // Beyond the basic profile (the manager, as the Entra import reads it): User.ReadBasic.All alone would answer a
  // plain /users?$select=id, so that probe stayed green with User.Read.All withdrawn.
  { scope: 'User.Read.All', path: '/users?$select=id,jobTitle&$expand=manager($select=id)&$top=1' },
  {
    scope: 'Calendars.ReadWrite',
    path: '/me/calendarView?startDateTime=2000-01-01T00:00:00Z&endDateTime=2000-01-01T00:01:00Z&$select=id&$top=1'
  }
];

function graphStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: number } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export class SpHealthFacts implements HealthFactsSource {
  constructor(
    private readonly sp: SPFI,
    private readonly graph: Pick<Client, 'api'>,
    private readonly roster: RosterStore,
    private readonly packageVersion: string
  ) {}

  async gather(): Promise<Result<HealthFacts, DataError>> {
    const listing = await this.roster.listRoster();
    if (!listing.ok) return fail(listing.error);
    try {
      const [web, schema, lists, rights, groups, graph, mailboxes] = await Promise.all([
        this.sp.web.select('Url')<{ Url: string }>(),
        this.schema(),
        this.lists(),
        this.rights(),
        this.groups(),
        this.graphProbes(),
        this.mailboxes(listing.value.entries)
      ]);
      return ok({
        siteUrl: web.Url,
        packageVersion: this.packageVersion,
        schema,
        lists,
        rights,
        groups,
        graph,
        mailboxes,
        teamsApp: 'unknown'
      });
    } catch (error) {
      return fail(graphStatus(error) === undefined ? toDataError(error) : graphDataError(error));
    }
  }

  private async schema(): Promise<HealthFacts['schema']> {
    const items: Record<string, unknown>[] = await this.sp.web.lists
      .getByTitle(LISTS.settings.title)
      .items.filter(`${SETTINGS_FIELDS.key} eq ${odataString(SETTING_KEYS.schemaVersion)}`)
      .select(SETTINGS_FIELDS.value)
      .top(1)();
    const installed = Number(items[0]?.[SETTINGS_FIELDS.value] ?? 0);
    return { installed: installed || undefined, expected: SCHEMA_VERSION, pendingSteps: [] };
  }

  private lists(): Promise<ListFacts[]> {
    return Promise.all((Object.keys(LISTS) as ListKey[]).map((key) => this.list(key)));
  }

  private async list(key: ListKey): Promise<ListFacts> {
    const def = LISTS[key];
    const requiredIndexes = def.fields.filter((f) => 'indexed' in f && f.indexed).map((f) => f.name);
    const list = this.sp.web.lists.getByTitle(def.title);
    try {
      const [info, fields] = await Promise.all([
        list.select('ItemCount')<{ ItemCount: number }>(),
        // Filtered here, not with $filter: a list has few columns, and the answer does not rest on how a filter is read.
        list.fields.select('InternalName', 'Indexed')<{ InternalName: string; Indexed: boolean }[]>()
      ]);
      const indexedFields = fields.filter((f) => f.Indexed === true).map((f) => f.InternalName);
      return { key, title: def.title, exists: true, itemCount: info.ItemCount, requiredIndexes, indexedFields };
    } catch (error) {
      if (httpStatus(error) === 404) return { key, title: def.title, exists: false, itemCount: 0, requiredIndexes, indexedFields: [] };
      throw error;
    }
  }

  private async rights(): Promise<HealthFacts['rights']> {
    const perms = await this.sp.web.getCurrentUserEffectivePermissions();
    return RIGHTS.map((r) => ({ right: r.right, held: this.sp.web.hasPermissions(perms, r.kind) }));
  }

  private groups(): Promise<HealthFacts['groups']> {
    return Promise.all(
      (Object.keys(GROUPS) as GroupKey[]).map(async (key) => {
        const { OwnerTitle } = await this.sp.web.siteGroups.getByName(GROUPS[key].title).select('OwnerTitle')<{ OwnerTitle?: string }>();
        return { title: GROUPS[key].title, owner: OwnerTitle, ownedByAdmins: OwnerTitle === GROUPS.admins.title };
      })
    );
  }

  private graphProbes(): Promise<HealthFacts['graph']> {
    return Promise.all(
      GRAPH_PROBES.map(async ({ scope, path }) => {
        let outcome: GraphProbeOutcome = 'ok';
        try {
          await this.graph.api(path).get();
        } catch (error) {
          outcome = graphStatus(error) === 403 ? 'denied' : 'failed';
        }
        return { scope, outcome };
      })
    );
  }

  /** Everyone on the roster, and each reviewer once: resolvable in the directory, and Teams meetings when readable. */
  private async mailboxes(entries: readonly RosterEntry[]): Promise<MailboxFacts[]> {
    const current = entries.filter((e) => !e.leftOn);
    const names = new Map<DirectoryId, string>(current.map((e) => [e.directoryId, e.displayName]));
    const people = new Map<DirectoryId, MailboxFacts['role']>();
    for (const e of current) if (e.reviewer) people.set(e.reviewer, 'reviewer');
    for (const e of current) if (!people.has(e.directoryId)) people.set(e.directoryId, 'appraisee');
    return Promise.all(Array.from(people.entries()).map(([id, role]) => this.mailbox(id, names.get(id) ?? id, role)));
  }

  private async mailbox(id: DirectoryId, name: string, role: MailboxFacts['role']): Promise<MailboxFacts> {
    const path = `/users/${encodeURIComponent(id)}`;
    try {
      // A reviewer who is not on the roster is known only by their directory id: show the directory's name instead.
      const user = (await this.graph.api(`${path}?$select=id,mail,displayName`).get()) as {
        mail?: string | null;
        displayName?: string | null;
      };
      if (name === id && user.displayName) name = user.displayName;
      if (!user.mail) return { name, role, resolvable: false };
    } catch (error) {
      if (graphStatus(error) === 404) return { name, role, resolvable: false };
      throw error;
    }
    try {
      const calendar = (await this.graph.api(`${path}/calendar?$select=allowedOnlineMeetingProviders`).get()) as {
        allowedOnlineMeetingProviders?: string[];
      };
      return { name, role, resolvable: true, teamsMeetings: calendar.allowedOnlineMeetingProviders?.includes('teamsForBusiness') };
    } catch {
      return { name, role, resolvable: true };
    }
  }
}
