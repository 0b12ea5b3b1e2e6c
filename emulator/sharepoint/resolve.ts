/** Walks a REST path (web/lists/getByTitle('x')/items(3)/…) to the object it names, enforcing read access. */
import type { Segment } from './path';
import { namedArgs, stringArg } from './path';
import { refuse } from './responses';
import { canRead, effectiveRights, has } from './permissions';
import type { Securable, SpContext } from './context';
import type { SpField, SpGroup, SpItem, SpList, SpRecycleEntry, SpUser } from './state';
import type { RoleDefinitionView } from './roles';
import { findRoleDefinition } from './routes/roleDefinitions';
import { visibleEntry } from './recycleBin';

/** What a path names. `call` is a method at the end of the path (breakroleinheritance, ensureuser, …). */
export type Target =
  | Securable
  | { kind: 'lists' }
  | { kind: 'fields'; list: SpList }
  | { kind: 'field'; list: SpList; field: SpField }
  | { kind: 'items'; list: SpList }
  | { kind: 'folder'; list: SpList; path: string }
  | { kind: 'folders'; list: SpList; path: string }
  | { kind: 'roleassignments'; owner: Securable }
  | { kind: 'roledefinitions' }
  | { kind: 'roledefinition'; def: RoleDefinitionView }
  | { kind: 'recyclebin' }
  | { kind: 'recyclebinitem'; entry: SpRecycleEntry }
  | { kind: 'sitegroups' }
  | { kind: 'sitegroup'; group: SpGroup }
  | { kind: 'groupusers'; group: SpGroup }
  | { kind: 'siteusers' }
  | { kind: 'user'; user: SpUser }
  | { kind: 'call'; name: string; args: string | undefined; on: Target };

function readableList(ctx: SpContext, list: SpList | undefined, name: string): SpList {
  // SharePoint trims lists a user cannot see: to them, the list does not exist.
  if (!list || !has(effectiveRights(ctx.state, ctx.user.id, list), 'viewListItems') && !anyItemGrant(ctx, list)) {
    throw refuse.notFound(`List '${name}'`);
  }
  return list;
}

function anyItemGrant(ctx: SpContext, list: SpList): boolean {
  return list.items.some((i) => i.uniqueRoleAssignments && has(effectiveRights(ctx.state, ctx.user.id, list, i), 'viewListItems'));
}

function readableItem(ctx: SpContext, list: SpList, item: SpItem | undefined): SpItem {
  if (!item || !canRead(ctx.state, ctx.user.id, list, item)) throw refuse.notFound('Item');
  return item;
}

/** `items(id)` or `items/getbyid(id)`: the item with that id, if the caller may read it (else 404, as SharePoint). */
function itemTarget(ctx: SpContext, list: SpList, args: string | undefined): Target {
  return { kind: 'item', list, item: readableItem(ctx, list, list.items.find((i) => i.id === Number(args))) };
}

function folderItem(list: SpList, path: string): SpItem | undefined {
  return list.items.find((i) => i.fsObjType === 1 && `${i.fileDirRef}/${i.fileLeafRef}`.toLowerCase() === path.toLowerCase());
}

function listByUrl(ctx: SpContext, url: string): { list: SpList; path: string } {
  const path = url.startsWith('/') ? url : `${ctx.state.serverRelativeUrl}/${url}`;
  const list = ctx.state.lists.find(
    (l) => path.toLowerCase() === l.url.toLowerCase() || path.toLowerCase().startsWith(`${l.url.toLowerCase()}/`)
  );
  if (!list) throw refuse.notFound(`File or folder '${url}'`);
  return { list: readableList(ctx, list, list.title), path: path.replace(/\/$/, '') };
}

function step(ctx: SpContext, at: Target, seg: Segment): Target {
  const s = ctx.state;
  switch (at.kind) {
    case 'web':
      if (seg.name === 'lists' && seg.args === undefined) return { kind: 'lists' };
      if (seg.name === 'lists') {
        const id = /guid'([^']+)'/i.exec(seg.args ?? '')?.[1];
        return { kind: 'list', list: readableList(ctx, s.lists.find((l) => l.id === id), String(id)) };
      }
      if (seg.name === 'currentuser') return { kind: 'user', user: ctx.user };
      if (seg.name === 'siteusers' && seg.args === undefined) return { kind: 'siteusers' };
      if (seg.name === 'sitegroups' && seg.args === undefined) return { kind: 'sitegroups' };
      if (seg.name === 'sitegroups' || seg.name === 'siteusers') return step(ctx, { kind: seg.name }, { name: 'getbyid', args: seg.args });
      if (seg.name === 'roleassignments') return { kind: 'roleassignments', owner: { kind: 'web' } };
      if (seg.name === 'roledefinitions' && seg.args === undefined) return { kind: 'roledefinitions' };
      if (seg.name === 'roledefinitions') return { kind: 'roledefinition', def: findRoleDefinition(ctx, 'getbyid', seg.args ?? '') };
      if (seg.name === 'recyclebin' && seg.args === undefined) return { kind: 'recyclebin' };
      if (seg.name === 'recyclebin') return { kind: 'recyclebinitem', entry: visibleEntry(ctx, stringArg(seg.args)) };
      if (seg.name === 'associatedownergroup' || seg.name === 'associatedmembergroup' || seg.name === 'associatedvisitorgroup') {
        const id =
          seg.name === 'associatedownergroup' ? s.ownerGroupId : seg.name === 'associatedmembergroup' ? s.memberGroupId : s.visitorGroupId;
        return { kind: 'sitegroup', group: s.groups.find((g) => g.id === id) as SpGroup };
      }
      if (seg.name === 'getfolderbyserverrelativepath' || seg.name === 'getfolderbyserverrelativeurl') {
        const url = seg.name === 'getfolderbyserverrelativeurl' ? stringArg(seg.args) : namedArgs(seg.args).decodedurl;
        const { list, path } = listByUrl(ctx, url);
        return { kind: 'folder', list, path };
      }
      break;
    case 'lists':
      if (seg.name === 'getbytitle') {
        const title = stringArg(seg.args);
        return { kind: 'list', list: readableList(ctx, s.lists.find((l) => l.title.toLowerCase() === title.toLowerCase()), title) };
      }
      if (seg.name === 'getbyid') {
        const id = stringArg(seg.args);
        return { kind: 'list', list: readableList(ctx, s.lists.find((l) => l.id === id), id) };
      }
      break;
    case 'list':
      if (seg.name === 'fields' && seg.args === undefined) return { kind: 'fields', list: at.list };
      if (seg.name === 'items' && seg.args === undefined) return { kind: 'items', list: at.list };
      if (seg.name === 'items') return itemTarget(ctx, at.list, seg.args);
      if (seg.name === 'rootfolder') return { kind: 'folder', list: at.list, path: at.list.url };
      if (seg.name === 'roleassignments') return { kind: 'roleassignments', owner: at };
      break;
    case 'fields':
      if (['getbyinternalnameortitle', 'getbytitle', 'getbyid'].includes(seg.name)) {
        const key = stringArg(seg.args).toLowerCase();
        const field = at.list.fields.find((f) => f.internalName.toLowerCase() === key || f.title.toLowerCase() === key || f.id === key);
        if (!field) throw refuse.notFound(`Column '${stringArg(seg.args)}'`);
        return { kind: 'field', list: at.list, field };
      }
      break;
    case 'items':
      if (seg.name === 'getbyid') return itemTarget(ctx, at.list, seg.args);
      break;
    case 'item':
      if (seg.name === 'roleassignments') return { kind: 'roleassignments', owner: at };
      if (seg.name === 'folder' && at.item.fsObjType === 1)
        return { kind: 'folder', list: at.list, path: `${at.item.fileDirRef}/${at.item.fileLeafRef}` };
      break;
    case 'folder':
      if (seg.name === 'folders' && seg.args === undefined) return { kind: 'folders', list: at.list, path: at.path };
      if (seg.name === 'folders') return { kind: 'folder', list: at.list, path: `${at.path}/${stringArg(seg.args)}` };
      if (seg.name === 'listitemallfields') {
        const item = folderItem(at.list, at.path);
        if (!item) throw refuse.notFound('Folder item');
        return { kind: 'item', list: at.list, item: readableItem(ctx, at.list, item) };
      }
      if (seg.name === 'files' && seg.args === undefined) return { kind: 'call', name: 'files', args: undefined, on: at };
      break;
    case 'folders':
      if (seg.name === 'getbyurl') return { kind: 'folder', list: at.list, path: `${at.path}/${stringArg(seg.args)}` };
      break;
    case 'roledefinitions':
      if (seg.name === 'getbyid' || seg.name === 'getbytype')
        return { kind: 'roledefinition', def: findRoleDefinition(ctx, seg.name, seg.args ?? '') };
      if (seg.name === 'getbyname') return { kind: 'roledefinition', def: findRoleDefinition(ctx, 'getbyname', stringArg(seg.args)) };
      break;
    case 'recyclebin':
      if (seg.name === 'getbyid') return { kind: 'recyclebinitem', entry: visibleEntry(ctx, stringArg(seg.args)) };
      break;
    case 'sitegroups':
      if (seg.name === 'getbyname' || seg.name === 'getbyid') {
        const key = seg.name === 'getbyname' ? stringArg(seg.args).toLowerCase() : seg.args;
        const group = s.groups.find((g) => (seg.name === 'getbyname' ? g.title.toLowerCase() === key : String(g.id) === key));
        if (!group) throw refuse.notFound(`Group '${seg.args}'`);
        return { kind: 'sitegroup', group };
      }
      break;
    case 'sitegroup':
      if (seg.name === 'users') return { kind: 'groupusers', group: at.group };
      break;
    case 'siteusers':
      if (seg.name === 'getbyid' || seg.name === 'getbyloginname' || seg.name === 'getbyemail') {
        const key = seg.name === 'getbyid' ? seg.args : stringArg(seg.args).toLowerCase();
        const user = s.users.find((u) =>
          seg.name === 'getbyid'
            ? String(u.id) === key
            : seg.name === 'getbyemail'
              ? u.email.toLowerCase() === key
              : u.loginName.toLowerCase() === key
        );
        if (!user) throw refuse.notFound('User');
        return { kind: 'user', user };
      }
      break;
    default:
      break;
  }
  return { kind: 'call', name: seg.name, args: seg.args, on: at };
}

/** Resolves the segments after `_api/`; `web` is where every path starts. */
export function resolve(ctx: SpContext, segments: Segment[]): Target {
  if (segments[0]?.name !== 'web') throw refuse.badRequest(`The emulator serves _api/web/… only, not ${segments[0]?.name}`);
  let at: Target = { kind: 'web' };
  for (const seg of segments.slice(1)) {
    // A folder's `files` collection takes one more segment (files/addUsingPath); every other call ends the path.
    const filesOfFolder = at.kind === 'call' && at.name === 'files' && at.args === undefined;
    if (at.kind === 'call' && !filesOfFolder) throw refuse.badRequest(`Cannot navigate past ${at.name}`);
    at = step(ctx, at, seg);
  }
  return at;
}
