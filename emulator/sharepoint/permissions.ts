/** SharePoint's permission model: role definitions, base permission bits, inheritance and effective rights. */
import type { RoleAssignment, SpItem, SpList, SpState } from './state';
import { KIND, kindsOfRole, type PermissionName, type Permissions } from './roles';

export { KIND, ROLE_DEFINITIONS, toBasePermissions, type PermissionName, type Permissions } from './roles';

/** The permission kind number of a name. */
export const kind = (name: PermissionName): number => KIND[name];

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
      const kinds = kindsOfRole(state, id);
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
  for (const i of list.items)
    if (i.fsObjType === 1 && i.uniqueRoleAssignments) map.set(`${i.fileDirRef}/${i.fileLeafRef}`.toLowerCase(), i.uniqueRoleAssignments);
  return map;
}

/** The role assignments that govern an item: its own, else its folders', else the list's, else the web's. */
export function scopeOf(
  state: SpState,
  list: SpList | undefined,
  item?: SpItem,
  folders?: Map<string, RoleAssignment[]>
): readonly RoleAssignment[] {
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
export function effectiveRights(
  state: SpState,
  userId: number,
  list?: SpList,
  item?: SpItem,
  folders?: Map<string, RoleAssignment[]>
): Set<number> {
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
