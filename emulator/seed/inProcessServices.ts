/** Production adapters over an in-process tenant emulator: for seeding, tests and benchmarks. */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import { Client, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { TenantEmulator } from '../core/TenantEmulator';
import { findUser } from '../core/directory';
import { EmulatorSend } from '../connect/pnpSend';
import { EmulatorGraphMiddleware } from '../connect/graphMiddleware';
import { createAppServices } from '../../src/data/createAppServices';
import { directoryId } from '../../src/domain';
import type { AppServices, Clock } from '../../src/data/ports';

/** The appraisal site's URL as in-process callers address it (any origin works). */
export const SITE_URL = 'http://127.0.0.1:5173/sites/staff-appraisal';

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
export function servicesAs(emulator: TenantEmulator, upn: string, clock: Clock): AppServices {
  const person = findUser(emulator.state.directory, upn);
  return createAppServices({
    sp: spAs(emulator, upn),
    siteFor: (url) => spfi(url).using(DefaultHeaders(), DefaultInit(), DefaultParse(), EmulatorSend(emulator, upn)),
    graph: graphAs(emulator, upn),
    clock,
    currentUser: {
      directoryId: directoryId(person?.id ?? upn),
      loginName: `i:0#.f|membership|${upn}`,
      displayName: person?.displayName ?? upn,
      email: upn
    }
  });
}
