/**
 * UTC instants as days in the schools' zone (DOMAIN §4: stored UTC, shown Europe/London). A UTC instant's first ten
 * characters are its UTC day, which is the day before in London from 23:00 to midnight UTC all summer: a one-to-one
 * at 00:30 BST on 1 April is stored as 23:30Z on 31 March. The rule is the UK's summer time, computed, not looked up:
 * from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (Summer Time Order 2002).
 */
import { dateParts, dayOfWeek, daysInMonth, isoDate, type IsoDate, type IsoInstant } from './isoDate';

const HOUR = 3_600_000;

/** The last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - dayOfWeek(isoDate(year, month, last));
}

/** Whether London keeps summer time (BST, UTC+1) at this moment (milliseconds since the epoch, UTC). */
function inSummerTime(ms: number, year: number): boolean {
  return ms >= Date.UTC(year, 2, lastSunday(year, 3), 1) && ms < Date.UTC(year, 9, lastSunday(year, 10), 1);
}

/** The calendar day in Europe/London of a UTC instant. A value that is not an instant keeps its first ten characters. */
export function londonDateOf(instant: IsoInstant): IsoDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant.slice(0, 10) as IsoDate;
  const { year } = dateParts(instant.slice(0, 10) as IsoDate);
  const local = new Date(ms + (inSummerTime(ms, year) ? HOUR : 0));
  return isoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}
