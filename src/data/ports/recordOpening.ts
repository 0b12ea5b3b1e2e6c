/** Bulk writes an administrator starts (opening a cycle for everyone): reads once per run, writes in batches. */
import type { AppraisalTrack, CycleWindow, IsoDate, Result } from '../../domain';
import type { DataError } from './dataError';
import type { RosterEntry } from './rosterStore';

/** What opening one person's record for a cycle needs. */
export interface OpenRecordRequest {
  entry: RosterEntry;
  cycle: CycleWindow;
  track: AppraisalTrack;
  retainUntil: IsoDate;
  openedOn: IsoDate;
}

/** One person a bulk write could not finish for: what stopped it. Passing them again finishes what is missing. */
export interface BulkFailure {
  staffKey: string;
  error: DataError;
}

/** What one bulk step did: the people finished, and the people whose steps partly failed. */
export interface BulkOutcome {
  done: string[];
  failed: BulkFailure[];
  /** Whether any write went through: a run that keeps moving is not given up on however often it is throttled. */
  progressed: boolean;
}

/** A run opening many records. What it read at the start it keeps, and it learns from its own writes. */
export interface OpeningRun {
  /** Staff whose record for this cycle is already open: the run skips them. */
  readonly opened: ReadonlySet<string>;
  /** Opens these people's records; each step looks first or is safe to repeat, so a failed person may be passed again. */
  open(requests: readonly OpenRecordRequest[]): Promise<Result<BulkOutcome, DataError>>;
}

/**
 * A run preparing people's access: the containers that belong to their place on the roster, not to a cycle (Appraisal
 * Users membership, their folders and roster item with their own permissions, both parties' grants).
 */
export interface AccessRun {
  /** Which of these people lack their containers: looked up by folder name, a hundred a batch. */
  lacking(entries: readonly RosterEntry[]): Promise<Result<RosterEntry[], DataError>>;
  /** Makes what these people lack; each step looks first or is safe to repeat, so a failed person may be passed again. */
  prepare(entries: readonly RosterEntry[]): Promise<Result<BulkOutcome, DataError>>;
}

/** Starting bulk runs: preparing access, and opening a cycle (which prepares only the people who still lack it). */
export interface RecordOpening {
  beginPreparing(): Promise<Result<AccessRun, DataError>>;
  beginOpening(cycle: CycleWindow): Promise<Result<OpeningRun, DataError>>;
}
