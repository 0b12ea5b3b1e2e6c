/** Production adapters over the in-process tenant emulator: what adapter tests and benchmarks use. */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import { Client, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { EmulatorSend } from '../../emulator/connect/pnpSend';
import { EmulatorGraphMiddleware } from '../../emulator/connect/graphMiddleware';
import { seedTenant } from '../../emulator/seed/school';
import personas from '../../emulator/seed/personas.json';
import { createAppServices } from '../../src/data/createAppServices';
import { directoryId } from '../../src/domain';
import type { AppServices, Clock } from '../../src/data/ports';
import { fixedClock } from './fixedClock';

/** The appraisal site's URL as tests address it (any origin works in-process). */
export const SITE_URL = 'http://127.0.0.1:5173/sites/staff-appraisal';

/** A fresh seeded tenant. */
export const newEmulator = (): TenantEmulator => new TenantEmulator(seedTenant());

/** The UPN of the first persona with a role (e.g. 'hrAdmin', 'governor'). */
export function upnWithRole(role: string): string {
  const person = personas.people.find((p) => p.roles.includes(role));
  if (!person) throw new Error(`No persona has the role ${role}`);
  return person.upn;
}

/** An SPFI signed in as `upn`, sending to the emulator in-process. */
export function spAs(emulator: TenantEmulator, upn: string): SPFI {
  return spfi(SITE_URL).using(DefaultHeaders(), DefaultInit(), DefaultParse(), EmulatorSend(emulator, upn));
}

/** A Graph client signed in as `upn`, with the Graph client's own retry handler in front of the emulator. */
export function graphAs(emulator: TenantEmulator, upn: string): Client {
  const retry = new RetryHandler(new RetryHandlerOptions(0, 3));
  retry.setNext(new EmulatorGraphMiddleware(emulator, upn));
  return Client.initWithMiddleware({ middleware: retry, baseUrl: 'http://127.0.0.1:5173/graph/', defaultVersion: 'v1.0' });
}

/** AppServices for `upn`, built by the production createAppServices over the emulator. */
export function servicesAs(emulator: TenantEmulator, upn: string, clock: Clock = fixedClock('2026-11-24')): AppServices {
  const person = personas.people.find((p) => p.upn === upn);
  return createAppServices({
    sp: spAs(emulator, upn),
    graph: graphAs(emulator, upn),
    clock,
    currentUser: { directoryId: directoryId(person?.id ?? upn), loginName: `i:0#.f|membership|${upn}`, displayName: person?.displayName ?? upn, email: upn }
  });
}
