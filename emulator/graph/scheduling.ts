/**
 * findMeetingTimes and getSchedule. A suggestion is a slot where the organiser and every required attendee are free
 * and, unless activityDomain is 'unrestricted', inside each mailbox's own working days and hours.
 */
import { json, type EmulatorResponse } from '../core/http';
import { findMailbox, type DirectoryUser } from '../core/directory';
import type { GraphContext } from './context';
import { GraphError } from './errors';
import { ianaZone, localDayAndMinute, toInstant, toWallClock } from './time';
import { dayName } from './users';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const STEP = 30 * 60000;
/** The longest range one getSchedule call may cover. */
export const MAX_SCHEDULE_DAYS = 62;

function busy(ctx: GraphContext, upn: string, start: number, end: number): 'free' | 'busy' | 'tentative' | 'oof' {
  const hit = ctx.state.events.find(
    (e) => e.mailbox === upn && !e.isCancelled && e.showAs !== 'free' && Date.parse(e.start) < end && Date.parse(e.end) > start
  );
  return !hit ? 'free' : hit.showAs === 'tentative' ? 'tentative' : hit.showAs === 'oof' ? 'oof' : 'busy';
}

function working(user: DirectoryUser, start: number, end: number): boolean {
  const a = localDayAndMinute(start, 'Europe/London');
  const b = localDayAndMinute(end - 1, 'Europe/London');
  const p = user.workingPattern;
  return (
    a.date === b.date && p.days.includes(WEEKDAYS[a.weekday] as never) && a.minute >= minutes(p.start) && b.minute + 1 <= minutes(p.end)
  );
}

function duration(text: unknown): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(String(text ?? 'PT30M'));
  if (!m) throw new GraphError(400, 'ErrorInvalidRequest', `Invalid meetingDuration ${String(text)}`);
  return (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60000;
}

interface SlotBody { start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string } }

/** POST /me/findMeetingTimes. */
export function findMeetingTimes(ctx: GraphContext, body: Record<string, unknown>): EmulatorResponse {
  const length = duration(body.meetingDuration);
  const constraint = (body.timeConstraint ?? {}) as { activityDomain?: string; timeSlots?: SlotBody[] };
  const restricted = (constraint.activityDomain ?? 'work') !== 'unrestricted';
  const max = Number(body.maxCandidates ?? 20);
  const required = ((body.attendees as Array<{ type?: string; emailAddress?: { address?: string } }>) ?? [])
    .filter((a) => (a.type ?? 'required') === 'required')
    .map((a) => String(a.emailAddress?.address ?? ''));
  const people = required.map((address) => ({ address, user: findMailbox(ctx.directory, address) }));
  const organiserOptional = body.isOrganizerOptional === true;
  const suggestions: Array<Record<string, unknown>> = [];
  let organiserEverFree = false;
  for (const slot of constraint.timeSlots ?? []) {
    const zone = ianaZone(slot.start.timeZone);
    if (!zone) throw new GraphError(400, 'ErrorInvalidRequest', `Unknown time zone ${slot.start.timeZone}`);
    const from = toInstant(slot.start.dateTime, zone);
    const to = toInstant(slot.end.dateTime, ianaZone(slot.end.timeZone) ?? zone);
    for (let s = Math.ceil(from / STEP) * STEP; s + length <= to && suggestions.length < max; s += STEP) {
      const e = s + length;
      const organiserOk = organiserOptional || ((!restricted || working(ctx.user, s, e)) && busy(ctx, ctx.user.upn, s, e) === 'free');
      if (organiserOk) organiserEverFree = true;
      const attendeesOk = people.every((p) => p.user && (!restricted || working(p.user, s, e)) && busy(ctx, p.user.upn, s, e) === 'free');
      if (!organiserOk || !attendeesOk) continue;
      suggestions.push({
        confidence: 100,
        organizerAvailability: 'free',
        suggestionReason: 'Suggested because it is one of the nearest times when all attendees are available.',
        meetingTimeSlot: {
          start: { dateTime: toWallClock(s, ctx.zone), timeZone: ctx.zoneName },
          end: { dateTime: toWallClock(e, ctx.zone), timeZone: ctx.zoneName }
        },
        attendeeAvailability: people.map((p) => ({
          attendee: { type: 'required', emailAddress: { address: p.address } },
          availability: 'free'
        })),
        locations: []
      });
    }
  }
  // The documented camelCase values (learn.microsoft.com/graph/api/resources/meetingtimesuggestionsresult); Outlook has
  // been seen answering PascalCase too, so clients must not depend on the case.
  const reason = suggestions.length
    ? ''
    : people.some((p) => !p.user)
      ? 'attendeesUnavailableOrUnknown'
      : organiserEverFree
        ? 'attendeesUnavailable'
        : 'organizerUnavailable';
  return json(
    200,
    {
      '@odata.context': `${ctx.base}/$metadata#microsoft.graph.meetingTimeSuggestionsResult`,
      emptySuggestionsReason: reason,
      meetingTimeSuggestions: suggestions
    },
    { 'content-type': 'application/json' }
  );
}

/** POST /me/calendar/getSchedule. */
export function getSchedule(ctx: GraphContext, body: Record<string, unknown>): EmulatorResponse {
  const startBody = body.startTime as { dateTime: string; timeZone: string };
  const endBody = body.endTime as { dateTime: string; timeZone: string };
  const zone = ianaZone(startBody?.timeZone);
  if (!zone || !Array.isArray(body.schedules))
    throw new GraphError(400, 'ErrorInvalidRequest', 'schedules, startTime and endTime are required.');
  const from = toInstant(startBody.dateTime, zone);
  const to = toInstant(endBody.dateTime, ianaZone(endBody.timeZone) ?? zone);
  // Graph takes at most 62 days between startTime and endTime (learn.microsoft.com/graph/api/calendar-getschedule).
  if (to - from > MAX_SCHEDULE_DAYS * 86400000)
    throw new GraphError(400, 'ErrorInvalidParameter', `The requested time duration exceeds the maximum of ${MAX_SCHEDULE_DAYS} days.`);
  const interval = Number(body.availabilityViewInterval ?? 30) * 60000;
  const code = { free: '0', tentative: '1', busy: '2', oof: '3' } as const;
  const value = (body.schedules as string[]).map((scheduleId) => {
    const user = findMailbox(ctx.directory, scheduleId);
    if (!user)
      return { scheduleId, error: { message: 'The specified user could not be found.', responseCode: 'ErrorMailRecipientNotFound' } };
    let view = '';
    for (let t = from; t < to; t += interval) view += code[busy(ctx, user.upn, t, t + interval)];
    const items = ctx.state.events.filter(
      (e) => e.mailbox === user.upn && !e.isCancelled && Date.parse(e.start) < to && Date.parse(e.end) > from
    );
    return {
      scheduleId,
      availabilityView: view,
      scheduleItems: items.map((e) => ({
        isPrivate: e.sensitivity === 'private',
        status: e.showAs,
        start: { dateTime: toWallClock(Date.parse(e.start), ctx.zone), timeZone: ctx.zoneName },
        end: { dateTime: toWallClock(Date.parse(e.end), ctx.zone), timeZone: ctx.zoneName }
      })),
      workingHours: {
        daysOfWeek: user.workingPattern.days.map(dayName),
        startTime: `${user.workingPattern.start}:00.0000000`,
        endTime: `${user.workingPattern.end}:00.0000000`,
        timeZone: { name: ctx.directory.timeZone }
      }
    };
  });
  return json(
    200,
    { '@odata.context': `${ctx.base}/$metadata#Collection(microsoft.graph.scheduleInformation)`, value },
    { 'content-type': 'application/json' }
  );
}
