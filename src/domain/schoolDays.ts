/**
 * School days (DOMAIN §7.3): weekdays within the school's term dates; counting starts the next school day. With no
 * term dates recorded every weekday counts (the caller says so to the user).
 */
import { addDays, dayOfWeek, type IsoDate } from './isoDate';
import { isTermDay, type SchemeSettings } from './schemeSettings';

/** School days after `from` up to and including `to` (0 when `to` is not later). */
export function schoolDaysBetween(settings: Pick<SchemeSettings, 'termDates'>, from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const day = dayOfWeek(d); // 0 Sunday … 6 Saturday
    if (day !== 0 && day !== 6 && isTermDay(settings, d)) count++;
  }
  return count;
}

/** DOMAIN §4: silence is never agreement; after this many school days a shared record is flagged. */
export const AGREEMENT_FLAG_SCHOOL_DAYS = 10;

/** Whether a record shared on `sharedOn` has waited more than ten school days by `today` (scenario 12). */
export function awaitingTooLong(settings: Pick<SchemeSettings, 'termDates'>, sharedOn: IsoDate, today: IsoDate): boolean {
  return schoolDaysBetween(settings, sharedOn, today) > AGREEMENT_FLAG_SCHOOL_DAYS;
}
