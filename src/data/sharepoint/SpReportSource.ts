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
import '@pnp/sp/batching';
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
/** The most items SharePoint answers in one page: a first page this full may have more behind it. */
const FULL_PAGE = 5000;
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

  /**
   * Two round trips (issue 14: monitoring ≤ 3): one `$batch` holds the permission check and every list read (each
   * first page of up to 5,000 items; a list that fills a page is read again in full, paged), the second the
   * signatures of the cycle's records. Reading alongside the check lets no one see more: SharePoint trims every read
   * to what the user may see, and a non-administrator's answer is thrown away.
   */
  async everyone(cycleLabel: string): Promise<Result<PeopleRecords, DataError>> {
    try {
      const [b, execute] = this.sp.batched();
      const records = b.web.lists.getByTitle(LISTS.records.title);
      const roster = b.web.lists.getByTitle(LISTS.roster.title);
      const plans = b.web.lists.getByTitle(LISTS.supportPlans.title);
      const cycleFilter = `CycleLabel eq ${odataString(cycleLabel)} and RecordKind eq 'cycle'`;
      const planFilter = `Title eq ${odataString(SUPPORT_ITEM_TITLES.plan)}`;
      const page = (query: ReturnType<IList['items']['select']>): Promise<RawItem[]> => query.top(FULL_PAGE)<RawItem[]>();
      const perms = records.getCurrentUserEffectivePermissions();
      const reads = Promise.all([
        page(roster.items.select(...ROSTER_SELECT)), page(records.items.filter(cycleFilter).select(...RECORD_SELECT)), rootUrl(records),
        // When support plans ran (dates only): their pause counts in Monitoring and the reports as in the record.
        page(plans.items.filter(planFilter).select('StaffKey', 'OpenedOn', 'ClosedOn'))
      ]);
      const firstMeetings = page(records.items.filter("RecordKind eq 'meeting'").select(...RECORD_SELECT));
      for (const p of [perms, reads, firstMeetings]) p.catch(() => undefined);
      await execute();
      // Manage Lists on the records list marks an administrator: reviewers, who see their team's folders, are refused.
      if (!this.sp.web.hasPermissions(await perms, PermissionKind.ManageLists)) return fail({ code: 'accessDenied' });
      const [firstStaff, firstCycles, root, firstSupport] = await reads;
      const full = (first: RawItem[], filter: string | undefined, select: readonly string[], list: IList): Promise<RawItem[]> =>
        first.length < FULL_PAGE ? Promise.resolve(first) : this.all(filter, select, list);
      const [staff, cycles, support] = await Promise.all([
        full(firstStaff, undefined, ROSTER_SELECT, this.sp.web.lists.getByTitle(LISTS.roster.title)),
        full(firstCycles, cycleFilter, RECORD_SELECT, this.list),
        full(firstSupport, planFilter, ['StaffKey', 'OpenedOn', 'ClosedOn'], this.sp.web.lists.getByTitle(LISTS.supportPlans.title))
      ]);
      const problems: ItemProblem[] = [];
      const entries = readRoster(staff, problems);
      const onRoster = new Set<string>(entries.map((e) => e.id));
      const withCycle = Array.from(new Set(cycles.map((c) => String(c.StaffKey)).filter((k) => onRoster.has(k))));
      const meetings = await firstMeetings.then(
        (first) => (first.length < FULL_PAGE ? first : this.meetings(withCycle)),
        () => this.meetings(withCycle)
      );
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
