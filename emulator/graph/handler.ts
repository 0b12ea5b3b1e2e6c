/** Microsoft Graph v1.0. PLACEHOLDER until the Graph emulator lands. */
import type { EmulatorRequest, EmulatorResponse } from '../core/http';
import type { HandlerContext } from '../core/TenantEmulator';

/** Answers a Graph request, or undefined when no endpoint matches. */
export async function handleGraph(_ctx: HandlerContext, _req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
  return undefined;
}
