/** SharePoint's part of the tenant state: one site collection, its users, groups, role assignments and lists. */
import type { DirectoryState } from '../core/directory';
import { ROLE_DEFINITIONS } from './roles';

/** A principal's roles on a securable object. */
export interface RoleAssignment {
  principalId: number;
  roleDefIds: number[];
}

/** A site user (a person who has been "ensured" into the site). */
export interface SpUser {
  id: number;
  loginName: string;
  title: string;
  email: string;
  upn: string;
  isSiteAdmin: boolean;
}

/** A SharePoint group. */
export interface SpGroup {
  id: number;
  title: string;
  description: string;
  memberIds: number[];
  /** The owner principal (user or group) who may change membership; absent in older state: the site's owners group. */
  ownerId?: number;
  /** "Who can view the membership of the group?": members only when true (SharePoint's default for a new group). */
  onlyAllowMembersViewMembership?: boolean;
  /** "Who can edit the membership of the group?": members too when true. */
  allowMembersEditMembership?: boolean;
}

/** A column. */
export interface SpField {
  id: string;
  internalName: string;
  title: string;
  typeKind: number;
  typeAsString: string;
  indexed: boolean;
  hidden: boolean;
  readOnly: boolean;
  choices?: string[];
  /** Enforce unique values: no two items may hold the same non-empty value (indexed columns only). */
  enforceUniqueValues?: boolean;
}

/** An item or folder (FSObjType 1) or file. Values are keyed by internal name. */
export interface SpItem {
  id: number;
  fsObjType: 0 | 1;
  fileLeafRef: string;
  fileDirRef: string;
  values: Record<string, unknown>;
  version: number;
  authorId: number;
  editorId: number;
  created: string;
  modified: string;
  uniqueRoleAssignments?: RoleAssignment[];
  /** Base64 content of a file in a document library. */
  content?: string;
}

/** A list or library. */
export interface SpList {
  id: string;
  title: string;
  description: string;
  baseTemplate: number;
  url: string;
  enableFolderCreation: boolean;
  enableVersioning: boolean;
  readSecurity: number;
  writeSecurity: number;
  fields: SpField[];
  uniqueRoleAssignments?: RoleAssignment[];
  items: SpItem[];
  nextItemId: number;
}

/** A custom role definition (permission level): its exact permission bits as unsigned 32-bit words. */
export interface SpRoleDefinition {
  id: number;
  name: string;
  description: string;
  order: number;
  high: number;
  low: number;
}

/** What one recycle took out of a list: the item and, for a folder, everything in it, until restored. */
export interface SpRecycleEntry {
  id: string;
  listId: string;
  items: SpItem[];
  deletedById: number;
  deletedDate: string;
}

/** The appraisal site collection. */
export interface SpState {
  serverRelativeUrl: string;
  title: string;
  webId: string;
  nextPrincipalId: number;
  users: SpUser[];
  groups: SpGroup[];
  ownerGroupId: number;
  memberGroupId: number;
  visitorGroupId: number;
  webRoleAssignments: RoleAssignment[];
  lists: SpList[];
  /** Custom permission levels (absent in state files saved before they were modelled). */
  customRoleDefinitions?: SpRoleDefinition[];
  /** The site's first-stage recycle bin (absent in older state files). */
  recycleBin?: SpRecycleEntry[];
  /** SP.Web.MembersCanShare: whether members may share the site and its items (true on a new site). */
  membersCanShare?: boolean;
  /** Bumps on every change: a cheap, deterministic source of ids. */
  clock: number;
  /** The last Created/Modified stamp given (ms), so that stamps never move back. */
  lastStamp?: number;
}

/** Where a site collection is and what it is called (the appraisal site's unless given). */
export interface SiteAddress {
  serverRelativeUrl: string;
  title: string;
  webId: string;
}

/** A fresh appraisal site: owners (the head and HR lead from the directory), empty members and visitors. */
export function createSpState(directory: DirectoryState, at?: SiteAddress): SpState {
  const state: SpState = {
    serverRelativeUrl: at?.serverRelativeUrl ?? '/sites/staff-appraisal',
    title: at?.title ?? `${directory.schoolName} staff appraisal`,
    webId: at?.webId ?? '8d1f9a40-3c5e-4b8a-9f0e-2a7c6d5b4e31',
    nextPrincipalId: 1,
    users: [],
    groups: [],
    ownerGroupId: 0,
    memberGroupId: 0,
    visitorGroupId: 0,
    webRoleAssignments: [],
    lists: [],
    customRoleDefinitions: [],
    recycleBin: [],
    membersCanShare: true,
    clock: 0
  };
  const group = (title: string, description: string): number => {
    const id = state.nextPrincipalId++;
    state.groups.push({ id, title, description, memberIds: [], ownerId: state.groups[0]?.id ?? id });
    return id;
  };
  state.ownerGroupId = group('Staff Appraisal Owners', 'Owners of the staff appraisal site');
  state.memberGroupId = group('Staff Appraisal Members', 'Members of the staff appraisal site');
  state.visitorGroupId = group('Staff Appraisal Visitors', 'Visitors of the staff appraisal site');
  state.webRoleAssignments = [
    { principalId: state.ownerGroupId, roleDefIds: [ROLE_DEFINITIONS.fullControl.id] },
    { principalId: state.memberGroupId, roleDefIds: [ROLE_DEFINITIONS.edit.id] },
    { principalId: state.visitorGroupId, roleDefIds: [ROLE_DEFINITIONS.read.id] }
  ];
  const owners = state.groups[0];
  for (const person of directory.users.filter((u) => u.roles.includes('head') || u.roles.includes('hrAdmin'))) {
    const id = state.nextPrincipalId++;
    state.users.push({
      id,
      loginName: `i:0#.f|membership|${person.upn}`,
      title: person.displayName,
      email: person.upn,
      upn: person.upn,
      isSiteAdmin: false
    });
    owners.memberIds.push(id);
  }
  return state;
}
