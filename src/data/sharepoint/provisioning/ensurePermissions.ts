/** Ensures list and site permissions: lists stop inheriting; each group gets exactly the role the schema says. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import type { IRoleAssignments } from '@pnp/sp/security';
import { ROLES, type GroupKey, type ListDef, type RoleKey } from '../schema';

interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}

interface Securable {
  roleAssignments: IRoleAssignments;
}

/** Adds each missing (principal, role) pair; never removes what an administrator added by hand. */
async function ensureAssignments(target: Securable, wanted: Array<[principalId: number, role: RoleKey]>): Promise<void> {
  const current = await target.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<Assignment[]>();
  for (const [principalId, role] of wanted) {
    const has = current.some((a) => a.PrincipalId === principalId && a.RoleDefinitionBindings.some((r) => r.Id === ROLES[role]));
    if (!has) await target.roleAssignments.add(principalId, ROLES[role]);
  }
}

/** The list stops inheriting the site's permissions: admins and site owners Full Control, plus the schema's grants. */
export async function ensureListPermissions(sp: SPFI, def: ListDef, groups: Record<GroupKey, number>): Promise<void> {
  const list = sp.web.lists.getByTitle(def.title);
  const { HasUniqueRoleAssignments } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!HasUniqueRoleAssignments) await list.breakRoleInheritance(false, false);
  const owners = await sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
  const grants = Object.entries(def.grants) as Array<[GroupKey, RoleKey]>;
  await ensureAssignments(list, [[groups.admins, 'fullControl'], [owners.Id, 'fullControl'], ...grants.map(([g, r]): [number, RoleKey] => [groups[g], r])]);
}

/** Appraisal Users and Governors may open the site's pages (every appraisal list has its own permissions). */
export async function ensureSitePermissions(sp: SPFI, groups: Record<GroupKey, number>): Promise<void> {
  await ensureAssignments(sp.web, [[groups.admins, 'fullControl'], [groups.users, 'read'], [groups.governors, 'read']]);
}
