/** The one place that reads the system time. Dates are taken in Europe/London, the schools' zone. */
import type { IsoDate, IsoInstant } from '../domain';
import type { Clock } from './ports';

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The real clock. */
export const systemClock: Clock = {
  today: () => londonDate.format(new Date()) as IsoDate,
  now: () => new Date().toISOString() as IsoInstant
};
