/** A PnPjs behavior that sends every request to the in-process emulator instead of the network (jest, benchmarks). */
import type { Queryable } from '@pnp/queryable';
import type { TenantEmulator } from '../core/TenantEmulator';
import { USER_HEADER } from '../core/TenantEmulator';
import { toEmulatorRequest, toFetchResponse } from './toEmulatorRequest';

/** Replaces PnPjs's send step: the production adapter runs unchanged, only the transport differs. */
export function EmulatorSend(emulator: TenantEmulator, signedInUpn: string): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => {
      const request = await toEmulatorRequest(url.toString(), init, { [USER_HEADER]: signedInUpn });
      return toFetchResponse(await emulator.handle(request));
    });
    return instance;
  };
}
