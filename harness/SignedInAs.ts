/**
 * Graph client middleware that says who is signed in to the emulator, in place of a bearer token, and sends
 * requests for Graph's own host (nextLinks) to the emulator on this page's origin.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { USER_HEADER } from '../emulator/core/userHeader';

/** Adds X-Emulator-User to every Graph request, then hands on to the next middleware. */
export class SignedInAs implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly upn: string, private readonly emulatorGraphBase: string) {}

  async execute(context: Context): Promise<void> {
    const options = (context.options ?? {}) as RequestInit;
    const headers = new Headers(options.headers);
    headers.set(USER_HEADER, this.upn);
    context.options = { ...options, headers };
    if (typeof context.request === 'string')
      context.request = context.request.replace(/^https:\/\/graph\.microsoft\.com\//i, this.emulatorGraphBase);
    if (!this.next) throw new Error('SignedInAs must be followed by a middleware that sends the request.');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
