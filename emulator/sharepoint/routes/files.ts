/** Files in a document library: upload with files/addUsingPath, and download with $value. */
import type { EmulatorResponse } from '../../core/http';
import type { SpContext } from '../context';
import { tick } from '../context';
import { canRead, effectiveRights, has } from '../permissions';
import { entity, refuse, SP_ERRORS, SpError } from '../responses';
import { namedArgs } from '../path';
import type { Target } from '../resolve';
import type { SpList } from '../state';

function upload(ctx: SpContext, list: SpList, folderPath: string, name: string, overwrite: boolean): EmulatorResponse {
  if (list.baseTemplate !== 101) throw new SpError(400, SP_ERRORS.invalidArgument, 'Files can only be added to a document library.');
  const parent = list.items.find((i) => i.fsObjType === 1 && `${i.fileDirRef}/${i.fileLeafRef}`.toLowerCase() === folderPath.toLowerCase());
  if (!has(effectiveRights(ctx.state, ctx.user.id, list, parent), 'addListItems')) throw refuse.accessDenied();
  const bytes = typeof ctx.req.body === 'string' ? new TextEncoder().encode(ctx.req.body) : ctx.req.body ?? new Uint8Array();
  const content = Buffer.from(bytes).toString('base64');
  const existing = list.items.find(
    (i) =>
      i.fsObjType === 0 && i.fileDirRef.toLowerCase() === folderPath.toLowerCase() && i.fileLeafRef.toLowerCase() === name.toLowerCase()
  );
  const now = tick(ctx.state);
  if (existing && !overwrite) throw new SpError(400, SP_ERRORS.duplicate, `A file with the name ${folderPath}/${name} already exists.`);
  if (existing) {
    Object.assign(existing, { content, version: existing.version + 1, modified: now, editorId: ctx.user.id });
  } else {
    const id = list.nextItemId++;
    list.items.push({
      id,
      fsObjType: 0,
      fileLeafRef: name,
      fileDirRef: folderPath,
      values: { Title: null },
      version: 1,
      authorId: ctx.user.id,
      editorId: ctx.user.id,
      created: now,
      modified: now,
      content
    });
  }
  ctx.changed();
  const url = `${folderPath}/${name}`;
  return entity(ctx.req, ctx.base, { Name: name, ServerRelativeUrl: url, Length: String(bytes.length), Exists: true }, {
    type: 'SP.File', editLink: `Web/GetFileByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`
  });
}

/** files/addUsingPath on a folder. */
export function fileRoute(ctx: SpContext, on: Target, name: string, args: string | undefined, method: string): EmulatorResponse {
  if (on.kind === 'call' && on.name === 'files' && on.on.kind === 'folder' && name === 'addusingpath' && method === 'POST') {
    const named = namedArgs(args);
    return upload(ctx, on.on.list, on.on.path, named.decodedurl, named.overwrite === 'true');
  }
  throw refuse.badRequest(`The emulator does not support ${name} here`);
}

const DOWNLOAD = /^web\/getfilebyserverrelativepath\(decodedurl='((?:[^']|'')*)'\)\/\$value$/i;

/**
 * GET web/GetFileByServerRelativePath(decodedurl='…')/$value: the file's bytes, for a caller who may read its item
 * (404 otherwise, as for a file one cannot see). Undefined when the path is not a download.
 */
export function downloadRoute(ctx: SpContext, path: string): EmulatorResponse | undefined {
  const match = DOWNLOAD.exec(decodeURIComponent(path));
  if (!match) return undefined;
  const url = match[1].replace(/''/g, "'").toLowerCase();
  for (const list of ctx.state.lists.filter((l) => l.baseTemplate === 101)) {
    const item = list.items.find((i) => i.fsObjType === 0 && `${i.fileDirRef}/${i.fileLeafRef}`.toLowerCase() === url);
    if (!item) continue;
    if (!canRead(ctx.state, ctx.user.id, list, item)) break;
    return {
      status: 200,
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array(Buffer.from(item.content ?? '', 'base64'))
    };
  }
  throw refuse.notFound('File');
}
