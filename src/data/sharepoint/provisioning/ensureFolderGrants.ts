/**
 * Version 2 of the person folders' permissions, for folders opened before it: each person who held Contribute holds
 * Appraisal Edit instead (edit, never delete), and single users' Full Control (copied from the list when the folder
 * stopped inheriting, i.e. whoever ran set-up) is removed. Pages through the whole list by id, which SharePoint
 * allows past 5,000 items without an index.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import type { IItem } from '@pnp/sp/items';
import type { ListDef } from '../schema';
import { roleIdsOf, type RoleIds } from '../roleIds';
import { removePersonalGrants } from './ensurePermissions';
import { readAssignments } from './roleAssignments';

interface FolderRow {
  Id: number;
  FSObjType: number;
  HasUniqueRoleAssignments: boolean;
}

async function regrant(folder: IItem, ids: RoleIds): Promise<void> {
  const contribute = ids('contribute');
  const edit = ids('appraisalEdit');
  for (const a of await readAssignments(folder)) {
    if (a.Member?.PrincipalType !== 1 || !a.RoleDefinitionBindings.some((r) => r.Id === contribute)) continue;
    if (!a.RoleDefinitionBindings.some((r) => r.Id === edit)) await folder.roleAssignments.add(a.PrincipalId, edit);
    await folder.roleAssignments.remove(a.PrincipalId, contribute);
  }
  await removePersonalGrants(folder, ids);
}

/** Re-grants every folder with its own permissions in the list. */
export async function ensureFolderGrants(sp: SPFI, def: ListDef): Promise<void> {
  const ids = await roleIdsOf(sp.web);
  const items = sp.web.lists.getByTitle(def.title).items;
  for await (const page of items.select('Id', 'FSObjType', 'HasUniqueRoleAssignments').top(5000)) {
    for (const row of page as FolderRow[])
      if (row.FSObjType === 1 && row.HasUniqueRoleAssignments) await regrant(items.getById(row.Id), ids);
  }
}
