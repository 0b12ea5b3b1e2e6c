/** The records reader port: people's records read through SharePoint's own trimming. */
import type { CycleRecordSummary, MeetingRecord, Result } from '../../domain';
import type { DataError } from './dataError';
import type { ItemProblem } from './itemProblem';
import type { RosterEntry } from './rosterStore';

/** A person with their cycle records and meetings, as far as the signed-in user may see them. */
export interface PersonRecords {
  person: RosterEntry;
  cycles: CycleRecordSummary[];
  meetings: MeetingRecord[];
}

/** People's records as read, and the items left out (malformed, or not bound to their person's folder). */
export interface PeopleRecords {
  people: PersonRecords[];
  problems: ItemProblem[];
}

/** One person's records as read (undefined when no record has been opened), and the items left out. */
export interface OwnRecords {
  record: PersonRecords | undefined;
  problems: ItemProblem[];
}

/** Reads records through SharePoint's own trimming: each query returns only what the user may read. */
export interface RecordsReader {
  /** The signed-in person's own roster entry and cycles (appraisees); `record` undefined when none has been opened. */
  mine(staffKey: string): Promise<Result<OwnRecords, DataError>>;
  /** The people the signed-in reviewer appraises (by the roster, which only administrators write), with their cycles. */
  team(reviewerKey: string): Promise<Result<PeopleRecords, DataError>>;
}
