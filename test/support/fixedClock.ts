import type { Clock } from '../../src/data/ports';
import { isoDate, isoInstant } from './builders';

/** A clock that always says the same thing. */
export const fixedClock = (today: string, now: string = `${today}T09:00:00Z`): Clock => ({
  today: () => isoDate(today),
  now: () => isoInstant(now)
});
