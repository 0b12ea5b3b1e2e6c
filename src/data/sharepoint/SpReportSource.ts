/**
 * ReportSource over SharePoint, for administrators (Full Control on the records list: every folder). Three kinds of
 * query, each filtered first on an indexed column and paged under the list-view threshold, so a trust's list of
 * 50,000 items keeps working: the staff folders (RecordKind), the cycle's records (CycleLabel, one per person), and
 * the meetings (RecordKind: one paged query while the list holds at most 5,000 meetings; past that SharePoint refuses
 * it, and the meetings are read by StaffKey in chunks small enough for the URL and far below 5,000 items each).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { IList } from '@pnp/sp/lists';
import { fail, ok, type Result } from '../../domain';
import type { DataError, PersonRecords, ReportSource } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { ROSTER_SELECT, toRosterEntry } from './mappers/rosterMapper';
import { CYCLE_SELECT, toCycleSummary } from './mappers/cycleMapper';
import { toMeeting } from './mappers/meetingMapper';
import type { RawItem } from './mappers/validate';
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

  private async all(filter: string, select: readonly string[]): Promise<RawItem[]> {
    const items: RawItem[] = [];
    for await (const page of this.list.items.filter(filter).select(...select).top(PAGE)) items.push(...(page as RawItem[]));
    return items;
  }

  private async meetings(staffKeys: readonly string[]): Promise<RawItem[]> {
    try {
      return await this.all("RecordKind eq 'meeting'", CYCLE_SELECT);
    } catch (error) {
      // SPQueryThrottledException: more than 5,000 meetings in the list, so read them person by person, in chunks.
      if (toDataError(error).code !== 'listViewThreshold') throw error;
    }
    const items: RawItem[] = [];
    for (let i = 0; i < staffKeys.length; i += CHUNK) {
      const chunk = staffKeys.slice(i, i + CHUNK).map((k) => `StaffKey eq ${odataString(k)}`).join(' or ');
      items.push(...(await this.all(`(${chunk}) and RecordKind eq 'meeting'`, CYCLE_SELECT)));
    }
    return items;
  }

  async everyone(cycleLabel: string): Promise<Result<PersonRecords[], DataError>> {
    try {
      // Manage Lists on the records list marks an administrator: reviewers, who see their team's folders, are refused.
      const perms = await this.list.getCurrentUserEffectivePermissions();
      if (!this.sp.web.hasPermissions(perms, PermissionKind.ManageLists)) return fail({ code: 'accessDenied' });
      const [staff, cycles] = await Promise.all([this.all("RecordKind eq 'staff'", ROSTER_SELECT), this.all(`CycleLabel eq ${odataString(cycleLabel)} and RecordKind eq 'cycle'`, CYCLE_SELECT)]);
      const people = new Map<string, PersonRecords>();
      const entries = new Map<string, PersonRecords['person']>();
      for (const item of staff) {
        const entry = toRosterEntry(item);
        if (!entry.ok) return entry;
        entries.set(entry.value.id, entry.value);
      }
      for (const item of cycles) {
        const cycle = toCycleSummary(item);
        if (!cycle.ok) return cycle;
        const person = entries.get(cycle.value.staffKey);
        if (person) people.set(person.id, { person, cycles: [cycle.value], meetings: [] });
      }
      for (const item of await this.meetings(Array.from(people.keys()))) {
        const meeting = toMeeting(item);
        if (!meeting.ok) return meeting;
        people.get(meeting.value.staffKey)?.meetings.push(meeting.value);
      }
      return ok(Array.from(people.values()));
    } catch (error) {
      const dataError = toDataError(error);
      // SharePoint hides the records list from people with no folder in it: for them this is a refusal, not "none".
      return fail(dataError.code === 'notFound' ? { code: 'accessDenied' } : dataError);
    }
  }
}
