/** The meeting port: meetings booked in Outlook from the record, stored in the person's folder. */
import type { IsoInstant, OneToOneNotes, Result } from '../../domain';
import type { DataError } from './dataError';
import type { MeetingKind } from './meetingCalendar';

/** A meeting booked in Outlook from the record: the event id links the two (Outlook is the source of truth for time). */
export interface MeetingRecord {
  meetingKey: string;
  staffKey: string;
  /** The appraisee's reviewer, so the meeting shows in the reviewer's team view too. */
  reviewerKey: string | undefined;
  kind: MeetingKind;
  eventId: string;
  start: IsoInstant;
  end: IsoInstant;
  status: 'booked' | 'cancelled';
  joinUrl: string | undefined;
  /** The one-to-one's agenda, notes and actions, once either party has written any (AB9, AB10). */
  notes?: OneToOneNotes;
  etag: string;
}

/** Why saving a one-to-one's notes did not succeed: `staleVersion` carries the meeting as saved meanwhile (ETag 412). */
export type MeetingSaveError = DataError | { code: 'staleVersion'; current: MeetingRecord };

/** Stores meetings in the person's folder (the reviewer has Contribute there). */
export interface MeetingStore {
  saveMeeting(meeting: Omit<MeetingRecord, 'etag'>, etag: string | undefined): Promise<Result<MeetingRecord, DataError>>;
  /** Saves a one-to-one's notes over `meeting`, whose etag guards the write. */
  saveNotes(meeting: MeetingRecord, notes: OneToOneNotes): Promise<Result<MeetingRecord, MeetingSaveError>>;
}
