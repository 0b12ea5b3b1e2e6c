/** A Graph client middleware that answers from the in-process emulator (jest, benchmarks). */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { TenantEmulator } from '../core/TenantEmulator';
import { USER_HEADER } from '../core/TenantEmulator';
import { toEmulatorRequest, toFetchResponse } from './toEmulatorRequest';

/** The last step of a Graph middleware chain: instead of fetch, the emulator answers as the signed-in user. */
export class EmulatorGraphMiddleware implements Middleware {
  constructor(private readonly emulator: TenantEmulator, private readonly signedInUpn: string) {}

  async execute(context: Context): Promise<void> {
    const { request, options } = context;
    const url = typeof request === 'string' ? request : request.url;
    const answer = await this.emulator.handle(await toEmulatorRequest(url, options as RequestInit, { [USER_HEADER]: this.signedInUpn }));
    Object.assign(context, { response: toFetchResponse(answer) });
  }
}
