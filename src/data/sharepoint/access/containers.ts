/**
 * A person's protected containers (docs/security.md), which belong to their place on the roster, not to a cycle: their
 * four folders (records, evidence, and the two parties' signature folders) and their roster item, each with its own
 * permissions, and both parties' grants on them.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItem } from '@pnp/sp/items';
import type { RosterEntry } from '../../ports';
import { LISTS, signatureFolderName, SIGNER_ROLE, type RoleKey } from '../schema';
import { rosterItem } from '../personFolders';
import type { FolderList } from './siteFacts';

/** A folder at a list's root. */
export interface FolderSpec {
  list: FolderList;
  name: string;
}

/** An item that gets its own permissions, with a key a run knows it by. */
export interface Securable {
  key: string;
  item: (batched: SPFI) => IItem;
}

/** One role for one principal on one securable. */
export interface Grant {
  staffKey: string;
  on: Securable;
  principal: number;
  role: RoleKey;
  key: string;
}

/** A person's four folders: record and evidence folders, and the two parties' signature folders. */
export function foldersOf(staffKey: string): FolderSpec[] {
  return [
    { list: 'records', name: staffKey },
    { list: 'evidence', name: staffKey },
    { list: 'signatures', name: signatureFolderName(staffKey, 'appraisee') },
    { list: 'signatures', name: signatureFolderName(staffKey, 'reviewer') }
  ];
}

export const folderKey = (f: FolderSpec): string => `${f.list}/${f.name.toLowerCase()}`;

/** The person's records folder's key: its grants are made last, so they mark the person's containers as ready. */
export const recordsFolderKey = (staffKey: string): string => folderKey({ list: 'records', name: staffKey });

export const listOf = (b: SPFI, key: FolderList | 'roster'): ReturnType<SPFI['web']['lists']['getByTitle']> =>
  b.web.lists.getByTitle(LISTS[key].title);

/** The parties' UPNs, lower case: the appraisee, then the reviewer if there is one. */
export const partiesOf = (entry: RosterEntry): string[] =>
  [entry.upn, ...(entry.reviewerUpn ? [entry.reviewerUpn] : [])].map((u) => u.toLowerCase());

/** The person's five securables (roster item, then the four folders), given each folder's item id once known. */
export function securablesOf(entry: RosterEntry, folderId: (f: FolderSpec) => number): Securable[] {
  return [
    { key: `roster/${entry.etag}`, item: (b) => rosterItem(b, entry.etag) },
    ...foldersOf(entry.id).map((f): Securable => ({ key: folderKey(f), item: (b) => listOf(b, f.list).items.getById(folderId(f)) }))
  ];
}

/** docs/security.md: who holds which role on each of the person's items. */
export function grantsOf(entry: RosterEntry, securables: Securable[], userId: (upn: string) => number | undefined): Grant[] {
  const appraisee = userId(entry.upn.toLowerCase());
  const reviewer = entry.reviewerUpn ? userId(entry.reviewerUpn.toLowerCase()) : undefined;
  const [roster, record, evidence, ownSignatures, reviewerSignatures] = securables;
  const both = (on: Securable, role: RoleKey): Array<[Securable, number | undefined, RoleKey]> => [
    [on, appraisee, role],
    [on, reviewer, role]
  ];
  const all: Array<[Securable, number | undefined, RoleKey]> = [
    ...both(roster, 'read'), ...both(evidence, 'appraisalEdit'),
    [ownSignatures, appraisee, SIGNER_ROLE], [ownSignatures, reviewer, 'read'],
    [reviewerSignatures, reviewer, SIGNER_ROLE], [reviewerSignatures, appraisee, 'read'],
    // Last: the records folder's grants are the mark that everything before them was done (see SpAccessRun).
    ...both(record, 'appraisalEdit')
  ];
  return all
    .filter((g): g is [Securable, number, RoleKey] => g[1] !== undefined)
    .map(([on, principal, role]) => ({ staffKey: entry.id, on, principal, role, key: `${on.key}|${String(principal)}|${role}` }));
}
