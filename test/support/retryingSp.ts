/** An SPFI over the emulator that sends a request again on a 504, as the browser's BrowserFetchWithRetry does. */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse, type Queryable } from '@pnp/queryable';
import { USER_HEADER, type TenantEmulator } from '../../emulator/core/TenantEmulator';
import { toEmulatorRequest, toFetchResponse } from '../../emulator/connect/toEmulatorRequest';
import { SITE_URL } from './overEmulator';

/** Sends to the emulator as `upn` and sends again on a 504 (at most three attempts): a lost response, then a retry. */
export function retryingSpAs(emulator: TenantEmulator, upn: string): SPFI {
  const send = (instance: Queryable): Queryable => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => {
      for (let attempt = 1; ; attempt++) {
        const response = toFetchResponse(await emulator.handle(await toEmulatorRequest(url.toString(), init, { [USER_HEADER]: upn })));
        if (response.status !== 504 || attempt === 3) return response;
      }
    });
    return instance;
  };
  return spfi(SITE_URL).using(DefaultHeaders(), DefaultInit(), DefaultParse(), send);
}
