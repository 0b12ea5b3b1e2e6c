/**
 * Use case: book, move or cancel a meeting in Outlook from the record, and keep the record's meeting item in step.
 * The invite names only the meeting kind and first names, and links to the record (DOMAIN §5).
 */
import { fail, mailboxOf, meetingKey, ok, type Result } from '../../domain';
import type {
  CalendarError,
  CalendarEvent,
  CalendarGateway,
  MeetingKind,
  MeetingRecord,
  MeetingStore,
  RosterEntry,
  TimeSlot
} from '../../data/ports';
import type { IsoDate } from '../../domain';

/** The words of an invite, from the UI's strings. */
export interface InviteWording {
  subject(kind: MeetingKind, appraiseeFirstName: string, reviewerFirstName: string): string;
  body(recordUrl: string): string;
}

/** What booking needs. */
export interface BookingInput {
  appraisee: RosterEntry;
  reviewerName: string;
  kind: MeetingKind;
  slot: TimeSlot;
  teamsMeeting: boolean;
  recordUrl: string;
  cycleKey: string;
  /**
   * This booking attempt, made when the reviewer asks to book and kept while they retry it after a failure. Graph
   * dedupes POST /events by transactionId and answers a reused one with the first event even once it was cancelled,
   * so booking the same slot again after a cancellation is a new attempt with a new id.
   */
  attempt: string;
  /** A series: every `weeks` weeks until `until` (for example every half term until the cycle ends). */
  recurrence?: { weeks: number; until: IsoDate };
}

const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/** A new booking attempt's id. */
export function newBookingAttempt(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Books the meeting (a retried attempt never makes a second invite: its transactionId is the key and the attempt) and records it. */
export async function bookMeeting(
  calendar: CalendarGateway,
  store: MeetingStore,
  input: BookingInput,
  wording: InviteWording
): Promise<Result<MeetingRecord, CalendarError>> {
  const key = meetingKey(input.appraisee.id, input.cycleKey, input.kind, input.slot.start);
  const event = await calendar.book({
    transactionId: `${key}-${input.attempt}`.replace(/[^\w-]/g, '-'),
    kind: input.kind,
    attendeeUpn: mailboxOf(input.appraisee),
    attendeeName: input.appraisee.displayName,
    slot: input.slot,
    teamsMeeting: input.teamsMeeting,
    subject: wording.subject(input.kind, firstName(input.appraisee.displayName), firstName(input.reviewerName)),
    bodyHtml: wording.body(input.recordUrl),
    recurrence: input.recurrence
  });
  if (!event.ok) return event;
  return store.saveMeeting(
    {
      meetingKey: key,
      staffKey: input.appraisee.id,
      reviewerKey: input.appraisee.reviewer,
      kind: input.kind,
      eventId: event.value.eventId,
      start: event.value.start,
      end: event.value.end,
      status: 'booked',
      joinUrl: event.value.joinUrl
    },
    undefined
  );
}

/**
 * How to confirm a booking: a warning when a Teams meeting was asked for and Outlook made the event without a join
 * link (the mailbox may not organise Teams meetings), so the reviewer adds a link or meets in person.
 */
export function bookedMessage(teamsAsked: boolean, meeting: Pick<MeetingRecord, 'joinUrl'>): { warning: boolean } {
  return { warning: teamsAsked && !meeting.joinUrl };
}

/** Moves the Outlook event and the record's copy of its time. */
export async function moveMeeting(
  calendar: CalendarGateway,
  store: MeetingStore,
  meeting: MeetingRecord,
  slot: TimeSlot
): Promise<Result<MeetingRecord, CalendarError>> {
  const moved = await calendar.reschedule(meeting.eventId, slot);
  if (!moved.ok) return moved;
  return store.saveMeeting({ ...meeting, start: moved.value.start, end: moved.value.end }, meeting.etag);
}

/** Cancels in Outlook (attendees get the message) and marks the record's meeting cancelled. */
export async function cancelMeeting(
  calendar: CalendarGateway,
  store: MeetingStore,
  meeting: MeetingRecord,
  message: string
): Promise<Result<MeetingRecord, CalendarError>> {
  const cancelled = await calendar.cancel(meeting.eventId, message);
  if (!cancelled.ok && cancelled.error.code !== 'notFound') return fail(cancelled.error);
  return store.saveMeeting({ ...meeting, status: 'cancelled' }, meeting.etag);
}

/** Reads the event back so a move or cancellation made in Outlook shows in the record. */
export async function refreshFromOutlook(calendar: CalendarGateway, meeting: MeetingRecord): Promise<Result<MeetingRecord, CalendarError>> {
  const event = await calendar.getEvent(meeting.eventId);
  if (!event.ok) return event.error.code === 'notFound' ? ok({ ...meeting, status: 'cancelled' }) : event;
  return ok({ ...meeting, start: event.value.start, end: event.value.end, status: event.value.cancelled ? 'cancelled' : meeting.status });
}

/** Reads every booked meeting back from Outlook and saves those that were moved or cancelled there. */
export async function syncMeetings(
  calendar: CalendarGateway,
  store: MeetingStore,
  meetings: readonly MeetingRecord[]
): Promise<MeetingRecord[]> {
  const result: MeetingRecord[] = [];
  for (const meeting of meetings) {
    if (meeting.status !== 'booked') {
      result.push(meeting);
      continue;
    }
    const fresh = await refreshFromOutlook(calendar, meeting);
    const changed =
      fresh.ok && (fresh.value.start !== meeting.start || fresh.value.end !== meeting.end || fresh.value.status !== meeting.status);
    const saved = changed && fresh.ok ? await store.saveMeeting(fresh.value, meeting.etag) : undefined;
    result.push(saved?.ok ? saved.value : fresh.ok ? fresh.value : meeting);
  }
  return result;
}

/** Links an event a manager booked by hand in Outlook to the record, as a meeting of the given kind. */
export async function linkEvent(
  store: MeetingStore,
  appraisee: RosterEntry,
  kind: MeetingKind,
  event: CalendarEvent,
  cycleKey: string
): Promise<Result<MeetingRecord, CalendarError>> {
  return store.saveMeeting(
    {
      meetingKey: meetingKey(appraisee.id, cycleKey, kind, event.start),
      staffKey: appraisee.id,
      reviewerKey: appraisee.reviewer,
      kind,
      eventId: event.eventId,
      start: event.start,
      end: event.end,
      status: event.cancelled ? 'cancelled' : 'booked',
      joinUrl: event.joinUrl
    },
    undefined
  );
}
