/**
 * AppServices over the in-process emulator with the workbench's production transport: PnPjs's own
 * BrowserFetchWithRetry (which sends a request again after 429, 503 and 504, POSTs included) over a `fetch` that
 * reaches the emulator. So a lost response — SharePoint commits, the client sees a 504 — is retried exactly as in a
 * browser, and whatever the adapters do about it is what is tested.
 */
import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { USER_HEADER } from '../../emulator/core/userHeader';
import { findUser } from '../../emulator/core/directory';
import { toEmulatorRequest, toFetchResponse } from '../../emulator/connect/toEmulatorRequest';
import { graphAs, SITE_URL } from '../../fixtures/tenant/inProcessServices';
import { createAppServices } from '../../src/data/createAppServices';
import { directoryId } from '../../src/domain';
import type { AppServices, Clock } from '../../src/data/ports';

let target: TenantEmulator | undefined;

/** Points the global `fetch` at this emulator (one emulator at a time). */
export function routeFetchTo(emulator: TenantEmulator): void {
  target = emulator;
  globalThis.fetch = (async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (!target) throw new TypeError('Failed to fetch');
    return toFetchResponse(await target.handle(await toEmulatorRequest(String(url), init, {})));
  }) as typeof fetch;
}

/** AppServices for `upn` as the workbench builds them, retries and all. */
export function productionServicesAs(emulator: TenantEmulator, upn: string, clock: Clock): AppServices {
  const person = findUser(emulator.state.directory, upn);
  const sp = spfi(SITE_URL).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: 4, interval: 1 }),
    DefaultParse(),
    InjectHeaders({ [USER_HEADER]: upn })
  );
  return createAppServices({
    sp,
    graph: graphAs(emulator, upn),
    clock,
    siteFor: (url) =>
      spfi(url).using(
        DefaultHeaders(),
        DefaultInit(),
        BrowserFetchWithRetry({ retries: 4, interval: 1 }),
        DefaultParse(),
        InjectHeaders({ [USER_HEADER]: upn })
      ),
    currentUser: {
      directoryId: directoryId(person?.id ?? upn),
      loginName: `i:0#.f|membership|${upn}`,
      displayName: person?.displayName ?? upn,
      email: upn
    }
  });
}
