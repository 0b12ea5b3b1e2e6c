/**
 * The emulator's sense of time for request budgets. The workbench uses the wall clock; benchmarks use a modelled
 * tenant, where every round trip costs a fixed time (the latency model) and waiting for Retry-After only moves the
 * clock on, so a benchmark can print how long a job would take against SharePoint Online without taking that long.
 */

/** Seconds since some fixed point. */
export interface TenantClock {
  now(): number;
  /** Called once per round trip the emulator answers. */
  roundTrip?(): void;
}

/** The wall clock. */
export const wallClock: TenantClock = { now: () => Date.now() / 1000 };

/** A clock that moves only by modelled round trips and waits. */
export class ModelledClock implements TenantClock {
  private seconds = 0;
  private trips = 0;

  /** `roundTripSeconds`: what one HTTP round trip to SharePoint Online costs (network, authentication, server). */
  constructor(readonly roundTripSeconds: number = 0.4) {}

  now(): number {
    return this.seconds;
  }

  roundTrip(): void {
    this.trips++;
    this.seconds += this.roundTripSeconds;
  }

  /** Waits `seconds` (Retry-After) in modelled time. */
  wait(seconds: number): Promise<void> {
    this.seconds += seconds;
    return Promise.resolve();
  }

  /** Modelled seconds so far. */
  elapsed(): number {
    return this.seconds;
  }

  /** Round trips so far. */
  roundTrips(): number {
    return this.trips;
  }
}
