/**
 * RecordsReader over SharePoint. One query per view: the person's key (or the reviewer's key) is on the staff folder
 * item and on every record inside it, so a single indexed filter returns both, already trimmed by SharePoint.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { fail, ok, type Result } from '../../domain';
import type { DataError, PersonRecords, RecordsReader } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { ROSTER_SELECT, toRosterEntry } from './mappers/rosterMapper';
import { CYCLE_SELECT, toCycleSummary } from './mappers/cycleMapper';
import { toMeeting } from './mappers/meetingMapper';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';
import '@pnp/sp/batching';
import { collectSignatures, readSignatures, signatureQueries, type SignatureRead } from './signatures/readSignatures';

const SELECT = Array.from(new Set([...ROSTER_SELECT, ...CYCLE_SELECT]));

function group(items: RawItem[], signatures: SignatureRead): Result<PersonRecords[], DataError> {
  const people = new Map<string, PersonRecords>();
  for (const item of items.filter((i) => i.RecordKind === 'staff')) {
    const entry = toRosterEntry(item);
    if (!entry.ok) return entry;
    people.set(entry.value.id, { person: entry.value, cycles: [], meetings: [] });
  }
  for (const item of items.filter((i) => i.RecordKind === 'cycle')) {
    const person = people.get(String(item.StaffKey));
    const cycle = toCycleSummary(item, signatures.byCycle.get(String(item.CycleKey)) ?? [], person?.person.directoryId);
    if (!cycle.ok) return cycle;
    people.get(cycle.value.staffKey)?.cycles.push(cycle.value);
  }
  for (const item of items.filter((i) => i.RecordKind === 'meeting')) {
    const meeting = toMeeting(item);
    if (!meeting.ok) return meeting;
    people.get(meeting.value.staffKey)?.meetings.push(meeting.value);
  }
  const list = Array.from(people.values());
  for (const p of list) {
    p.cycles.sort((a, b) => b.cycle.start.localeCompare(a.cycle.start));
    p.meetings.sort((a, b) => a.start.localeCompare(b.start));
  }
  return ok(list.sort((a, b) => a.person.displayName.localeCompare(b.person.displayName, 'en-GB')));
}

/** Reads the signed-in user's own records and their team's. */
export class SpRecordsReader implements RecordsReader {
  constructor(private readonly sp: SPFI) {}

  /**
   * The records matching `filter` and their signatures. When the person is known in advance both queries go in one
   * $batch (one round trip); for a team the signatures follow once the folders say who is in it.
   */
  private async query(filter: string, knownStaffKey?: string): Promise<Result<PersonRecords[], DataError>> {
    try {
      const [batched, execute] = this.sp.batched();
      const records = batched.web.lists.getByTitle(LISTS.records.title).items.filter(filter).select(...SELECT).top(5000)<RawItem[]>();
      const own = knownStaffKey ? signatureQueries(batched, 'StaffKey', [knownStaffKey]) : [];
      await execute();
      const [items, ...pages] = await Promise.all([records, ...own]);
      if (knownStaffKey) return group(items, collectSignatures(pages));
      const staffKeys = items.filter((i) => i.RecordKind === 'staff').map((i) => String(i.StaffKey));
      return group(items, staffKeys.length ? await readSignatures(this.sp, 'StaffKey', staffKeys) : collectSignatures([]));
    } catch (error) {
      const dataError = toDataError(error);
      // SharePoint hides the whole list from someone with no record in it: to them there is simply nothing.
      return dataError.code === 'notFound' ? ok([]) : fail(dataError);
    }
  }

  async mine(staffKey: string): Promise<Result<PersonRecords | undefined, DataError>> {
    const result = await this.query(`StaffKey eq ${odataString(staffKey)}`, staffKey);
    return result.ok ? ok(result.value[0]) : result;
  }

  team(reviewerKey: string): Promise<Result<PersonRecords[], DataError>> {
    return this.query(`ReviewerKey eq ${odataString(reviewerKey)}`);
  }
}
