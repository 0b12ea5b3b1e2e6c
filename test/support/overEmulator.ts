/** Production adapters over the in-process tenant emulator: what adapter tests and benchmarks use. */
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { seedTenant } from '../../fixtures/tenant/school';
import personas from '../../fixtures/tenant/personas.json';
import { servicesAs as inProcessServices } from '../../fixtures/tenant/inProcessServices';
import type { AppServices, Clock } from '../../src/data/ports';
import { fixedClock } from './fixedClock';

export { SITE_URL, spAs, graphAs } from '../../fixtures/tenant/inProcessServices';

/** A fresh seeded tenant. */
export const newEmulator = (): TenantEmulator => new TenantEmulator(seedTenant());

/** The UPN of the first persona with a role (e.g. 'hrAdmin', 'governor'). */
export function upnWithRole(role: string): string {
  const person = personas.people.find((p) => p.roles.includes(role));
  if (!person) throw new Error(`No persona has the role ${role}`);
  return person.upn;
}

/** AppServices for `upn` over the emulator, on a fixed date unless a clock is given. */
export function servicesAs(emulator: TenantEmulator, upn: string, clock: Clock = fixedClock('2026-11-24')): AppServices {
  return inProcessServices(emulator, upn, clock);
}
