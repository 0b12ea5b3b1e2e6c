/** SharePoint's permission model: role definitions, base permission bits, inheritance and effective rights. */
import type { RoleAssignment, SpItem, SpList, SpState } from './state';

// SP.PermissionKind numbers (bit n - 1 of the Low/High words); only the ones the emulator checks.
const KIND = {
  viewListItems: 1, addListItems: 2, editListItems: 3, deleteListItems: 4, approveItems: 5, openItems: 6, viewVersions: 7, deleteVersions: 8,
  manageLists: 12, viewFormPages: 13, open: 17, viewPages: 18, addAndCustomizePages: 19, createGroups: 25, managePermissions: 26,
  browseDirectories: 27, browseUserInfo: 28, manageWeb: 31, enumeratePermissions: 63, fullMask: 65
} as const;

/** A permission kind name. */
export type PermissionName = keyof typeof KIND;

/** A set of permission kinds. */
export type Permissions = ReadonlySet<number>;

const READ = [KIND.viewListItems, KIND.openItems, KIND.viewVersions, KIND.viewFormPages, KIND.viewPages, KIND.open, KIND.browseUserInfo];
const CONTRIBUTE = [...READ, KIND.addListItems, KIND.editListItems, KIND.deleteListItems, KIND.deleteVersions, KIND.browseDirectories];
const EDIT = [...CONTRIBUTE, KIND.manageLists];

/** The built-in role definitions with SharePoint's fixed ids. */
export const ROLE_DEFINITIONS = {
  fullControl: { id: 1073741829, name: 'Full Control', roleTypeKind: 5, kinds: 'all' as const },
  design: { id: 1073741828, name: 'Design', roleTypeKind: 4, kinds: [...EDIT, KIND.approveItems, KIND.addAndCustomizePages] },
  edit: { id: 1073741830, name: 'Edit', roleTypeKind: 6, kinds: EDIT },
  contribute: { id: 1073741827, name: 'Contribute', roleTypeKind: 3, kinds: CONTRIBUTE },
  read: { id: 1073741826, name: 'Read', roleTypeKind: 2, kinds: READ },
  limitedAccess: { id: 1073741825, name: 'Limited Access', roleTypeKind: 1, kinds: [KIND.open, KIND.viewFormPages, KIND.browseUserInfo] }
};

/** The permission kind number of a name. */
export const kind = (name: PermissionName): number => KIND[name];

/** SharePoint's { High, Low } encoding of a set of kinds (as strings, the way JSON light sends Int64). */
export function toBasePermissions(perms: Permissions): { High: string; Low: string } {
  if (perms.has(KIND.fullMask)) return { High: '2147483647', Low: '4294967295' };
  let low = 0;
  let high = 0;
  for (const k of perms) {
    const bit = k - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

function kindsOf(roleDefId: number): number[] | 'all' {
  const def = Object.values(ROLE_DEFINITIONS).find((d) => d.id === roleDefId);
  return def ? def.kinds : [];
}

/** The principals a user acts as: themselves and every group they belong to. */
export function principalsOf(state: SpState, userId: number): Set<number> {
  const ids = new Set<number>([userId]);
  for (const g of state.groups) if (g.memberIds.includes(userId)) ids.add(g.id);
  return ids;
}

/** Rights granted by a set of role assignments to a user. */
export function rightsFrom(state: SpState, assignments: readonly RoleAssignment[], userId: number): Set<number> {
  const user = state.users.find((u) => u.id === userId);
  if (user?.isSiteAdmin) return new Set([KIND.fullMask]);
  const principals = principalsOf(state, userId);
  const rights = new Set<number>();
  for (const a of assignments) {
    if (!principals.has(a.principalId)) continue;
    for (const id of a.roleDefIds) {
      const kinds = kindsOf(id);
      if (kinds === 'all') return new Set([KIND.fullMask]);
      kinds.forEach((k) => rights.add(k));
    }
  }
  return rights;
}

/** True if the rights include a kind (full control includes every kind). */
export const has = (rights: Permissions, name: PermissionName): boolean => rights.has(KIND.fullMask) || rights.has(KIND[name]);

/** Folders with their own permissions, by lower-cased path: built once per request so trimming stays linear. */
export function folderScopes(list: SpList): Map<string, RoleAssignment[]> {
  const map = new Map<string, RoleAssignment[]>();
  for (const i of list.items) if (i.fsObjType === 1 && i.uniqueRoleAssignments) map.set(`${i.fileDirRef}/${i.fileLeafRef}`.toLowerCase(), i.uniqueRoleAssignments);
  return map;
}

/** The role assignments that govern an item: its own, else its folders', else the list's, else the web's. */
export function scopeOf(state: SpState, list: SpList | undefined, item?: SpItem, folders?: Map<string, RoleAssignment[]>): readonly RoleAssignment[] {
  if (item?.uniqueRoleAssignments) return item.uniqueRoleAssignments;
  if (list && item) {
    const scopes = folders ?? folderScopes(list);
    let dir = item.fileDirRef.toLowerCase();
    const root = list.url.toLowerCase();
    while (dir.length > root.length) {
      const found = scopes.get(dir);
      if (found) return found;
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
  }
  if (list?.uniqueRoleAssignments) return list.uniqueRoleAssignments;
  return state.webRoleAssignments;
}

/** A user's effective rights on the web, a list or an item. */
export function effectiveRights(state: SpState, userId: number, list?: SpList, item?: SpItem, folders?: Map<string, RoleAssignment[]>): Set<number> {
  return rightsFrom(state, scopeOf(state, list, item, folders), userId);
}

/** Whether a user may see an item: View rights on its scope, and ReadSecurity=2 limits non-managers to their own. */
export function canRead(state: SpState, userId: number, list: SpList, item: SpItem, folders?: Map<string, RoleAssignment[]>): boolean {
  const rights = effectiveRights(state, userId, list, item, folders);
  if (!has(rights, 'viewListItems')) return false;
  if (list.readSecurity === 2 && item.authorId !== userId && !has(effectiveRights(state, userId, list), 'manageLists')) return false;
  return true;
}

/** A trimming predicate for one request: everything per-list computed once. */
export function readFilter(state: SpState, userId: number, list: SpList): (item: SpItem) => boolean {
  const folders = folderScopes(list);
  const ownOnly = list.readSecurity === 2 && !has(effectiveRights(state, userId, list), 'manageLists');
  const cache = new Map<readonly RoleAssignment[], boolean>();
  return (item) => {
    if (ownOnly && item.authorId !== userId) return false;
    const scope = scopeOf(state, list, item, folders);
    let allowed = cache.get(scope);
    if (allowed === undefined) {
      allowed = has(rightsFrom(state, scope, userId), 'viewListItems');
      cache.set(scope, allowed);
    }
    return allowed;
  };
}

/** Whether a user may change or delete an item (WriteSecurity=2 limits non-managers to their own). */
export function canWrite(state: SpState, userId: number, list: SpList, item: SpItem, right: 'editListItems' | 'deleteListItems'): boolean {
  const rights = effectiveRights(state, userId, list, item);
  if (!has(rights, right)) return false;
  if (list.writeSecurity === 2 && item.authorId !== userId && !has(effectiveRights(state, userId, list), 'manageLists')) return false;
  return true;
}
