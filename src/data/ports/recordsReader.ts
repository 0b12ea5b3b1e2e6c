/** The records reader port: people's records read through SharePoint's own trimming. */
import type {
  AppraisalTrack,
  CycleDocument,
  CycleWindow,
  IsoDate,
  IsoInstant,
  LongAbsence,
  Result,
  Stage,
  StageClosedNotAgreed,
  StageNotRequired,
  SupportPeriod
} from '../../domain';
import type { DataError } from './dataError';
import type { ItemProblem } from './itemProblem';
import type { MeetingRecord } from './meetingStore';
import type { RosterEntry } from './rosterStore';

/** A cycle record as the appraisee's and reviewer's views list it. */
export interface CycleRecordSummary {
  staffKey: string;
  cycleKey: string;
  cycle: CycleWindow;
  track: AppraisalTrack;
  stage: Stage | 'agreed' | 'closed';
  reviewerKey: string | undefined;
  openedOn: IsoDate | undefined;
  /** From the roster (only administrators write it): this cycle's stages marked not required, and long absences. */
  notRequired?: readonly StageNotRequired[];
  closedNotAgreed?: readonly StageClosedNotAgreed[];
  absences?: readonly LongAbsence[];
  /** When informal support plans ran (dates only, read from the plans the user may see): deadlines pause meanwhile. */
  supportPeriods?: readonly SupportPeriod[];
  /** A stage shared for agreement and not yet answered, with when the reviewer shared it (scenario 12). */
  awaitingAgreement?: { stage: Stage; since: IsoInstant };
  /** The cycle's content as the same query read it, once either party has written any, with trusted signatures. */
  document?: CycleDocument;
  /** When SharePoint last saw the item change and by whom (its Modified and Editor): shown beside a tampered record. */
  lastChanged?: { at: IsoInstant; byUserId: number | undefined; byName?: string };
}

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
