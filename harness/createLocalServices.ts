/**
 * The workbench's composition root: the same production adapters as createSpfxServices, over the tenant emulator on
 * this page's origin. Only the host and the sign-in (the X-Emulator-User header) differ from a tenant.
 */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { createAppServices } from '../src/data/createAppServices';
import { directoryId } from '../src/domain';
import { systemClock } from '../src/data/systemClock';
import type { AppServices } from '../src/data/ports';
import { USER_HEADER } from '../emulator/core/userHeader';
import { SignedInAs } from './SignedInAs';

/** Site path of the appraisal site in the emulator (and the recommended path in a tenant). */
export const SITE_PATH = '/sites/staff-appraisal';

/** Who the workbench signs in as. */
export interface LocalUser {
  /** The persona's Entra object id. */
  id: string;
  upn: string;
  displayName: string;
}

/** AppServices for one signed-in persona, talking HTTP to the emulator at `origin`. */
export function createLocalServices(user: LocalUser, origin: string = window.location.origin): AppServices {
  const siteFor = (url: string): SPFI => spfi(url).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: 3, interval: 200 }),
    DefaultParse(),
    InjectHeaders({ [USER_HEADER]: user.upn })
  );
  const sp = siteFor(`${origin}${SITE_PATH}`);
  const send = new HTTPMessageHandler();
  const retry = new RetryHandler(new RetryHandlerOptions(1, 3));
  const signedIn = new SignedInAs(user.upn, `${origin}/graph/`);
  signedIn.setNext(retry);
  retry.setNext(send);
  const graph = Client.initWithMiddleware({ middleware: signedIn, baseUrl: `${origin}/graph/`, defaultVersion: 'v1.0' });
  return createAppServices({
    sp,
    siteFor,
    graph,
    clock: systemClock,
    currentUser: {
      directoryId: directoryId(user.id),
      loginName: `i:0#.f|membership|${user.upn}`,
      displayName: user.displayName,
      email: user.upn
    }
  });
}
