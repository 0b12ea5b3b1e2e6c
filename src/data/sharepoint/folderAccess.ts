/** A person's folder gets its own permissions: everything inherited (administrators) plus the named people. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-users';
import type { IItem } from '@pnp/sp/items';
import type { RoleKey } from './schema';
import { roleIdsOf, webOf } from './roleIds';

interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}

/** The site user ids of people by UPN, adding them to the site's users where needed. */
export async function siteUserIds(sp: SPFI, upns: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const upn of upns) ids.push((await sp.web.ensureUser(upn)).Id);
  return ids;
}

/** Breaks the item's inheritance (keeping what it inherited) once, then grants each principal the role if missing. */
export async function grantOnItem(item: IItem, principals: readonly number[], role: RoleKey): Promise<void> {
  const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!HasUniqueRoleAssignments) await item.breakRoleInheritance(true, false);
  const roleId = (await roleIdsOf(webOf(item)))(role);
  const current = await item.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
    Assignment[]
  >();
  for (const principalId of principals) {
    const has = current.some((a) => a.PrincipalId === principalId && a.RoleDefinitionBindings.some((r) => r.Id === roleId));
    if (!has) await item.roleAssignments.add(principalId, roleId);
  }
}

/** Removes every role the principals hold on the item, if it has its own permissions (inherited ones stay). */
export async function revokeOnItem(item: IItem, principals: readonly number[]): Promise<void> {
  const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!HasUniqueRoleAssignments) return;
  const current = await item.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<Assignment[]>();
  for (const a of current.filter((x) => principals.includes(x.PrincipalId))) {
    for (const role of a.RoleDefinitionBindings) await item.roleAssignments.remove(a.PrincipalId, role.Id);
  }
}
