/**
 * Deleting and the site recycle bin, as SharePoint Online does them.
 *
 * - `items(id)/recycle()` is a soft delete: the item and, for a folder, everything in it leave the list (so they drop
 *   out of every read) and wait in the recycle bin until restored. `DELETE items(id)` removes them for good: REST
 *   DELETE is SPListItem.Delete, which "deletes it permanently instead of moving to the Recycle Bin"; Recycle() is
 *   what moves it there (blog.mastykarz.nl/programmatically-deleting-list-items-documents-recycle-bin; also
 *   tipsbybits.com "Delete vs Recycle in SharePoint with REST API"). Both need Delete Items on the item and on every
 *   item inside a folder (403 otherwise).
 * - `GET web/recyclebin` is trimmed to what the caller deleted; only a site collection administrator sees everyone's
 *   ("The Recycle Bin shows only the items that you have deleted. You cannot view items that were deleted by other
 *   users and only a site collection administrator can see items that you have deleted": support.office.com, "View,
 *   restore, or delete items in the Recycle Bin of a site"). The same people may restore: the deleter or a site
 *   collection administrator. Anyone else gets 404, as for an item they cannot see.
 * - Restoring into a folder that is no longer there is refused (a user "will simply" get "an error").
 */
import type { EmulatorResponse } from '../core/http';
import type { SpContext } from './context';
import { tick } from './context';
import { canWrite } from './permissions';
import { collection, entity, noContent, refuse, SP_ERRORS, SpError } from './responses';
import { selectFields } from './json';
import { checkEtag } from './routes/itemWrites';
import type { SpItem, SpList, SpRecycleEntry } from './state';

const pathOf = (item: SpItem): string => `${item.fileDirRef}/${item.fileLeafRef}`.toLowerCase();

/** The item and, for a folder, everything under it, once the caller may delete every one of them. */
function takeable(ctx: SpContext, list: SpList, item: SpItem): SpItem[] {
  const inside = pathOf(item);
  const inFolder = (i: SpItem): boolean =>
    item.fsObjType === 1 && (i.fileDirRef.toLowerCase() === inside || i.fileDirRef.toLowerCase().startsWith(`${inside}/`));
  const taken = list.items.filter((i) => i === item || inFolder(i));
  if (!taken.every((i) => canWrite(ctx.state, ctx.user.id, list, i, 'deleteListItems'))) throw refuse.accessDenied();
  checkEtag(ctx.req, item);
  return taken;
}

/** DELETE items(id): gone for good. */
export function deleteItem(ctx: SpContext, list: SpList, item: SpItem): EmulatorResponse {
  const taken = new Set(takeable(ctx, list, item));
  list.items = list.items.filter((i) => !taken.has(i));
  ctx.changed();
  return noContent();
}

/** POST items(id)/recycle(): into the recycle bin; answers the new recycle bin item's id. */
export function recycleItem(ctx: SpContext, list: SpList, item: SpItem): EmulatorResponse {
  const taken = takeable(ctx, list, item);
  const set = new Set(taken);
  list.items = list.items.filter((i) => !set.has(i));
  const deletedDate = tick(ctx.state);
  const id = `5e1f0c2a-${String(ctx.state.clock % 10000).padStart(4, '0')}-4b7d-9c3e-${String(item.id).padStart(12, '0')}`;
  (ctx.state.recycleBin ??= []).push({ id, listId: list.id, items: taken, deletedById: ctx.user.id, deletedDate });
  ctx.changed();
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ value: id }) };
}

const mayManage = (ctx: SpContext, entry: SpRecycleEntry): boolean => ctx.user.isSiteAdmin || entry.deletedById === ctx.user.id;

/** A recycle bin entry the caller may see, or 404. */
export function visibleEntry(ctx: SpContext, id: string): SpRecycleEntry {
  const entry = (ctx.state.recycleBin ?? []).find((e) => e.id.toLowerCase() === id.toLowerCase());
  if (!entry || !mayManage(ctx, entry)) throw refuse.notFound('Item');
  return entry;
}

function entryJson(ctx: SpContext, entry: SpRecycleEntry): Record<string, unknown> {
  const top = entry.items[0];
  const list = ctx.state.lists.find((l) => l.id === entry.listId);
  const by = ctx.state.users.find((u) => u.id === entry.deletedById);
  const author = ctx.state.users.find((u) => u.id === top.authorId);
  // SP.RecycleBinItemType: 1 File, 3 ListItem, 5 Folder. ItemState 1: first stage.
  const itemType = top.fsObjType === 1 ? 5 : list?.baseTemplate === 101 ? 1 : 3;
  return {
    Id: entry.id,
    Title: String(top.values.Title ?? top.fileLeafRef),
    LeafName: top.fileLeafRef,
    DirName: top.fileDirRef.replace(/^\//, ''),
    ItemType: itemType,
    ItemState: 1,
    DeletedDate: entry.deletedDate,
    DeletedById: entry.deletedById,
    DeletedByName: by?.title ?? '',
    DeletedByEmail: by?.email ?? '',
    AuthorName: author?.title ?? '',
    AuthorEmail: author?.email ?? '',
    Size: 0
  };
}

/** GET web/recyclebin, trimmed to what the caller may see. */
export function recycleBinRoute(ctx: SpContext, method: string): EmulatorResponse {
  if (method !== 'GET') throw refuse.badRequest(`${method} is not supported on the recycle bin`);
  const visible = (ctx.state.recycleBin ?? []).filter((e) => mayManage(ctx, e));
  return collection(ctx.req, ctx.base, visible.map((e) => selectFields(entryJson(ctx, e), ctx.query.get('$select'))));
}

/** GET one entry. */
export function recycleBinItemRoute(ctx: SpContext, entry: SpRecycleEntry): EmulatorResponse {
  return entity(ctx.req, ctx.base, selectFields(entryJson(ctx, entry), ctx.query.get('$select')), {
    type: 'SP.RecycleBinItem',
    editLink: `Web/RecycleBin('${entry.id}')`
  });
}

/** POST recyclebin('id')/restore(): everything the recycle took goes back where it was. */
export function restoreEntry(ctx: SpContext, entry: SpRecycleEntry): EmulatorResponse {
  const list = ctx.state.lists.find((l) => l.id === entry.listId);
  const top = entry.items[0];
  const parent = top.fileDirRef.toLowerCase();
  const parentExists = list && (parent === list.url.toLowerCase() || list.items.some((i) => i.fsObjType === 1 && pathOf(i) === parent));
  if (!list || !parentExists)
    throw new SpError(
      400,
      SP_ERRORS.invalidArgument,
      `The folder '${top.fileDirRef}' no longer exists, so the item cannot be restored there.`
    );
  list.items.push(...entry.items);
  list.items.sort((a, b) => a.id - b.id);
  ctx.state.recycleBin = (ctx.state.recycleBin ?? []).filter((e) => e !== entry);
  ctx.changed();
  return noContent();
}
