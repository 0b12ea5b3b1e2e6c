/** Graph's part of the tenant state. PLACEHOLDER until the Graph emulator lands. */
import type { DirectoryState } from '../core/directory';

/** Mailboxes and their events. */
export interface GraphState {
  events: unknown[];
}

/** Empty calendars for every mailbox. */
export function createGraphState(_directory: DirectoryState): GraphState {
  return { events: [] };
}
