/** The calendar port: Outlook through Microsoft Graph, as the signed-in reviewer (free times, bookings, events). */
import type { IsoDate, IsoInstant, LocalWindow, MeetingKind, Result } from '../../domain';
import type { DataError } from './dataError';

/** A span of time between two UTC instants. */
export interface TimeSlot {
  start: IsoInstant;
  end: IsoInstant;
}

/** What to look for: a slot of `durationMinutes` inside one of `windows`, free for the organiser and the attendee. */
export interface SlotSearch {
  attendeeUpn: string;
  /** London wall-clock windows from the domain's meetingWindows; Graph converts them to instants. */
  windows: readonly LocalWindow[];
  durationMinutes: number;
  maxCandidates: number;
}

/** Slots Outlook suggests, or why it has none. */
export type SlotSearchResult =
  | { kind: 'slots'; slots: TimeSlot[] }
  | { kind: 'none'; reason: 'attendeesUnavailable' | 'organizerUnavailable' | 'unknown' };

/** One person's free/busy: one code per interval ('0' free, '1' tentative, '2' busy, '3' away, '4' elsewhere). */
export interface FreeBusy {
  upn: string;
  intervalMinutes: number;
  availability: string;
}

/** An Outlook event as the record shows it (Outlook is the source of truth for its time). */
export interface CalendarEvent {
  eventId: string;
  start: IsoInstant;
  end: IsoInstant;
  cancelled: boolean;
  joinUrl: string | undefined;
  webLink: string | undefined;
}

/** A booking: neutral subject, a link to the record, no appraisal content. */
export interface BookingRequest {
  /** Deterministic, so a retried request never makes a second invite (Graph transactionId). */
  transactionId: string;
  kind: MeetingKind;
  attendeeUpn: string;
  attendeeName: string;
  slot: TimeSlot;
  teamsMeeting: boolean;
  /** Neutral words only: the meeting kind and first names (DOMAIN §5). Composed by the app from loc strings. */
  subject: string;
  /** A link to the record and nothing else. */
  bodyHtml: string;
  /** Optional series: the event repeats every `weeks` weeks until `until`. */
  recurrence?: { weeks: number; until: IsoDate };
}

/** Why a calendar action failed; the first two need an administrator. */
export type CalendarError =
  | DataError
  | { code: 'permissionNotApproved'; scopes: readonly string[] }
  | { code: 'unknownMailbox'; upn: string };

/** Outlook through Microsoft Graph, as the signed-in reviewer. */
export interface CalendarGateway {
  findSlots(search: SlotSearch): Promise<Result<SlotSearchResult, CalendarError>>;
  /** Free/busy over a London wall-clock window (Graph applies the zone). */
  getSchedule(upns: readonly string[], window: LocalWindow, intervalMinutes: number): Promise<Result<FreeBusy[], CalendarError>>;
  /**
   * Free/busy for the same London hours on each of `days` (in order, within 62 days), read with one getSchedule call
   * for the whole range: Outlook serves at most 4 concurrent requests per mailbox.
   */
  getScheduleByDay(
    upns: readonly string[],
    days: readonly IsoDate[],
    hours: { start: string; end: string },
    intervalMinutes: number
  ): Promise<Result<Array<{ day: IsoDate; schedules: FreeBusy[] }>, CalendarError>>;
  book(request: BookingRequest): Promise<Result<CalendarEvent, CalendarError>>;
  reschedule(eventId: string, slot: TimeSlot): Promise<Result<CalendarEvent, CalendarError>>;
  /** Cancels as the organiser; `organiserUpn` when that is someone else who shared their calendar with the caller. */
  cancel(eventId: string, message: string, organiserUpn?: string): Promise<Result<void, CalendarError>>;
  /** Reads the event back; `notFound` when it was deleted in Outlook. */
  getEvent(eventId: string): Promise<Result<CalendarEvent, CalendarError>>;
  /** Events in the organiser's calendar with this attendee, to link one booked by hand. */
  findEventsWith(attendeeUpn: string, window: TimeSlot): Promise<Result<CalendarEvent[], CalendarError>>;
}
