/** The record access port: opening records, moving access between reviewers, closing a leaver's access. */
import type { CycleWindow, IsoDate, Result } from '../../domain';
import type { DataError } from './dataError';
import type { ItemProblem } from './itemProblem';
import type { DirectoryPerson } from './peopleDirectory';
import type { OpenRecordRequest, RecordOpening } from './recordOpening';
import type { RosterEntry } from './rosterStore';

/** Opens records (the person and their reviewer get access to the person's folders, the cycle record is created). */
export interface RecordAccess extends RecordOpening {
  /** Staff whose record for this cycle is already open, so that a second run skips them (bulk: `beginOpening`). */
  openedFor(cycle: CycleWindow): Promise<Result<Set<string>, DataError>>;
  /** Idempotent: running it again for the same person and cycle changes nothing. */
  openRecord(request: OpenRecordRequest): Promise<Result<void, DataError>>;
  /** Moves access from the current reviewer to the new one; history stays, an audit entry is written. */
  changeReviewer(entry: RosterEntry, next: DirectoryPerson): Promise<Result<RosterEntry, DataError>>;
  /** A leaver: the person and their reviewer lose access; the record is kept for its retention period. */
  closeAccess(entry: RosterEntry, leftOn: IsoDate): Promise<Result<RosterEntry, DataError>>;
  /** Moves a left-out item to the recycle bin, with an audit entry. Administrators only (parties cannot delete). */
  recycleItem(problem: ItemProblem): Promise<Result<void, DataError>>;
}
