/**
 * Adds one signature item to the signer's own folder, with every column in the one call that creates it: the
 * folder's permission level (Appraisal Sign) lets the party add but never edit, so there is no second call to make.
 * Idempotent: the item's Title is the step's key, and a step already written (a retry after a lost response) is
 * found and not written again.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import { signatureKey, type Party, type SignatureDraft } from '../../../domain';
import { odataString } from '../../odataLiteral';
import { LISTS, signatureFolderName } from '../schema';
import { signatureFields } from '../mappers/signatureMapper';
import { newEntryKey } from '../entryKey';
import { addWithValues } from '../formValues';

/** Writes the entry unless the same step is already there. */
export async function addSignature(sp: SPFI, staffKey: string, cycleKey: string, party: Party, draft: SignatureDraft): Promise<void> {
  const list = sp.web.lists.getByTitle(LISTS.signatures.title);
  const key = signatureKey(cycleKey, party, draft);
  const found = await list.items
    .filter(`CycleKey eq ${odataString(cycleKey)} and Title eq ${odataString(key)}`)
    .select('Id', 'FileDirRef')
    .top(50)<Array<{ Id: number; FileDirRef: string }>>();
  const folder = signatureFolderName(staffKey, party);
  if (found.some((i) => i.FileDirRef.toLowerCase().endsWith(`/${folder.toLowerCase()}`))) return;
  const { ServerRelativeUrl } = await list.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
  // A refusal of the EntryKey as a duplicate means this very request already added the signature.
  await addWithValues(
    list,
    `${ServerRelativeUrl}/${folder}`,
    { ...signatureFields(key, staffKey, cycleKey, draft), EntryKey: newEntryKey() },
    true
  );
}
