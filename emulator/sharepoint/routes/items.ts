/** Items and folders: query, add, read, update with ETags, delete, folders. */
import { checkUnique } from './uniqueValues';
import type { EmulatorResponse } from '../../core/http';
import type { SpContext } from '../context';
import { tick } from '../context';
import { canWrite, effectiveRights, has, readFilter } from '../permissions';
import { collection, entity, noContent, refuse, SP_ERRORS, SpError } from '../responses';
import { itemJson, selectFields } from '../json';
import { queryItems } from '../odata/itemQuery';
import type { SpItem, SpList } from '../state';
import { readBody } from './body';
import { checkEtag, validateValues } from './itemWrites';
import { deleteItem } from '../recycleBin';

/** Creates an item or folder in `folderPath` if the user may add items there (rights of that folder's scope). */
export function createItem(ctx: SpContext, list: SpList, folderPath: string, values: Record<string, unknown>, folder?: string): SpItem {
  const parent = list.items.find((i) => i.fsObjType === 1 && `${i.fileDirRef}/${i.fileLeafRef}`.toLowerCase() === folderPath.toLowerCase());
  if (folderPath.toLowerCase() !== list.url.toLowerCase() && !parent) throw refuse.notFound(`Folder '${folderPath}'`);
  if (!has(effectiveRights(ctx.state, ctx.user.id, list, parent), 'addListItems')) throw refuse.accessDenied();
  if (folder !== undefined && !list.enableFolderCreation)
    throw new SpError(400, SP_ERRORS.invalidArgument, 'Folders are not enabled on this list.');
  if (
    folder !== undefined &&
    list.items.some((i) => i.fileDirRef.toLowerCase() === folderPath.toLowerCase() && i.fileLeafRef.toLowerCase() === folder.toLowerCase())
  ) {
    throw new SpError(500, SP_ERRORS.duplicate, `A file or folder with the name ${folderPath}/${folder} already exists.`);
  }
  const checked = { Title: folder ?? null, ...validateValues(list, values) };
  checkUnique(list, checked);
  const now = tick(ctx.state);
  const id = list.nextItemId++;
  const item: SpItem = {
    id, fsObjType: folder === undefined ? 0 : 1, fileLeafRef: folder ?? `${id}_.000`, fileDirRef: folderPath,
    values: checked, version: 1, authorId: ctx.user.id, editorId: ctx.user.id, created: now, modified: now
  };
  list.items.push(item);
  ctx.changed();
  return item;
}

/** GET (query) and POST (add) on a list's items. */
export function itemsRoute(ctx: SpContext, list: SpList, method: string, path: string): EmulatorResponse {
  if (method === 'POST') {
    const item = createItem(ctx, list, list.url, readBody(ctx.req));
    return {
      ...entity(ctx.req, ctx.base, itemJson(list, item, ctx.base), {
        type: String(itemJson(list, item, ctx.base)['odata.type']),
        etag: `"${item.version}"`
      }),
      status: 201
    };
  }
  if (method !== 'GET') throw refuse.badRequest(`${method} is not supported on items`);
  const page = queryItems(list, ctx.query, readFilter(ctx.state, ctx.user.id, list));
  const next = page.nextQuery ? `${ctx.base}${path}?${page.nextQuery.toString()}` : undefined;
  return collection(ctx.req, ctx.base, page.items.map((i) => selectFields(itemJson(list, i, ctx.base), ctx.query.get('$select'))), next);
}

/** GET, MERGE/PATCH (with IF-Match) and DELETE on one item. */
export function itemRoute(ctx: SpContext, list: SpList, item: SpItem, method: string): EmulatorResponse {
  if (method === 'GET') {
    const json = itemJson(list, item, ctx.base);
    return entity(ctx.req, ctx.base, selectFields(json, ctx.query.get('$select')), {
      type: String(json['odata.type']),
      etag: `"${item.version}"`
    });
  }
  if (method === 'MERGE' || method === 'PATCH' || method === 'PUT') {
    if (!canWrite(ctx.state, ctx.user.id, list, item, 'editListItems')) throw refuse.accessDenied();
    checkEtag(ctx.req, item);
    const changes = validateValues(list, readBody(ctx.req));
    checkUnique(list, changes, item);
    Object.assign(item.values, changes);
    item.version++;
    item.editorId = ctx.user.id;
    item.modified = tick(ctx.state);
    ctx.changed();
    return noContent({ etag: `"${item.version}"` });
  }
  if (method === 'DELETE') return deleteItem(ctx, list, item);
  throw refuse.badRequest(`${method} is not supported on an item`);
}

/** POST folders/addUsingPath(DecodedUrl='x',overwrite=false) under a folder. */
export function addFolder(ctx: SpContext, list: SpList, parentPath: string, name: string): EmulatorResponse {
  const segments = name.split('/').filter(Boolean);
  let path = parentPath;
  for (const leaf of segments.slice(0, -1)) path = `${path}/${leaf}`;
  const item = createItem(ctx, list, path, {}, segments[segments.length - 1]);
  return folderResponse(ctx, list, `${item.fileDirRef}/${item.fileLeafRef}`);
}

/** A folder's REST properties. */
export function folderResponse(ctx: SpContext, list: SpList, path: string): EmulatorResponse {
  const exists =
    path.toLowerCase() === list.url.toLowerCase() ||
    list.items.some((i) => i.fsObjType === 1 && `${i.fileDirRef}/${i.fileLeafRef}`.toLowerCase() === path.toLowerCase());
  if (!exists) throw refuse.notFound(`File or folder '${path}'`);
  const count = list.items.filter((i) => i.fileDirRef.toLowerCase() === path.toLowerCase()).length;
  return entity(
    ctx.req,
    ctx.base,
    {
      Name: path.slice(path.lastIndexOf('/') + 1),
      ServerRelativeUrl: path,
      ServerRelativePath: { DecodedUrl: path },
      ItemCount: count,
      Exists: true
    },
    {
      type: 'SP.Folder',
      editLink: `Web/GetFolderByServerRelativePath(decodedurl='${path.replace(/'/g, "''")}')`
    }
  );
}
