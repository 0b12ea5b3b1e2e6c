/**
 * Adding an item exactly once: the item carries a fresh unique EntryKey, so a create that PnPjs sends again after a
 * lost response is refused by SharePoint as a duplicate, which here means the item is already there.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { isDuplicateValue } from './errors';
import { newEntryKey } from './entryKey';
import { LISTS } from './schema';

/** Adds an audit entry (its own EntryKey added), once however often the request is sent. */
export async function addAuditEntry(sp: SPFI, fields: Record<string, unknown>): Promise<void> {
  await addOnce(() => sp.web.lists.getByTitle(LISTS.audit.title).items.add({ ...fields, EntryKey: newEntryKey() }));
}

/** Runs a create whose EntryKey is already set; a duplicate refusal counts as done. */
export async function addOnce<T>(create: () => Promise<T>): Promise<T | undefined> {
  try {
    return await create();
  } catch (error) {
    if (isDuplicateValue(error)) return undefined;
    throw error;
  }
}
