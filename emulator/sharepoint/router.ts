/** Dispatches a resolved REST target and method to its route. */
import type { EmulatorResponse } from '../core/http';
import type { Securable, SpContext } from './context';
import { effectiveRights, principalsOf } from './permissions';
import { noContent, refuse } from './responses';
import { setOwner } from './groupOwnership';
import { splitPath, stringArg, namedArgs } from './path';
import { resolve, type Target } from './resolve';
import { methodOf } from './routes/body';
import { fieldsRoute, listRoute, listsRoute } from './routes/lists';
import { addFolder, folderResponse, itemRoute, itemsRoute } from './routes/items';
import { addValidateUpdate, validateUpdateItem } from './routes/validateUpdate';
import { recycleBinItemRoute, recycleBinRoute, recycleItem, restoreEntry } from './recycleBin';
import { roleDefinitionRoute, roleDefinitionsRoute } from './routes/roleDefinitions';
import { breakInheritance, changeAssignment, effectivePermissions, listAssignments, resetInheritance } from './routes/security';
import { ensureUser, groupRoute, groupUsers, siteGroups, siteUsers, userRoute, webRoute } from './routes/people';
import { downloadRoute, fileRoute } from './routes/files';
import { BULK_TAG_PATH, setComplianceTagOnBulkItems } from './routes/complianceTags';

/** A user with no permission anywhere in the site is refused everything, as SharePoint refuses them. */
function hasSiteAccess(ctx: SpContext): boolean {
  if (effectiveRights(ctx.state, ctx.user.id).size > 0) return true;
  const mine = principalsOf(ctx.state, ctx.user.id);
  return ctx.state.lists.some(
    (l) =>
      l.uniqueRoleAssignments?.some((a) => mine.has(a.principalId)) ||
      l.items.some((i) => i.uniqueRoleAssignments?.some((a) => mine.has(a.principalId)))
  );
}

const securable = (t: Target): Securable | undefined => (t.kind === 'web' || t.kind === 'list' || t.kind === 'item' ? t : undefined);

function call(ctx: SpContext, name: string, args: string | undefined, on: Target, method: string, path: string): EmulatorResponse {
  const owner = securable(on);
  if (owner && name === 'effectivebasepermissions') return effectivePermissions(ctx, owner);
  if (owner && name === 'getusereffectivepermissions') return effectivePermissions(ctx, owner, stringArg(ctx.query.get('@user') ?? args));
  if (owner && name === 'breakroleinheritance') return breakInheritance(ctx, owner, args);
  if (owner && name === 'resetroleinheritance') return resetInheritance(ctx, owner);
  if (on.kind === 'roleassignments' && (name === 'addroleassignment' || name === 'removeroleassignment'))
    return changeAssignment(ctx, on.owner, args, name === 'addroleassignment');
  if (on.kind === 'web' && name === 'ensureuser') return ensureUser(ctx);
  if (on.kind === 'web' && name === 'getuserbyid') {
    const user = ctx.state.users.find((u) => u.id === Number(args));
    if (!user) throw refuse.notFound('User');
    return userRoute(ctx, user);
  }
  if (on.kind === 'sitegroup' && name === 'setuserasowner') {
    setOwner(ctx, on.group, Number(args));
    return noContent();
  }
  if (on.kind === 'groupusers') return groupUsers(ctx, on.group, method, { name, args });
  if (on.kind === 'folders' && name === 'addusingpath') return addFolder(ctx, on.list, on.path, namedArgs(args).decodedurl);
  if (on.kind === 'list' && name === 'addvalidateupdateitemusingpath') return addValidateUpdate(ctx, on.list);
  if (on.kind === 'item' && name === 'recycle') return recycleItem(ctx, on.list, on.item);
  if (on.kind === 'item' && name === 'validateupdatelistitem') return validateUpdateItem(ctx, on.list, on.item);
  if (on.kind === 'recyclebinitem' && name === 'restore') return restoreEntry(ctx, on.entry);
  if (on.kind === 'folder' || on.kind === 'call') return fileRoute(ctx, on, name, args, method);
  throw refuse.badRequest(`The emulator does not support ${method} ${path}`);
}

/** Routes one request (path after `_api/`). */
export function route(ctx: SpContext, path: string): EmulatorResponse {
  if (!hasSiteAccess(ctx)) throw refuse.accessDenied();
  if (path.toLowerCase() === BULK_TAG_PATH && methodOf(ctx.req) === 'POST') return setComplianceTagOnBulkItems(ctx);
  const download = methodOf(ctx.req) === 'GET' ? downloadRoute(ctx, path) : undefined;
  if (download) return download;
  const target = resolve(ctx, splitPath(path));
  const method = methodOf(ctx.req);
  switch (target.kind) {
    case 'web':
      return webRoute(ctx, method);
    case 'lists':
      return listsRoute(ctx, method);
    case 'list':
      return listRoute(ctx, target.list, method);
    case 'fields':
      return fieldsRoute(ctx, target.list, undefined, method);
    case 'field':
      return fieldsRoute(ctx, target.list, target.field, method);
    case 'items':
      return itemsRoute(ctx, target.list, method, path);
    case 'item':
      return itemRoute(ctx, target.list, target.item, method);
    case 'folder':
      return folderResponse(ctx, target.list, target.path);
    case 'folders':
      throw refuse.badRequest('Listing folders is not supported by the emulator; query items with FSObjType eq 1.');
    case 'roleassignments':
      return listAssignments(ctx, target.owner);
    case 'roledefinitions':
      return roleDefinitionsRoute(ctx, method);
    case 'roledefinition':
      return roleDefinitionRoute(ctx, target.def, method);
    case 'recyclebin':
      return recycleBinRoute(ctx, method);
    case 'recyclebinitem':
      return recycleBinItemRoute(ctx, target.entry);
    case 'sitegroups':
      return siteGroups(ctx, method);
    case 'sitegroup':
      return groupRoute(ctx, target.group, method);
    case 'groupusers':
      return groupUsers(ctx, target.group, method);
    case 'siteusers':
      return siteUsers(ctx);
    case 'user':
      return userRoute(ctx, target.user);
    case 'call':
      return call(ctx, target.name, target.args, target.on, method, path);
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}
