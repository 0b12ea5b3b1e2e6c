/** Ensures list and site permissions: lists stop inheriting; each group gets exactly the role the schema says. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import { type GroupKey, type ListDef, type RoleKey } from '../schema';
import { roleIdsOf, type RoleIds } from '../roleIds';
import { ensureCustody } from './ensureCustody';
import { readAssignments, type Securable } from './roleAssignments';
import { inBatches } from '../batches';

/** SharePoint's PrincipalType for a single user (groups are 8). */
const USER = 1;

/**
 * Adds each missing (principal, role) pair. A group the schema grants a role to loses any other role it holds there
 * (so an upgrade replaces Contribute by Appraisal Sign); nothing else an administrator added by hand is removed.
 */
async function ensureAssignments(
  sp: SPFI,
  at: (on: SPFI) => Securable,
  wanted: Array<[principalId: number, role: RoleKey]>,
  ids: RoleIds,
  exact: readonly number[]
): Promise<void> {
  const current = await readAssignments(at(sp));
  const adds = wanted.filter(
    ([principalId, role]) => !current.some((a) => a.PrincipalId === principalId && a.RoleDefinitionBindings.some((r) => r.Id === ids(role)))
  );
  const removes = exact.flatMap((principalId) => {
    const keep = new Set(wanted.filter(([p]) => p === principalId).map(([, role]) => ids(role)));
    const held = current.find((a) => a.PrincipalId === principalId)?.RoleDefinitionBindings ?? [];
    return held.filter((r) => !keep.has(r.Id)).map((r): [number, number] => [principalId, r.Id]);
  });
  // Adds first, in one `$batch`, then the removals in another: a group is never left with neither role in between.
  await everyPart(sp, adds, (b, [principalId, role]) => at(b).roleAssignments.add(principalId, ids(role)));
  await everyPart(sp, removes, (b, [principalId, roleId]) => at(b).roleAssignments.remove(principalId, roleId));
}

/** Sends the parts in `$batch` requests of at most 100; throws the first refusal once all have settled. */
async function everyPart<T>(sp: SPFI, items: readonly T[], build: (b: SPFI, item: T) => Promise<unknown>): Promise<void> {
  const refused = (await inBatches(sp, items, build)).find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (refused) throw refused.reason;
}

/** The list stops inheriting the site's permissions: admins and site owners Full Control, plus the schema's grants. */
export async function ensureListPermissions(sp: SPFI, def: ListDef, groups: Record<GroupKey, number>): Promise<void> {
  if (def.custody) return ensureCustody(sp, def, groups);
  const list = sp.web.lists.getByTitle(def.title);
  const { HasUniqueRoleAssignments } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!HasUniqueRoleAssignments) await list.breakRoleInheritance(false, false);
  const owners = await sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
  const grants = Object.entries(def.grants) as Array<[GroupKey, RoleKey]>;
  const wanted = [
    [groups.admins, 'fullControl'],
    [owners.Id, 'fullControl'],
    ...grants.map(([g, r]): [number, RoleKey] => [groups[g], r])
  ] as Array<[number, RoleKey]>;
  await ensureAssignments(sp, (on) => on.web.lists.getByTitle(def.title), wanted, await roleIdsOf(sp.web), grants.map(([g]) => groups[g]));
}

/**
 * Removes Full Control held by single users: what `breakRoleInheritance(false)` gave whoever ran set-up (and what
 * folders copied from the list). Administrators keep Full Control through Appraisal Administrators.
 */
export async function removePersonalGrants(target: Securable, ids: RoleIds): Promise<void> {
  for (const a of await readAssignments(target)) {
    if (a.Member?.PrincipalType !== USER) continue;
    if (a.RoleDefinitionBindings.some((r) => r.Id === ids('fullControl')))
      await target.roleAssignments.remove(a.PrincipalId, ids('fullControl'));
  }
}

/** Version 2 of a list's permissions: exactly the schema's grants, and no personal Full Control left over. */
export async function ensureListGrants(sp: SPFI, def: ListDef, groups: Record<GroupKey, number>): Promise<void> {
  if (def.custody) return ensureCustody(sp, def, groups);
  await ensureListPermissions(sp, def, groups);
  await removePersonalGrants(sp.web.lists.getByTitle(def.title), await roleIdsOf(sp.web));
}

/** Appraisal Users and Governors may open the site's pages (every appraisal list has its own permissions). */
export async function ensureSitePermissions(sp: SPFI, groups: Record<GroupKey, number>): Promise<void> {
  await ensureAssignments(
    sp,
    (on) => on.web,
    [
      [groups.admins, 'fullControl'],
      [groups.users, 'read'],
      [groups.governors, 'read']
    ],
    await roleIdsOf(sp.web),
    []
  );
}
