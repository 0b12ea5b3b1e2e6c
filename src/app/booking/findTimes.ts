/** Use case: times a reviewer could meet an appraisee, or why there are none (DOMAIN §3, scenarios 1 and 2). */
import {
  addDays,
  fail,
  mailboxOf,
  isTermDay,
  londonDateOf,
  meetingWindows,
  ok,
  type IsoDate,
  type NoWindowReason,
  type Result,
  type SchemeSettings,
  type WorkingPattern
} from '../../domain';
import type { CalendarError, CalendarGateway, MeetingKind, RosterEntry, TimeSlot } from '../../data/ports';

/** Why no time was offered. */
export type NoTimes =
  | NoWindowReason
  | { code: 'outlookBusy'; reason: 'attendeesUnavailable' | 'organizerUnavailable' | 'unknown' }
  | { code: 'calendar'; error: CalendarError };

/** At most three times a (London) day and twelve in all, so the choice spans several days rather than one morning. */
function spread(slots: readonly TimeSlot[]): TimeSlot[] {
  const perDay = new Map<string, number>();
  const chosen: TimeSlot[] = [];
  for (const slot of slots) {
    const day = londonDateOf(slot.start);
    if ((perDay.get(day) ?? 0) >= 3) continue;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    chosen.push(slot);
    if (chosen.length === 12) break;
  }
  return chosen;
}

/** How long each kind of meeting lasts under the school's settings. */
export function meetingMinutes(kind: MeetingKind, settings: SchemeSettings): number {
  return kind === 'oneToOne' || kind === 'interimReview' ? settings.oneToOneMinutes : settings.reviewMeetingMinutes;
}

/** Looks over the next `days` days from tomorrow, inside both working patterns and term, then asks Outlook who is free. */
export async function findTimes(
  calendar: CalendarGateway,
  appraisee: RosterEntry,
  reviewerPattern: WorkingPattern,
  kind: MeetingKind,
  settings: SchemeSettings,
  today: IsoDate,
  days: number = 15
): Promise<Result<TimeSlot[], NoTimes>> {
  const durationMinutes = meetingMinutes(kind, settings);
  const windows = meetingWindows({
    from: addDays(today, 1),
    days,
    appraisee: appraisee.workingPattern,
    reviewer: reviewerPattern,
    durationMinutes,
    isTermDay: (d) => isTermDay(settings, d)
  });
  if (!windows.ok) return windows;
  if (windows.value.length === 0) return fail({ code: 'onlyHolidays' });
  const found = await calendar.findSlots({ attendeeUpn: mailboxOf(appraisee), windows: windows.value, durationMinutes, maxCandidates: 60 });
  if (!found.ok) return fail({ code: 'calendar', error: found.error });
  if (found.value.kind === 'none') return fail({ code: 'outlookBusy', reason: found.value.reason });
  return ok(spread(found.value.slots));
}
