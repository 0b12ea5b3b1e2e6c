/**
 * Role definition ids by key. The built-in ones are fixed across SharePoint; the permission levels set-up creates are
 * custom role definitions whose ids differ from site to site, so they are found by name on every use.
 */
import '@pnp/sp/webs';
import '@pnp/sp/security';
import { extractWebUrl } from '@pnp/sp';
import { Web, type IWeb } from '@pnp/sp/webs';
import type { ISPQueryable } from '@pnp/sp';
import { PERMISSION_LEVELS, ROLES, type PermissionLevelKey, type RoleKey } from './schema';

/** A role key → its id on this site. */
export type RoleIds = (role: RoleKey) => number;

const isLevel = (role: RoleKey): role is PermissionLevelKey => role in PERMISSION_LEVELS;

/** The web an item, list or folder queryable belongs to (same behaviours, so the same sign-in and batching). */
export const webOf = (from: ISPQueryable): IWeb => Web([from, extractWebUrl(from.toUrl())]);

/** Reads the site's role definitions once and answers ids by key; a missing permission level means set-up is due. */
export async function roleIdsOf(web: IWeb): Promise<RoleIds> {
  return roleIdsFrom(await web.roleDefinitions.select('Id', 'Name')<Array<{ Id: number; Name: string }>>());
}

/** Role ids by key from the site's role definitions as read (`roleDefinitions.select('Id', 'Name')`). */
export function roleIdsFrom(defs: ReadonlyArray<{ Id: number; Name: string }>): RoleIds {
  const byName = new Map(defs.map((d) => [d.Name.toLowerCase(), d.Id]));
  return (role) => {
    if (!isLevel(role)) return ROLES[role];
    const id = byName.get(PERMISSION_LEVELS[role].name.toLowerCase());
    if (id === undefined)
      throw Object.assign(new Error(`The permission level '${PERMISSION_LEVELS[role].name}' is missing: run set-up`), { status: 404 });
    return id;
  };
}

/** SharePoint's { High, Low } mask for a set of permission kinds (kind n is bit n - 1). */
export function basePermissionsOf(kinds: readonly number[]): { High: number; Low: number } {
  let high = 0;
  let low = 0;
  for (const k of kinds) {
    const bit = k - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: high, Low: low };
}
