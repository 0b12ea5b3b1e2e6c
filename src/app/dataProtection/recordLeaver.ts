/**
 * A leaver (DOMAIN §7.7): their future Outlook meetings are cancelled with a neutral message (as the organiser, whose
 * calendar must be shared with the administrator with edit rights; otherwise the meeting is listed for the reviewer
 * to cancel), the meeting items say so, and then their and their reviewer's access closes and they leave Appraisal
 * Users. Their records stay: retention runs from the leaving date where that is later (retainUntilFor), and they
 * still count in that cycle's reports (trackFor counts anyone who left after the cycle began).
 */
import { ok, type IsoDate, type IsoInstant, type Result } from '../../domain';
import type { CalendarGateway, DataError, MeetingRecord, MeetingStore, RecordAccess, RecordsReader, RosterEntry } from '../../data/ports';

/** What recording a leaver needs. */
export interface LeaverPorts {
  records: RecordAccess;
  reader: RecordsReader;
  calendar: CalendarGateway;
  meetings: MeetingStore;
}

/** The outcome: the saved entry, how many meetings were cancelled, and any that could not be (for the reviewer). */
export interface LeaverOutcome {
  entry: RosterEntry;
  cancelled: number;
  notCancelled: MeetingRecord[];
}

/** Cancels the person's meetings after `now`, then closes their access. Re-running finds the meetings already cancelled. */
export async function recordLeaver(
  ports: LeaverPorts,
  entry: RosterEntry,
  leftOn: IsoDate,
  now: IsoInstant,
  message: string
): Promise<Result<LeaverOutcome, DataError>> {
  const held = await ports.reader.mine(entry.id);
  if (!held.ok) return held;
  const future = (held.value.record?.meetings ?? []).filter((m) => m.status === 'booked' && m.start > now);
  let cancelled = 0;
  const notCancelled: MeetingRecord[] = [];
  for (const meeting of future) {
    const done = await ports.calendar.cancel(meeting.eventId, message, entry.reviewerUpn);
    // Already gone from Outlook counts as cancelled: a re-run after a lost answer, or the reviewer cancelled it.
    if (!done.ok && done.error.code !== 'notFound') {
      notCancelled.push(meeting);
      continue;
    }
    const { etag, ...rest } = meeting;
    const saved = await ports.meetings.saveMeeting({ ...rest, status: 'cancelled' }, etag);
    if (!saved.ok) return saved;
    cancelled++;
  }
  const closed = await ports.records.closeAccess(entry, leftOn);
  if (!closed.ok) return closed;
  return ok({ entry: closed.value, cancelled, notCancelled });
}
