import type { IsoDate, IsoInstant } from '../../domain';

/** The only source of time outside tests (systemClock) — the domain never reads the system time. */
export interface Clock {
  today(): IsoDate;
  now(): IsoInstant;
}
