/** The roster port: the staff roster, one item per person in a list only administrators write. */
import type { DirectoryId, IsoDate, Result, StaffMember } from '../../domain';
import type { DataError } from './dataError';
import type { ItemProblem } from './itemProblem';

/** A roster entry to save: the staff member plus how to reach them and their reviewer's name as the directory had it. */
export interface RosterDraft extends StaffMember {
  upn: string;
  /**
   * The person's mailbox address (Entra ID `mail`), when it differs from the UPN or was read from the directory.
   * Outlook resolves attendees and schedules by SMTP address, not UPN, so every Outlook call uses `mailboxOf`.
   */
  mail?: string;
  reviewerName: string | undefined;
  reviewerUpn: string | undefined;
  /** While the reviewer is acting for one on long absence (AB9.M5): who is reinstated later, and since when. */
  actingFor?: { reviewer: DirectoryId; reviewerName: string; reviewerUpn: string; since: IsoDate };
}

/** A roster entry as stored, with an adapter-defined version token (sent back on update to detect conflicts). */
export interface RosterEntry extends RosterDraft {
  etag: string;
}

/** The roster as read: every entry that could be read, and the items that could not. */
export interface RosterListing {
  entries: RosterEntry[];
  problems: ItemProblem[];
}

/** One row of a bulk roster write: the entry, and its version token when it is an update. */
export interface RosterWrite {
  entry: RosterDraft;
  etag: string | undefined;
}

/** The staff roster (one item per person in a list only administrators write). Administrators only. */
export interface RosterStore {
  listRoster(): Promise<Result<RosterListing, DataError>>;
  /** Adds (etag undefined) or updates a roster entry; a stale etag gives `conflict`. */
  saveRosterEntry(entry: RosterDraft, etag: string | undefined): Promise<Result<RosterEntry, DataError>>;
  /**
   * Adds or updates many entries in as few round trips as SharePoint allows. Each row succeeds or fails on its own:
   * the answer holds, in row order, `undefined` for a saved row or what refused it. Passing a failed row again is safe.
   */
  saveRosterEntries(rows: readonly RosterWrite[]): Promise<Result<Array<DataError | undefined>, DataError>>;
}
