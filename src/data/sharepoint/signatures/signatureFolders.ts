/**
 * Each party's signature folder for a person (docs/security.md): the party may add there and nobody may change what
 * was added; the other party may read it; administrators inherit Full Control from the list.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import type { IItem } from '@pnp/sp/items';
import type { Party } from '../../../domain';
import { LISTS, reviewFolderName, signatureFolderName, SIGNER_ROLE } from '../schema';
import { httpStatus } from '../errors';
import { grantOnItem, revokeOnItem } from '../folderAccess';

/** The folder item for a party's signatures, created when missing. */
async function folderItem(sp: SPFI, staffKey: string, party: Party): Promise<IItem> {
  const list = sp.web.lists.getByTitle(LISTS.signatures.title);
  const name = signatureFolderName(staffKey, party);
  try {
    return list.items.getById((await list.rootFolder.folders.getByUrl(name).getItem<{ Id: number }>('Id')).Id);
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
    await list.rootFolder.folders.addUsingPath(name);
    return list.items.getById((await list.rootFolder.folders.getByUrl(name).getItem<{ Id: number }>('Id')).Id);
  }
}

/** The person's review folder (the head's decisions on review requests), when the head has made it. */
async function reviewFolderItem(sp: SPFI, staffKey: string): Promise<IItem | undefined> {
  const list = sp.web.lists.getByTitle(LISTS.signatures.title);
  try {
    return list.items.getById((await list.rootFolder.folders.getByUrl(reviewFolderName(staffKey)).getItem<{ Id: number }>('Id')).Id);
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Opens both folders: the appraisee signs in one and reads the other, the reviewer the other way round. */
export async function openSignatureFolders(sp: SPFI, staffKey: string, appraiseeId: number, reviewerId: number | undefined): Promise<void> {
  const own = await folderItem(sp, staffKey, 'appraisee');
  await grantOnItem(own, [appraiseeId], SIGNER_ROLE);
  if (reviewerId !== undefined) await grantOnItem(own, [reviewerId], 'read');
  const theirs = await folderItem(sp, staffKey, 'reviewer');
  if (reviewerId !== undefined) await grantOnItem(theirs, [reviewerId], SIGNER_ROLE);
  await grantOnItem(theirs, [appraiseeId], 'read');
}

/** A new reviewer signs from now on; the old one keeps nothing. What the old reviewer signed stays signed. */
export async function moveSignatureReviewer(
  sp: SPFI,
  staffKey: string,
  appraiseeId: number,
  oldIds: readonly number[],
  newId: number
): Promise<void> {
  for (const party of ['appraisee', 'reviewer'] as const) {
    const folder = await folderItem(sp, staffKey, party);
    await revokeOnItem(folder, oldIds);
  }
  // The review folder, if there is one, follows: the old reviewer stops reading the head's decisions, the new one reads them.
  const review = await reviewFolderItem(sp, staffKey);
  if (review) {
    await revokeOnItem(review, oldIds.filter((id) => id !== appraiseeId));
    await grantOnItem(review, [newId], 'read');
  }
  await openSignatureFolders(sp, staffKey, appraiseeId, newId);
}

/** A leaver and their reviewer lose access; administrators keep the signatures with the record. */
export async function closeSignatureFolders(sp: SPFI, staffKey: string, people: readonly number[]): Promise<void> {
  for (const party of ['appraisee', 'reviewer'] as const) await revokeOnItem(await folderItem(sp, staffKey, party), people);
  const review = await reviewFolderItem(sp, staffKey);
  if (review) await revokeOnItem(review, people);
}
