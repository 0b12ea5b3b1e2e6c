import type { IsoDate, IsoInstant } from '../../src/domain';
import type { Clock } from '../../src/data/ports';

/** A clock that always says the same thing. */
export const fixedClock = (today: string, now: string = `${today}T09:00:00Z`): Clock => ({
  today: () => today as IsoDate,
  now: () => now as IsoInstant
});
