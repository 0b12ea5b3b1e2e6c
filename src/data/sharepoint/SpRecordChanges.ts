/** Reviewer changes and leavers over SharePoint: role assignments on the person's two folders and roster item, roster and audit. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups';
import type { IItem } from '@pnp/sp/items';
import type { DirectoryPerson, RosterEntry } from '../ports';
import type { IsoDate } from '../../domain';
import { GROUPS, LISTS, type RoleKey } from './schema';
import { findFolderItem, rosterItem } from './personFolders';
import { grantOnItem, revokeOnItem, siteUserIds } from './folderAccess';
import { httpStatus } from './errors';
import { addAuditEntry } from './addOnce';
import { closeSignatureFolders, moveSignatureReviewer } from './signatures/signatureFolders';
import { parseRosterToken, ROSTER_SELECT, rosterFields, toRosterEntry } from './mappers/rosterMapper';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';
import { notesToCustody } from './dataProtection/notesCustody';

/** The items that give the person and their reviewer access: the two folders (evidence may not exist yet) and the roster item. */
async function accessItems(sp: SPFI, entry: RosterEntry): Promise<Array<{ item: IItem; role: RoleKey }>> {
  const items: Array<{ item: IItem; role: RoleKey }> = [{ item: rosterItem(sp, entry.etag), role: 'read' }];
  for (const key of ['records', 'evidence'] as const) {
    const folder = await findFolderItem(sp, key, entry.id);
    if (folder) items.push({ item: folder, role: 'appraisalEdit' });
  }
  return items;
}

/**
 * Saves the roster entry with its ETag. A 412 whose stored entry already holds this change (the same reviewer and
 * leaving date: a re-run after a lost response) is the save having happened; any other 412 is someone else's change.
 */
async function saveRoster(sp: SPFI, entry: RosterEntry): Promise<RosterEntry> {
  const token = parseRosterToken(entry.etag);
  const item = sp.web.lists.getByTitle(LISTS.roster.title).items.getById(token?.itemId ?? 0);
  try {
    await item.update(rosterFields(entry), token?.etag ?? '*');
  } catch (error) {
    if (httpStatus(error) !== 412) throw error;
    const now = toRosterEntry(await item.select(...ROSTER_SELECT)<RawItem>());
    if (!now.ok || now.value.reviewer !== entry.reviewer || now.value.leftOn !== entry.leftOn) throw error;
  }
  const saved = toRosterEntry(await item.select(...ROSTER_SELECT)<RawItem>());
  if (!saved.ok) throw Object.assign(new Error('The saved roster entry could not be read back'), { status: 500 });
  return saved.value;
}

/** Writes the audit entry unless the same change is already recorded for this person (a re-run). */
async function audit(sp: SPFI, entry: RosterEntry, action: string, details: Record<string, unknown>): Promise<void> {
  const payload = JSON.stringify(details);
  const logged = await sp.web.lists
    .getByTitle(LISTS.audit.title)
    .items.filter(`StaffKey eq ${odataString(entry.id)} and Action eq ${odataString(action)}`)
    .select('Payload')
    .top(500)<Array<{ Payload: string | null }>>();
  if (logged.some((a) => a.Payload === payload)) return;
  await addAuditEntry(sp, { Title: action, StaffKey: entry.id, Action: action, RecordRef: entry.id, Payload: payload });
}

/** Moves folder access from the old reviewer to the new one and points the open cycle records at the new reviewer. */
export async function moveReviewer(sp: SPFI, entry: RosterEntry, next: DirectoryPerson): Promise<RosterEntry> {
  const [newId] = await siteUserIds(sp, [next.upn]);
  const oldIds = entry.reviewerUpn ? await siteUserIds(sp, [entry.reviewerUpn]) : [];
  let opened = false;
  for (const { item, role } of await accessItems(sp, entry)) {
    const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (!HasUniqueRoleAssignments) continue; // not opened yet: nobody but administrators has access to move
    opened = true;
    await revokeOnItem(item, oldIds);
    await grantOnItem(item, [newId], role);
  }
  if (opened) {
    const [appraiseeId] = await siteUserIds(sp, [entry.upn]);
    await moveSignatureReviewer(sp, entry.id, appraiseeId, oldIds, newId);
  }
  const users = sp.web.siteGroups.getByName(GROUPS.users.title).users;
  if (!(await users.select('Id')<Array<{ Id: number }>>()).some((u) => u.Id === newId)) await users.add(`i:0#.f|membership|${next.upn}`);
  const saved = await saveRoster(sp, { ...entry, reviewer: next.id, reviewerName: next.displayName, reviewerUpn: next.upn });
  const records = sp.web.lists.getByTitle(LISTS.records.title).items;
  // Cycle records and meetings still carry the reviewer's key for other tools; no view trusts it (the roster decides).
  const inFolder = await records.filter(`StaffKey eq ${odataString(entry.id)}`).select('Id', 'RecordKind')<
    Array<{ Id: number; RecordKind: string }>
  >();
  for (const item of inFolder.filter((i) => i.RecordKind === 'cycle' || i.RecordKind === 'meeting'))
    await records.getById(item.Id).update({ ReviewerKey: next.id });
  // The former reviewer's private notes pass to custody, never to the successor (DOMAIN §5).
  await notesToCustody(sp, entry.id, 'reviewerChanged');
  await audit(sp, entry, 'reviewerChanged', { from: entry.reviewer ?? null, to: next.id });
  return saved;
}

/** Removes the leaver's and their reviewer's access to the folders and the roster item; administrators keep the record. */
export async function closeFolders(sp: SPFI, entry: RosterEntry, leftOn: IsoDate): Promise<RosterEntry> {
  const people = await siteUserIds(sp, [entry.upn, ...(entry.reviewerUpn ? [entry.reviewerUpn] : [])]);
  for (const { item } of await accessItems(sp, entry)) await revokeOnItem(item, people);
  await closeSignatureFolders(sp, entry.id, people);
  // A leaver is no longer one of the Appraisal Users (their reviewer stays: they may review others).
  const users = sp.web.siteGroups.getByName(GROUPS.users.title).users;
  if ((await users.select('Id')<Array<{ Id: number }>>()).some((u) => u.Id === people[0])) await users.removeById(people[0]);
  const saved = await saveRoster(sp, { ...entry, leftOn });
  await notesToCustody(sp, entry.id, 'leaver');
  await audit(sp, entry, 'accessClosed', { leftOn });
  return saved;
}
