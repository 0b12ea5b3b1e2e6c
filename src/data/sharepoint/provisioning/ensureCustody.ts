/**
 * Permissions of a list held in custody (private notes): its own permissions, Appraisal Data Protection Full Control,
 * the schema's grants (Appraisal Users add and edit their own), and nothing for Appraisal Administrators, the site's
 * owners or any single user — so the head and HR have no read of them (docs/security.md). Runs as the data-protection
 * role, so a re-run after it has removed the administrators' access still can.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import type { GroupKey, ListDef, RoleKey } from '../schema';
import { roleIdsOf } from '../roleIds';
import { asDataProtection } from '../dataProtection/dataProtectionRole';
import { readAssignments } from './roleAssignments';

/** Brings a custody list to exactly its grants. */
export async function ensureCustody(sp: SPFI, def: ListDef, groups: Record<GroupKey, number>): Promise<void> {
  await asDataProtection(sp, async () => {
    const list = sp.web.lists.getByTitle(def.title);
    const { HasUniqueRoleAssignments } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (!HasUniqueRoleAssignments) await list.breakRoleInheritance(false, false);
    const ids = await roleIdsOf(sp.web);
    const wanted: Array<[number, RoleKey]> = [
      [groups.dataProtection, 'fullControl'],
      ...(Object.entries(def.grants) as Array<[GroupKey, RoleKey]>).map(([g, r]): [number, RoleKey] => [groups[g], r])
    ];
    const current = await readAssignments(list);
    for (const [principalId, role] of wanted) {
      if (!current.some((a) => a.PrincipalId === principalId && a.RoleDefinitionBindings.some((r) => r.Id === ids(role))))
        await list.roleAssignments.add(principalId, ids(role));
    }
    // Everything else goes: administrators, owners, whoever ran set-up, and a second role on a granted group.
    for (const a of await readAssignments(list)) {
      const keep = new Set(wanted.filter(([p]) => p === a.PrincipalId).map(([, role]) => ids(role)));
      for (const r of a.RoleDefinitionBindings) if (!keep.has(r.Id)) await list.roleAssignments.remove(a.PrincipalId, r.Id);
    }
  });
}
