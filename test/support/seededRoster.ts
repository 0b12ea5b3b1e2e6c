/** Imports chosen people of the seeded school onto the roster through the production roster store. */
import type { RosterEntry } from '../../src/data/ports';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { importPersonas } from '../../fixtures/tenant/midYearSchool';
import { fixedClock } from './fixedClock';

/** Saves each person (by UPN) as a roster entry, with their seeded reviewer; returns the stored entries. */
export function importSeededRoster(emulator: TenantEmulator, upns: readonly string[]): Promise<RosterEntry[]> {
  return importPersonas(emulator, upns, fixedClock('2026-11-24'));
}
