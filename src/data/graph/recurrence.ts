/** Graph's patternedRecurrence for a repeating one-to-one (for example every half term as every 6 weeks). */
import type { IsoDate, IsoInstant } from '../../domain';
import { toGraphLondon } from './graphTime';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Every `weeks` weeks on the first meeting's weekday, from its date until `until`. */
export function recurrenceFor(first: IsoInstant, series: { weeks: number; until: IsoDate }): Record<string, unknown> {
  const startDate = toGraphLondon(first).dateTime.slice(0, 10);
  const weekday = DAYS[new Date(`${startDate}T12:00:00Z`).getUTCDay()];
  return {
    pattern: { type: 'weekly', interval: series.weeks, daysOfWeek: [weekday], firstDayOfWeek: 'monday' },
    range: { type: 'endDate', startDate, endDate: series.until, recurrenceTimeZone: 'GMT Standard Time' }
  };
}
