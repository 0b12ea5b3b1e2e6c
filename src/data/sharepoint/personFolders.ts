/**
 * Where a person's things are: their folder (named by StaffKey) in the records list or the evidence library, their
 * item in the roster list, and the records list's root folder that item binding is checked against.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/batching';
import type { IItem } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { LISTS } from './schema';
import { httpStatus, toDataError } from './errors';
import { parseRosterToken } from './mappers/rosterMapper';
import type { RawItem } from './mappers/validate';

/** The server-relative URL of a list's root folder. */
export async function rootUrl(list: IList): Promise<string> {
  return (await list.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()).ServerRelativeUrl;
}

/** The person's folder item in the records list or the evidence library, or undefined when it does not exist. */
export async function findFolderItem(sp: SPFI, key: 'records' | 'evidence', name: string): Promise<IItem | undefined> {
  const list = sp.web.lists.getByTitle(LISTS[key].title);
  try {
    return list.items.getById((await list.rootFolder.folders.getByUrl(name).getItem<{ Id: number }>('Id')).Id);
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** The person's folder item, created first when missing (it inherits the list's admin-only permissions). */
export async function ensureFolderItem(sp: SPFI, key: 'records' | 'evidence', name: string): Promise<IItem> {
  const found = await findFolderItem(sp, key, name);
  if (found) return found;
  await sp.web.lists.getByTitle(LISTS[key].title).rootFolder.folders.addUsingPath(name);
  const made = await findFolderItem(sp, key, name);
  if (!made) throw Object.assign(new Error(`The folder ${name} could not be created`), { status: 404 });
  return made;
}

/** A folder SharePoint refused to create because one of that name is there already. */
const alreadyExists = (message: unknown): boolean => /already exists/i.test(String(message ?? ''));

/**
 * Creates a folder at the list's root in one call that can go in a `$batch` (AddValidateUpdateItemUsingPath); a folder
 * of that name already there counts as made, so the call is safe to repeat. It inherits the list's permissions.
 */
export async function addFolderOnce(list: IList, root: string, name: string): Promise<void> {
  try {
    const results = (await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: name }], root, false, '', {
      leafName: name,
      objectType: 1
    })) as Array<{ HasException?: boolean; ErrorMessage?: string | null }>;
    const refused = results.find((x) => x.HasException);
    if (refused && !alreadyExists(refused.ErrorMessage))
      throw Object.assign(new Error(refused.ErrorMessage ?? 'The folder was refused'), { status: 400 });
  } catch (error) {
    if (!alreadyExists((error as { message?: string } | undefined)?.message)) throw error;
  }
}

/** The person's roster item, from the roster entry's version token. */
export function rosterItem(sp: SPFI, etag: string): IItem {
  const token = parseRosterToken(etag);
  if (!token) throw Object.assign(new Error('The roster entry has no SharePoint item'), { status: 404 });
  return sp.web.lists.getByTitle(LISTS.roster.title).items.getById(token.itemId);
}

/** Settles every request of a batch: `build` makes the reads on the batched SPFI, sent as one request. */
export async function inOneBatch(
  sp: SPFI,
  build: (batched: SPFI) => Array<Promise<RawItem[]>>
): Promise<Array<PromiseSettledResult<RawItem[]>>> {
  const [batched, execute] = sp.batched();
  const settled = Promise.allSettled(build(batched));
  await execute();
  return settled;
}

/** The records list's root folder as a one-item read, for a batch. */
export function recordsRoot(batched: SPFI): Promise<RawItem[]> {
  return batched.web.lists.getByTitle(LISTS.records.title).rootFolder.select('ServerRelativeUrl')<RawItem>().then((f) => [f]);
}

/** A settled read: its value, `[]` when SharePoint hides the list from this user (nothing to see), or the error. */
export function valueOf<T>(outcome: PromiseSettledResult<T[]>): T[] {
  if (outcome.status === 'fulfilled') return outcome.value;
  if (toDataError(outcome.reason).code === 'notFound') return [];
  throw outcome.reason;
}
