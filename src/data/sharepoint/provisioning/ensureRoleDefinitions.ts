/** Ensures the permission levels the schema defines exist on the site (found by name; never duplicated). */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security';
import { PERMISSION_LEVELS, type PermissionLevelKey } from '../schema';
import { basePermissionsOf } from '../roleIds';

/** Adds each missing permission level with exactly the schema's permission kinds; leaves existing ones alone. */
export async function ensureRoleDefinitions(sp: SPFI): Promise<void> {
  const existing = await sp.web.roleDefinitions.select('Name')<Array<{ Name: string }>>();
  const names = new Set(existing.map((d) => d.Name.toLowerCase()));
  for (const key of Object.keys(PERMISSION_LEVELS) as PermissionLevelKey[]) {
    const { name, description, order, kinds } = PERMISSION_LEVELS[key];
    if (!names.has(name.toLowerCase())) await sp.web.roleDefinitions.add(name, description, order, basePermissionsOf(kinds));
  }
}
