/** The meeting port: meetings booked in Outlook from the record, stored in the person's folder. */
import type { MeetingRecord, OneToOneNotes, Result } from '../../domain';
import type { DataError } from './dataError';

/** Why saving a one-to-one's notes did not succeed: `staleVersion` carries the meeting as saved meanwhile (ETag 412). */
export type MeetingSaveError = DataError | { code: 'staleVersion'; current: MeetingRecord };

/** Stores meetings in the person's folder (the reviewer has Contribute there). */
export interface MeetingStore {
  saveMeeting(meeting: Omit<MeetingRecord, 'etag'>, etag: string | undefined): Promise<Result<MeetingRecord, DataError>>;
  /** Saves a one-to-one's notes over `meeting`, whose etag guards the write. */
  saveNotes(meeting: MeetingRecord, notes: OneToOneNotes): Promise<Result<MeetingRecord, MeetingSaveError>>;
}
