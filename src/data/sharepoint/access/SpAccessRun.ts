/**
 * Preparing people's access in `$batch` requests (issue 14, docs/bulk-administration.md): the containers that belong
 * to a person's place on the roster, not to a cycle — Appraisal Users membership, their four folders with their own
 * permissions, their roster item's permissions, and both parties' grants. Each kind of step goes for up to a hundred
 * people together, and each looks first or is safe to repeat: adding a member or a role SharePoint already has changes
 * nothing, breaking inheritance that is already broken changes nothing, a folder that exists is read instead.
 *
 * Who lacks their containers is looked up by folder name, a hundred a batch (never an `FSObjType` query, which is not
 * indexed and meets the 5,000-item list view threshold): the role assignments on the person's records folder. Its
 * grants are made last, so a person whose records folder names both parties has everything before it; a run stopped
 * half-way leaves people who lack them, and is simply run again. Until their grants are made, a new folder inherits
 * the list's administrator-only permissions, and breaking inheritance copies only those.
 */
import type { SPFI } from '@pnp/sp';
import { spPost } from '@pnp/sp';
import { body } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import { Item } from '@pnp/sp/items';
import type { Result } from '../../../domain';
import type { DataError, RosterEntry } from '../../ports';
import type { AccessRun, BulkOutcome } from '../../ports';
import { attempt, httpStatus } from '../errors';
import { inBatches } from '../batches';
import { bulkStep, isThrottling, type Fail, type Step } from './bulkStep';
import { siteFacts, type SiteFacts } from './siteFacts';
import { foldersOf, folderKey, grantsOf, listOf, partiesOf, recordsFolderKey, securablesOf, type FolderSpec, type Securable } from './containers';

const login = (upn: string): string => `i:0#.f|membership|${upn}`;

/** A folder SharePoint refused to create because one of that name is there already. */
const alreadyExists = (message: unknown): boolean => /already exists/i.test(String(message ?? ''));

type Folded = { staffKey: string; f: FolderSpec };

/** One run's knowledge: what it read at the start and what its own writes have done since. */
export class SpAccessRun implements AccessRun {
  /** People known to have their containers: looked up, or prepared by this run. */
  readonly ready = new Set<string>();
  private readonly folders = new Map<string, number>();
  /** Items whose inheritance this run broke, and grants it made: not sent again when their person is retried. */
  private readonly broken = new Set<string>();
  private readonly granted = new Set<string>();
  private answered = 0;

  constructor(
    private readonly sp: SPFI,
    readonly facts: SiteFacts
  ) {}

  /** Parts SharePoint carried out for this run so far (reads included). */
  get progress(): number {
    return this.answered;
  }

  private async send<T, R>(items: readonly T[], build: (batched: SPFI, item: T) => Promise<R>): Promise<Array<PromiseSettledResult<R>>> {
    const outcomes = await inBatches(this.sp, items, build);
    this.answered += outcomes.filter((o) => o.status === 'fulfilled').length;
    return outcomes;
  }

  lacking(entries: readonly RosterEntry[]): Promise<Result<RosterEntry[], DataError>> {
    return attempt(async () => {
      let first: unknown;
      const lacking = await this.lookUp(entries, (_key, reason) => (first ??= reason));
      if (first !== undefined) throw first;
      return lacking;
    });
  }

  /** One read a person not yet known: their records folder's role assignments (404: no folder yet). */
  async lookUp(entries: readonly RosterEntry[], fail: Fail): Promise<RosterEntry[]> {
    const unknown = entries.filter((e) => !this.ready.has(e.id));
    const outcomes = await this.send(unknown, (b, e) =>
      Item(b.web.getFolderByServerRelativePath(`${this.facts.roots.records}/${e.id}`), 'listItemAllFields')
        .roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>()
    );
    const lacking: RosterEntry[] = [];
    outcomes.forEach((o, i) => {
      const entry = unknown[i];
      if (o.status === 'rejected' && httpStatus(o.reason) !== 404) return fail(entry.id, o.reason);
      const holders = new Set(o.status === 'fulfilled' ? o.value.map((a) => a.PrincipalId) : []);
      const has = partiesOf(entry).every((upn) => holders.has(this.facts.userIds.get(upn) ?? -1));
      if (has) this.ready.add(entry.id);
      else lacking.push(entry);
    });
    return lacking;
  }

  prepare(entries: readonly RosterEntry[]): Promise<Result<BulkOutcome, DataError>> {
    return bulkStep(entries, (e) => e.id, () => this.answered, [(people, fail) => this.prepareWith(people, fail)]);
  }

  /** Each kind of step for all these people, in order; a person who fails is left out of the later steps. */
  async prepareWith(entries: readonly RosterEntry[], fail: Fail): Promise<void> {
    const failed = new Set<string>();
    let throttled: unknown;
    const mine: Fail = (key, reason) => {
      failed.add(key);
      if (throttled === undefined && isThrottling(reason)) throttled = reason;
      fail(key, reason);
    };
    const steps: Array<Step<RosterEntry>> = [
      (people, f) => this.addMembers(people, f),
      (people, f) => this.ensureFolders(people, f),
      (people, f) => this.breakInheritance(people, f),
      (people, f) => this.grant(people, f, false),
      (people, f) => this.grant(people, f, true)
    ];
    for (const step of steps) {
      const going = entries.filter((e) => !failed.has(e.id));
      if (throttled !== undefined) going.forEach((e) => mine(e.id, throttled));
      else if (going.length > 0) await step(going, mine);
    }
    for (const e of entries) if (!failed.has(e.id)) this.ready.add(e.id);
  }

  /** Appraisal Users lets them open the site; adding a member also makes them a site user, and answers their id. */
  private async addMembers(entries: RosterEntry[], fail: Fail): Promise<void> {
    const { userIds, members, groupId } = this.facts;
    const needed = Array.from(new Set(entries.flatMap(partiesOf))).filter((upn) => !members.has(userIds.get(upn) ?? -1));
    const outcomes = await this.send(needed, (b, upn) =>
      spPost<{ Id: number }>(b.web.siteGroups.getById(groupId).users, body({ LoginName: login(upn) }))
    );
    outcomes.forEach((o, i) => {
      if (o.status === 'fulfilled') {
        userIds.set(needed[i], o.value.Id);
        members.add(o.value.Id);
      } else for (const e of entries) if (partiesOf(e).includes(needed[i])) fail(e.id, o.reason);
    });
  }

  /**
   * Saving someone on the roster made their records folder: that one is read first. The others are made with one call
   * that answers the item id; one SharePoint says is there already is read instead.
   */
  private async ensureFolders(entries: RosterEntry[], fail: Fail): Promise<void> {
    const all: Folded[] = entries
      .flatMap((e) => foldersOf(e.id).map((f) => ({ staffKey: e.id, f })))
      .filter(({ f }) => !this.folders.has(folderKey(f)));
    await this.readFolders(all.filter(({ f }) => f.list === 'records'), fail, true);
    const wanted = all.filter(({ f }) => !this.folders.has(folderKey(f)));
    const made = await this.send(wanted, (b, { f }) =>
      listOf(b, f.list).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: f.name }], this.facts.roots[f.list], false, '', {
        leafName: f.name,
        objectType: 1
      })
    );
    const existing: Folded[] = [];
    made.forEach((o, i) => {
      const { staffKey, f } = wanted[i];
      if (o.status === 'rejected') return alreadyExists((o.reason as Error)?.message) ? existing.push(wanted[i]) : fail(staffKey, o.reason);
      const results = o.value as Array<{ FieldName: string; FieldValue: string; HasException?: boolean; ErrorMessage?: string | null }>;
      const refused = results.find((x) => x.HasException);
      if (refused && alreadyExists(refused.ErrorMessage)) existing.push(wanted[i]);
      else if (refused) fail(staffKey, Object.assign(new Error(refused.ErrorMessage ?? 'The folder was refused'), { status: 400 }));
      else this.folders.set(folderKey(f), Number(results.find((x) => x.FieldName === 'Id')?.FieldValue));
    });
    await this.readFolders(existing, fail, false);
  }

  /** Reads folders' item ids; a missing one (404) is left to be made when `missingIsFine`. */
  private async readFolders(folders: Folded[], fail: Fail, missingIsFine: boolean): Promise<void> {
    const read = await this.send(folders, (b, { f }) =>
      listOf(b, f.list).rootFolder.folders.getByUrl(f.name).listItemAllFields.select('Id')<{ Id: number }>()
    );
    read.forEach((o, i) => {
      if (o.status === 'fulfilled') this.folders.set(folderKey(folders[i].f), o.value.Id);
      else if (!missingIsFine || httpStatus(o.reason) !== 404) fail(folders[i].staffKey, o.reason);
    });
  }

  private securables(e: RosterEntry): Securable[] {
    return securablesOf(e, (f) => this.folders.get(folderKey(f)) ?? 0);
  }

  /** Each item keeps what it inherited (administrators) and gets its own permissions, once in this run. */
  private async breakInheritance(entries: RosterEntry[], fail: Fail): Promise<void> {
    const items = entries.flatMap((e) => this.securables(e).map((s) => ({ staffKey: e.id, ...s }))).filter((s) => !this.broken.has(s.key));
    const outcomes = await this.send(items, (b, { item }) => item(b).breakRoleInheritance(true, false));
    outcomes.forEach((o, i) => (o.status === 'rejected' ? fail(items[i].staffKey, o.reason) : this.broken.add(items[i].key)));
  }

  /** The grants, the records folder's (`last`) after all the others. */
  private async grant(entries: RosterEntry[], fail: Fail, last: boolean): Promise<void> {
    const grants = entries
      .flatMap((e) => grantsOf(e, this.securables(e), (upn) => this.facts.userIds.get(upn)))
      .filter((g) => (g.on.key === recordsFolderKey(g.staffKey)) === last && !this.granted.has(g.key));
    const outcomes = await this.send(grants, (b, g) => g.on.item(b).roleAssignments.add(g.principal, this.facts.roleIds(g.role)));
    outcomes.forEach((o, i) => (o.status === 'rejected' ? fail(grants[i].staffKey, o.reason) : this.granted.add(grants[i].key)));
  }
}

/** Starts a run: the site's facts in one round trip. */
export function beginPreparing(sp: SPFI): Promise<Result<SpAccessRun, DataError>> {
  return attempt(async () => new SpAccessRun(sp, await siteFacts(sp)));
}
