/**
 * Where a meeting may go (DOMAIN §3): inside both people's recorded working days and hours (a part-time appraisee's
 * pattern overrides Outlook's generic hours), never in school holidays for term-time-only staff, never squeezed into a
 * gap shorter than the meeting (AB9.N1). Times are London wall-clock; Graph converts them.
 */
import { fail, ok, type Result } from '../result';
import { addDays, dayOfWeek, type IsoDate } from '../isoDate';
import type { Weekday, WorkingPattern } from '../staff';

/** A window on one day, in Europe/London wall-clock time ("HH:mm"). */
export interface LocalWindow {
  date: IsoDate;
  start: string;
  end: string;
}

/** Why no window exists, in terms the reviewer can act on. */
export type NoWindowReason =
  | { code: 'noCommonWorkingDay' }
  | { code: 'noCommonHours'; minutesAvailable: number }
  | { code: 'onlyHolidays' };

/** What to search. */
export interface WindowSearch {
  from: IsoDate;
  days: number;
  appraisee: WorkingPattern;
  reviewer: WorkingPattern;
  durationMinutes: number;
  /** Whether a date is in term (from the school's term dates); used for term-time-only staff. */
  isTermDay(date: IsoDate): boolean;
}

const WEEKDAY_OF: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The windows over the next `days` calendar days starting at `from`, or the reason there are none. */
export function meetingWindows(search: WindowSearch): Result<LocalWindow[], NoWindowReason> {
  const commonDays = search.appraisee.days.filter((d) => search.reviewer.days.includes(d));
  if (commonDays.length === 0) return fail({ code: 'noCommonWorkingDay' });
  const start = search.appraisee.start > search.reviewer.start ? search.appraisee.start : search.reviewer.start;
  const end = search.appraisee.end < search.reviewer.end ? search.appraisee.end : search.reviewer.end;
  const available = Math.max(0, minutes(end) - minutes(start));
  if (available < search.durationMinutes) return fail({ code: 'noCommonHours', minutesAvailable: available });
  const termOnly = search.appraisee.termTimeOnly || search.reviewer.termTimeOnly;
  const windows: LocalWindow[] = [];
  let sawWorkingDay = false;
  for (let i = 0; i < search.days; i++) {
    const date = addDays(search.from, i);
    if (!commonDays.includes(WEEKDAY_OF[dayOfWeek(date)])) continue;
    sawWorkingDay = true;
    if (termOnly && !search.isTermDay(date)) continue;
    windows.push({ date, start, end });
  }
  if (windows.length === 0 && sawWorkingDay) return fail({ code: 'onlyHolidays' });
  return ok(windows);
}
