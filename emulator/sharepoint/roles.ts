/**
 * Role definitions (permission levels): SharePoint's built-in ones with their fixed ids, and the site's custom ones,
 * which keep their exact { High, Low } permission bits. SP.PermissionKind n is bit n - 1 of the 64-bit mask.
 */
import type { SpRoleDefinition, SpState } from './state';

// SP.PermissionKind numbers; only the ones the emulator checks by name.
export const KIND = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  approveItems: 5,
  openItems: 6,
  viewVersions: 7,
  deleteVersions: 8,
  manageLists: 12,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  addAndCustomizePages: 19,
  createGroups: 25,
  managePermissions: 26,
  browseDirectories: 27,
  browseUserInfo: 28,
  manageWeb: 31,
  useClientIntegration: 37,
  useRemoteAPIs: 38,
  enumeratePermissions: 63,
  fullMask: 65
} as const;

/** A permission kind name. */
export type PermissionName = keyof typeof KIND;

/** A set of permission kinds. */
export type Permissions = ReadonlySet<number>;

const READ = [
  KIND.viewListItems,
  KIND.openItems,
  KIND.viewVersions,
  KIND.viewFormPages,
  KIND.viewPages,
  KIND.open,
  KIND.browseUserInfo,
  KIND.useClientIntegration,
  KIND.useRemoteAPIs
];
const CONTRIBUTE = [...READ, KIND.addListItems, KIND.editListItems, KIND.deleteListItems, KIND.deleteVersions, KIND.browseDirectories];
const EDIT = [...CONTRIBUTE, KIND.manageLists];

/** The built-in role definitions with SharePoint's fixed ids. */
export const ROLE_DEFINITIONS = {
  fullControl: { id: 1073741829, name: 'Full Control', roleTypeKind: 5, order: 1, kinds: 'all' as const },
  design: { id: 1073741828, name: 'Design', roleTypeKind: 4, order: 32, kinds: [...EDIT, KIND.approveItems, KIND.addAndCustomizePages] },
  edit: { id: 1073741830, name: 'Edit', roleTypeKind: 6, order: 48, kinds: EDIT },
  contribute: { id: 1073741827, name: 'Contribute', roleTypeKind: 3, order: 64, kinds: CONTRIBUTE },
  read: { id: 1073741826, name: 'Read', roleTypeKind: 2, order: 128, kinds: READ },
  limitedAccess: {
    id: 1073741825,
    name: 'Limited Access',
    roleTypeKind: 1,
    order: 160,
    kinds: [KIND.open, KIND.viewFormPages, KIND.browseUserInfo, KIND.useClientIntegration, KIND.useRemoteAPIs]
  }
};

/** SharePoint's full mask: every bit of High and Low but the top one. */
const FULL = { high: 0x7fffffff, low: 0xffffffff };

/** A set of kinds as the two unsigned 32-bit words. */
export function toMask(perms: Permissions): { high: number; low: number } {
  if (perms.has(KIND.fullMask)) return { ...FULL };
  let low = 0;
  let high = 0;
  for (const k of perms) {
    const bit = k - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else if (bit < 63) high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { high, low };
}

/** The kinds a mask grants (the full mask counts as Full Control). */
export function fromMask(high: number, low: number): number[] | 'all' {
  if (high >>> 0 === FULL.high && low >>> 0 === FULL.low) return 'all';
  const kinds: number[] = [];
  for (let bit = 0; bit < 32; bit++) if ((low >>> bit) & 1) kinds.push(bit + 1);
  for (let bit = 0; bit < 31; bit++) if ((high >>> bit) & 1) kinds.push(bit + 33);
  return kinds;
}

/** SharePoint's { High, Low } encoding of a set of kinds (as strings, the way JSON light sends Int64). */
export function toBasePermissions(perms: Permissions): { High: string; Low: string } {
  const { high, low } = toMask(perms);
  return { High: String(high), Low: String(low) };
}

/** One role definition as the emulator serves it, built-in or custom. */
export interface RoleDefinitionView {
  id: number;
  name: string;
  description: string;
  order: number;
  roleTypeKind: number;
  high: number;
  low: number;
}

/** Every role definition of the site: the built-in ones, then the custom ones (which state files before them lack). */
export function roleDefinitionsOf(state: SpState): RoleDefinitionView[] {
  const builtIn = Object.values(ROLE_DEFINITIONS).map((d): RoleDefinitionView => {
    const { high, low } = d.kinds === 'all' ? FULL : toMask(new Set(d.kinds));
    return { id: d.id, name: d.name, description: '', order: d.order, roleTypeKind: d.roleTypeKind, high, low };
  });
  const custom = (state.customRoleDefinitions ?? []).map((d: SpRoleDefinition): RoleDefinitionView => ({ ...d, roleTypeKind: 0 }));
  return [...builtIn, ...custom];
}

/** A role definition by id, or undefined. */
export const roleDefinitionById = (state: SpState, id: number): RoleDefinitionView | undefined =>
  roleDefinitionsOf(state).find((d) => d.id === id);

/** The kinds a role definition grants: exactly its bits ('all' for Full Control); nothing for an unknown id. */
export function kindsOfRole(state: SpState, id: number): number[] | 'all' {
  const builtIn = Object.values(ROLE_DEFINITIONS).find((d) => d.id === id);
  if (builtIn) return builtIn.kinds;
  const custom = state.customRoleDefinitions?.find((d) => d.id === id);
  return custom ? fromMask(custom.high, custom.low) : [];
}
