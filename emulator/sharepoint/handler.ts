/** SharePoint REST. PLACEHOLDER until the SharePoint emulator lands. */
import type { EmulatorRequest, EmulatorResponse } from '../core/http';
import type { HandlerContext } from '../core/TenantEmulator';

/** Answers a SharePoint REST request, or undefined when no endpoint matches. */
export async function handleSharePoint(_ctx: HandlerContext, _req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
  return undefined;
}
