/**
 * A stand-in SPFx context as Teams, Outlook and the Microsoft 365 app give a personal app: the page is
 * `/_layouts/15/teamshostedapp.aspx` on the tenant's ROOT site, so `pageContext.web` is the root web, and no web part
 * properties are given. The workbench builds "My appraisal (Teams)" from it through the production createSpfxServices.
 */
import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { SpfxHostContext } from '../src/data/createSpfxServices';
import { USER_HEADER } from '../emulator/core/userHeader';
import { SignedInAs } from './SignedInAs';
import type { LocalUser } from './createLocalServices';

let signedIn: string | undefined;
let wrapped = false;

/**
 * In a tenant the browser's SharePoint cookie says who is signed in to PnPjs's fetch; here the same fetch adds the
 * emulator's header for this origin's SharePoint requests (only when the caller set none).
 */
function signInFetch(upn: string): void {
  signedIn = upn;
  if (wrapped) return;
  wrapped = true;
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, window.location.href);
    const headers = new Headers(init?.headers);
    if (signedIn && url.origin === window.location.origin && url.pathname.includes('/_api/') && !headers.has(USER_HEADER))
      headers.set(USER_HEADER, signedIn);
    return original(input, { ...init, headers });
  };
}

/** The host context of a Teams personal app for `user`, on this page's origin as the tenant. */
export function teamsHostContext(user: LocalUser, origin: string = window.location.origin): SpfxHostContext {
  signInFetch(user.upn);
  const middleware = new SignedInAs(user.upn, `${origin}/graph/`);
  const retry = new RetryHandler(new RetryHandlerOptions(1, 3));
  middleware.setNext(retry);
  retry.setNext(new HTTPMessageHandler());
  const graph = Client.initWithMiddleware({ middleware, baseUrl: `${origin}/graph/`, defaultVersion: 'v1.0' });
  const context = {
    pageContext: {
      web: { absoluteUrl: origin, serverRelativeUrl: '/' },
      site: { absoluteUrl: origin, serverRelativeUrl: '/' },
      user: { loginName: `i:0#.f|membership|${user.upn}`, displayName: user.displayName, email: user.upn },
      aadInfo: { userId: { toString: () => user.id } },
      legacyPageContext: { isTeamsHostedApp: true }
    },
    msGraphClientFactory: { getClient: async () => graph }
  };
  return context as unknown as SpfxHostContext;
}
