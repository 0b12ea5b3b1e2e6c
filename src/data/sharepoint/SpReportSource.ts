/**
 * ReportSource over SharePoint, for administrators (Full Control on the records list: every folder). The people and
 * their reviewers come from the roster list, which only administrators write. Three kinds of records query, each
 * filtered first on an indexed column and paged under the list-view threshold, so a trust's list of 50,000 items
 * keeps working: the roster (paged), the cycle's records (CycleLabel, one per person), and
 * the meetings (RecordKind: one paged query while the list holds at most 5,000 meetings; past that SharePoint refuses
 * it, and the meetings are read by StaffKey in chunks small enough for the URL and far below 5,000 items each).
 * Items outside their person's folder and unreadable items are left out of the counts and named.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { IList } from '@pnp/sp/lists';
import { fail, ok, type Result } from '../../domain';
import type { DataError, ItemProblem, PeopleRecords, ReportSource } from '../ports';
import { LISTS, SUPPORT_ITEM_TITLES } from './schema';
import { withSupportPeriods } from './SpSupportPlans';
import { toDataError } from './errors';
import { ROSTER_SELECT } from './mappers/rosterMapper';
import { groupRecords, readRoster, RECORD_SELECT } from './mappers/binding';
import { readSignatures } from './signatures/readSignatures';
import type { RawItem } from './mappers/validate';
import { rootUrl } from './personFolders';
import { odataString } from '../odataLiteral';

const PAGE = 2000;
/** Staff keys per meetings query: 20 keys keep the URL under 2,000 characters. */
const CHUNK = 20;

/** Reads everyone's records for a cycle; anyone but an administrator is refused. */
export class SpReportSource implements ReportSource {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LISTS.records.title);
  }

  private async all(filter: string | undefined, select: readonly string[], list: IList = this.list): Promise<RawItem[]> {
    const items: RawItem[] = [];
    const query = filter === undefined ? list.items : list.items.filter(filter);
    for await (const page of query.select(...select).top(PAGE)) items.push(...(page as RawItem[]));
    return items;
  }

  private async meetings(staffKeys: readonly string[]): Promise<RawItem[]> {
    try {
      return await this.all("RecordKind eq 'meeting'", RECORD_SELECT);
    } catch (error) {
      // SPQueryThrottledException: more than 5,000 meetings in the list, so read them person by person, in chunks.
      if (toDataError(error).code !== 'listViewThreshold') throw error;
    }
    const items: RawItem[] = [];
    for (let i = 0; i < staffKeys.length; i += CHUNK) {
      const chunk = staffKeys.slice(i, i + CHUNK).map((k) => `StaffKey eq ${odataString(k)}`).join(' or ');
      items.push(...(await this.all(`(${chunk}) and RecordKind eq 'meeting'`, RECORD_SELECT)));
    }
    return items;
  }

  async everyone(cycleLabel: string): Promise<Result<PeopleRecords, DataError>> {
    try {
      // Manage Lists on the records list marks an administrator: reviewers, who see their team's folders, are refused.
      const perms = await this.list.getCurrentUserEffectivePermissions();
      if (!this.sp.web.hasPermissions(perms, PermissionKind.ManageLists)) return fail({ code: 'accessDenied' });
      const roster = this.sp.web.lists.getByTitle(LISTS.roster.title);
      const plans = this.sp.web.lists.getByTitle(LISTS.supportPlans.title);
      const [staff, cycles, root, support] = await Promise.all([
        this.all(undefined, ROSTER_SELECT, roster), this.all(`CycleLabel eq ${odataString(cycleLabel)} and RecordKind eq 'cycle'`, RECORD_SELECT), rootUrl(this.list),
        // When support plans ran (dates only): their pause counts in Monitoring and the reports as in the record.
        this.all(`Title eq ${odataString(SUPPORT_ITEM_TITLES.plan)}`, ['StaffKey', 'OpenedOn', 'ClosedOn'], plans)
      ]);
      const problems: ItemProblem[] = [];
      const entries = readRoster(staff, problems);
      const onRoster = new Set<string>(entries.map((e) => e.id));
      const withCycle = Array.from(new Set(cycles.map((c) => String(c.StaffKey)).filter((k) => onRoster.has(k))));
      const meetings = await this.meetings(withCycle);
      // Where each record stands comes from its trusted signatures, as in every other view.
      const signatures = await readSignatures(this.sp, 'CycleKey', cycles.map((c) => String(c.CycleKey)));
      const people = groupRecords(entries, [...cycles, ...meetings], root, problems, signatures).filter((p) => p.cycles.length > 0);
      return ok({ people: withSupportPeriods(people.map((p) => ({ ...p, cycles: p.cycles.slice(0, 1) })), support), problems });
    } catch (error) {
      const dataError = toDataError(error);
      // SharePoint hides the records list from people with no folder in it: for them this is a refusal, not "none".
      return fail(dataError.code === 'notFound' ? { code: 'accessDenied' } : dataError);
    }
  }
}
