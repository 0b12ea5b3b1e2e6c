/** Reviewer changes and leavers over SharePoint: role assignments on the person's two folders, roster and audit. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups';
import type { IItem } from '@pnp/sp/items';
import type { DirectoryPerson, RosterEntry } from '../ports';
import type { IsoDate } from '../../domain';
import { GROUPS, LISTS } from './schema';
import { httpStatus } from './errors';
import { grantOnItem, revokeOnItem, siteUserIds } from './folderAccess';
import { parseRosterToken, ROSTER_SELECT, rosterFields, toRosterEntry } from './mappers/rosterMapper';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';

/** The person's folder items in the records list and the evidence library (the evidence one may not exist yet). */
async function folders(sp: SPFI, entry: RosterEntry): Promise<IItem[]> {
  const token = parseRosterToken(entry.etag);
  if (!token) throw Object.assign(new Error('The roster entry has no SharePoint item'), { status: 404 });
  const items = [sp.web.lists.getByTitle(LISTS.records.title).items.getById(token.itemId)];
  try {
    const evidence = await sp.web.lists.getByTitle(LISTS.evidence.title).rootFolder.folders.getByUrl(entry.id).getItem<{ Id: number }>('Id');
    items.push(sp.web.lists.getByTitle(LISTS.evidence.title).items.getById(evidence.Id));
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
  return items;
}

async function saveRoster(sp: SPFI, entry: RosterEntry): Promise<RosterEntry> {
  const token = parseRosterToken(entry.etag);
  const item = sp.web.lists.getByTitle(LISTS.records.title).items.getById(token?.itemId ?? 0);
  await item.update(rosterFields(entry), token?.etag ?? '*');
  const saved = toRosterEntry(await item.select(...ROSTER_SELECT)<RawItem>());
  if (!saved.ok) throw Object.assign(new Error('The saved roster entry could not be read back'), { status: 500 });
  return saved.value;
}

async function audit(sp: SPFI, entry: RosterEntry, action: string, details: Record<string, unknown>): Promise<void> {
  await sp.web.lists.getByTitle(LISTS.audit.title).items.add({ Title: action, StaffKey: entry.id, Action: action, RecordRef: entry.id, Payload: JSON.stringify(details) });
}

/** Moves folder access from the old reviewer to the new one and points the open cycle records at the new reviewer. */
export async function moveReviewer(sp: SPFI, entry: RosterEntry, next: DirectoryPerson): Promise<RosterEntry> {
  const [newId] = await siteUserIds(sp, [next.upn]);
  const oldIds = entry.reviewerUpn ? await siteUserIds(sp, [entry.reviewerUpn]) : [];
  for (const folder of await folders(sp, entry)) {
    const { HasUniqueRoleAssignments } = await folder.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (!HasUniqueRoleAssignments) continue; // not opened yet: nobody but administrators has access to move
    await revokeOnItem(folder, oldIds);
    await grantOnItem(folder, [newId], 'contribute');
  }
  const users = sp.web.siteGroups.getByName(GROUPS.users.title).users;
  if (!(await users.select('Id')<Array<{ Id: number }>>()).some((u) => u.Id === newId)) await users.add(`i:0#.f|membership|${next.upn}`);
  const saved = await saveRoster(sp, { ...entry, reviewer: next.id, reviewerName: next.displayName, reviewerUpn: next.upn });
  const records = sp.web.lists.getByTitle(LISTS.records.title).items;
  // Cycle records and meetings carry the reviewer's key so they show in the new reviewer's team view.
  const inFolder = await records.filter(`StaffKey eq ${odataString(entry.id)}`).select('Id', 'RecordKind')<Array<{ Id: number; RecordKind: string }>>();
  for (const item of inFolder.filter((i) => i.RecordKind === 'cycle' || i.RecordKind === 'meeting')) await records.getById(item.Id).update({ ReviewerKey: next.id });
  await audit(sp, entry, 'reviewerChanged', { from: entry.reviewer ?? null, to: next.id });
  return saved;
}

/** Removes the leaver's and their reviewer's access to the folders; administrators keep the record. */
export async function closeFolders(sp: SPFI, entry: RosterEntry, leftOn: IsoDate): Promise<RosterEntry> {
  const people = await siteUserIds(sp, [entry.upn, ...(entry.reviewerUpn ? [entry.reviewerUpn] : [])]);
  for (const folder of await folders(sp, entry)) await revokeOnItem(folder, people);
  const saved = await saveRoster(sp, { ...entry, leftOn });
  await audit(sp, entry, 'accessClosed', { leftOn });
  return saved;
}
