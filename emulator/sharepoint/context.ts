/** What every SharePoint route gets: the site, the signed-in site user, the request and helpers. */
import type { EmulatorRequest } from '../core/http';
import type { DirectoryState, DirectoryUser } from '../core/directory';
import type { SpItem, SpList, SpState, SpUser } from './state';

/** A securable object: the web, a list, or an item/folder. */
export type Securable = { kind: 'web' } | { kind: 'list'; list: SpList } | { kind: 'item'; list: SpList; item: SpItem };

/** The context of one SharePoint request. */
export interface SpContext {
  state: SpState;
  directory: DirectoryState;
  user: SpUser;
  req: EmulatorRequest;
  query: URLSearchParams;
  /** Absolute `…/_api/` URL of the site. */
  base: string;
  changed(): void;
}

/** The site user for a directory user, added on first visit as SharePoint does. */
export function siteUserFor(state: SpState, person: DirectoryUser): SpUser {
  const login = `i:0#.f|membership|${person.upn}`;
  const existing = state.users.find((u) => u.loginName.toLowerCase() === login.toLowerCase());
  if (existing) return existing;
  const user: SpUser = {
    id: state.nextPrincipalId++,
    loginName: login,
    title: person.displayName,
    // SP.User.Email is the person's mail (a guest's external address), not the UPN.
    email: person.mail ?? person.upn,
    upn: person.upn,
    isSiteAdmin: false
  };
  state.users.push(user);
  return user;
}

/**
 * The Created/Modified stamp of a change: the time it happens, to the second, as SharePoint gives it (two changes in
 * the same second share a stamp there too). Never earlier than a stamp already given, should the clock go back.
 */
export function tick(state: SpState): string {
  state.clock++;
  const stamp = Math.max(Math.floor(Date.now() / 1000) * 1000, state.lastStamp ?? 0);
  state.lastStamp = stamp;
  return new Date(stamp).toISOString().replace('.000Z', 'Z');
}

/** A deterministic GUID from a counter (lists, fields). */
export function guid(state: SpState, salt: string): string {
  state.clock++;
  const hex = (state.clock * 2654435761 + salt.length * 40503).toString(16).padStart(12, '0').slice(-12);
  return `0a1b2c3d-${String(state.clock % 10000).padStart(4, '0')}-4e5f-8a9b-${hex}`;
}
