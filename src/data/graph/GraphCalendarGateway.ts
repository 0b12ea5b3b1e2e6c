/** CalendarGateway over Microsoft Graph: findMeetingTimes, getSchedule and events in the signed-in reviewer's calendar. */
import type { Client } from '@microsoft/microsoft-graph-client';
import { fail, ok, safeLink, type IsoDate, type LocalWindow, type Result } from '../../domain';
import type {
  BookingRequest,
  CalendarError,
  CalendarEvent,
  CalendarGateway,
  FreeBusy,
  SlotSearch,
  SlotSearchResult,
  TimeSlot
} from '../ports';
import { graphDataError } from './graphErrors';
import { fromGraph, londonMillis, PREFER_UTC, toGraphLondon, type GraphDateTime } from './graphTime';
import { recurrenceFor } from './recurrence';

interface GraphEvent {
  id: string;
  start: GraphDateTime;
  end: GraphDateTime;
  isCancelled?: boolean;
  webLink?: string;
  onlineMeeting?: { joinUrl?: string } | null;
  attendees?: Array<{ emailAddress: { address: string } }>;
}

/** The delegated permissions calendar features need; named to the administrator when Graph refuses. */
export const CALENDAR_SCOPES = ['Calendars.ReadWrite', 'Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'] as const;
const EVENT_SELECT = 'id,start,end,isCancelled,webLink,onlineMeeting,attendees';

/** A London wall-clock date and time as Graph's pair; Graph applies the zone's rules, including BST. */
const londonPair = (date: string, time: string): GraphDateTime => ({ dateTime: `${date}T${time}:00`, timeZone: 'GMT Standard Time' });

function toEvent(e: GraphEvent): CalendarEvent {
  return {
    eventId: e.id,
    start: fromGraph(e.start),
    end: fromGraph(e.end),
    cancelled: !!e.isCancelled,
    joinUrl: safeLink(e.onlineMeeting?.joinUrl),
    webLink: safeLink(e.webLink)
  };
}

async function attempt<T>(work: () => Promise<T>): Promise<Result<T, CalendarError>> {
  try {
    return ok(await work());
  } catch (error) {
    const mapped = graphDataError(error);
    return fail(mapped.code === 'accessDenied' ? { code: 'permissionNotApproved', scopes: CALENDAR_SCOPES } : mapped);
  }
}

/**
 * findMeetingTimes' emptySuggestionsReason, by its lower-case form: Microsoft documents camelCase
 * (`attendeesUnavailable`, learn.microsoft.com/graph/api/resources/meetingtimesuggestionsresult) and Outlook answers
 * PascalCase (`AttendeesUnavailable`), so it is matched without regard to case.
 */
const REASONS: Record<string, Extract<SlotSearchResult, { kind: 'none' }>['reason']> = {
  attendeesunavailable: 'attendeesUnavailable',
  attendeesunavailableorunknown: 'attendeesUnavailable',
  organizerunavailable: 'organizerUnavailable'
};

/** Our reason for Graph's emptySuggestionsReason, whatever its case. */
export function emptyReason(value: unknown): Extract<SlotSearchResult, { kind: 'none' }>['reason'] {
  return REASONS[String(value ?? '').toLowerCase()] ?? 'unknown';
}

/** Depends only on the client's `api`: SPFx's MSGraphClientV3 in a tenant, a local client in the workbench. */
export class GraphCalendarGateway implements CalendarGateway {
  constructor(private readonly graph: Pick<Client, 'api'>) {}

  findSlots(search: SlotSearch): Promise<Result<SlotSearchResult, CalendarError>> {
    return attempt(async () => {
      const answer = await this.graph
        .api('/me/findMeetingTimes')
        .header('Prefer', PREFER_UTC)
        .post({
          attendees: [{ type: 'required', emailAddress: { address: search.attendeeUpn } }],
          // The windows already respect both people's working days and hours and the term dates.
          timeConstraint: {
            activityDomain: 'unrestricted',
            timeSlots: search.windows.map((w) => ({ start: londonPair(w.date, w.start), end: londonPair(w.date, w.end) }))
          },
          meetingDuration: `PT${search.durationMinutes}M`,
          maxCandidates: search.maxCandidates,
          isOrganizerOptional: false,
          returnSuggestionReasons: true,
          minimumAttendeePercentage: 100
        });
      const suggestions: Array<{ meetingTimeSlot: { start: GraphDateTime; end: GraphDateTime } }> = answer.meetingTimeSuggestions ?? [];
      if (suggestions.length === 0) return { kind: 'none', reason: emptyReason(answer.emptySuggestionsReason) } as SlotSearchResult;
      return {
        kind: 'slots',
        slots: suggestions.map((s) => ({ start: fromGraph(s.meetingTimeSlot.start), end: fromGraph(s.meetingTimeSlot.end) }))
      } as SlotSearchResult;
    });
  }

  async getSchedule(
    upns: readonly string[],
    window: LocalWindow & { endDate?: IsoDate },
    intervalMinutes: number
  ): Promise<Result<FreeBusy[], CalendarError>> {
    const answer = await attempt(() =>
      this.graph
        .api('/me/calendar/getSchedule')
        .header('Prefer', PREFER_UTC)
        .post({
          schedules: upns,
          startTime: londonPair(window.date, window.start),
          endTime: londonPair(window.endDate ?? window.date, window.end),
          availabilityViewInterval: intervalMinutes
        })
    );
    if (!answer.ok) return answer;
    const value: Array<{ scheduleId: string; availabilityView?: string; error?: { responseCode?: string } }> = answer.value.value ?? [];
    const missing = value.find((v) => v.error);
    if (missing) return fail({ code: 'unknownMailbox', upn: missing.scheduleId });
    return ok(value.map((v) => ({ upn: v.scheduleId, intervalMinutes, availability: v.availabilityView ?? '' })));
  }

  /**
   * One getSchedule call from the first day's start to the last day's end (Graph allows up to 62 days a call,
   * learn.microsoft.com/graph/api/calendar-getschedule), cut into each day's hours. Five calls at once would meet
   * Outlook's limit of 4 concurrent requests per mailbox (learn.microsoft.com/graph/throttling-limits).
   */
  async getScheduleByDay(
    upns: readonly string[],
    days: readonly IsoDate[],
    hours: { start: string; end: string },
    intervalMinutes: number
  ): Promise<Result<Array<{ day: IsoDate; schedules: FreeBusy[] }>, CalendarError>> {
    if (days.length === 0) return ok([]);
    const first = days[0];
    const last = days[days.length - 1];
    const whole = await this.getSchedule(upns, { date: first, start: hours.start, end: hours.end, endDate: last }, intervalMinutes);
    if (!whole.ok) return whole;
    const origin = londonMillis(first, hours.start);
    const step = intervalMinutes * 60000;
    return ok(
      days.map((day) => {
        const from = Math.round((londonMillis(day, hours.start) - origin) / step);
        const to = Math.round((londonMillis(day, hours.end) - origin) / step);
        return { day, schedules: whole.value.map((s) => ({ ...s, availability: s.availability.slice(from, to) })) };
      })
    );
  }

  book(request: BookingRequest): Promise<Result<CalendarEvent, CalendarError>> {
    return attempt(async () => {
      const event: GraphEvent = await this.graph
        .api('/me/events')
        .header('Prefer', `IdType="ImmutableId", ${PREFER_UTC}`)
        .post({
          subject: request.subject,
          body: { contentType: 'HTML', content: request.bodyHtml },
          start: toGraphLondon(request.slot.start),
          end: toGraphLondon(request.slot.end),
          attendees: [{ type: 'required', emailAddress: { address: request.attendeeUpn, name: request.attendeeName } }],
          sensitivity: 'private',
          showAs: 'busy',
          isReminderOn: true,
          allowNewTimeProposals: true,
          transactionId: request.transactionId,
          ...(request.teamsMeeting ? { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' } : {}),
          ...(request.recurrence ? { recurrence: recurrenceFor(request.slot.start, request.recurrence) } : {})
        });
      return toEvent(event);
    });
  }

  reschedule(eventId: string, slot: TimeSlot): Promise<Result<CalendarEvent, CalendarError>> {
    return attempt(async () => {
      const event: GraphEvent = await this.graph
        .api(`/me/events/${encodeURIComponent(eventId)}`)
        .header('Prefer', `IdType="ImmutableId", ${PREFER_UTC}`)
        .patch({ start: toGraphLondon(slot.start), end: toGraphLondon(slot.end) });
      return toEvent(event);
    });
  }

  cancel(eventId: string, message: string, organiserUpn?: string): Promise<Result<void, CalendarError>> {
    return attempt(async () => {
      const owner = organiserUpn ? `/users/${encodeURIComponent(organiserUpn)}` : '/me';
      await this.graph
        .api(`${owner}/events/${encodeURIComponent(eventId)}/cancel`)
        .header('Prefer', 'IdType="ImmutableId"')
        .post({ comment: message });
    });
  }

  getEvent(eventId: string): Promise<Result<CalendarEvent, CalendarError>> {
    return attempt(async () =>
      toEvent(
        await this.graph
          .api(`/me/events/${encodeURIComponent(eventId)}`)
          .header('Prefer', `IdType="ImmutableId", ${PREFER_UTC}`)
          .select(EVENT_SELECT)
          .get()
      )
    );
  }

  findEventsWith(attendeeUpn: string, window: TimeSlot): Promise<Result<CalendarEvent[], CalendarError>> {
    return attempt(async () => {
      const page: { value: GraphEvent[] } = await this.graph
        .api('/me/calendarView')
        .header('Prefer', `IdType="ImmutableId", ${PREFER_UTC}`)
        .query({ startDateTime: window.start, endDateTime: window.end })
        .select(EVENT_SELECT)
        .top(200)
        .get();
      const wanted = attendeeUpn.toLowerCase();
      return page.value
        .filter((e) => !e.isCancelled && (e.attendees ?? []).some((a) => a.emailAddress.address.toLowerCase() === wanted))
        .map(toEvent);
    });
  }
}
