/** Role assignments and inheritance: only users with Manage Permissions may change them, as in SharePoint. */
import type { EmulatorResponse } from '../../core/http';
import type { Securable, SpContext } from '../context';
import { effectiveRights, has, ROLE_DEFINITIONS, rightsFrom, scopeOf, toBasePermissions } from '../permissions';
import { roleDefinitionById } from '../roles';
import { roleDefinitionJson } from './roleDefinitions';
import { collection, entity, noContent, refuse, SP_ERRORS, SpError } from '../responses';
import { groupJson, userJson } from '../json';
import { namedArgs } from '../path';
import type { RoleAssignment } from '../state';

function assignmentsOf(ctx: SpContext, owner: Securable): readonly RoleAssignment[] {
  if (owner.kind === 'web') return ctx.state.webRoleAssignments;
  if (owner.kind === 'list') return scopeOf(ctx.state, owner.list);
  return scopeOf(ctx.state, owner.list, owner.item);
}

function uniqueOf(ctx: SpContext, owner: Securable): RoleAssignment[] | undefined {
  if (owner.kind === 'web') return ctx.state.webRoleAssignments;
  return owner.kind === 'list' ? owner.list.uniqueRoleAssignments : owner.item.uniqueRoleAssignments;
}

function rightsOn(ctx: SpContext, owner: Securable): Set<number> {
  if (owner.kind === 'web') return effectiveRights(ctx.state, ctx.user.id);
  return owner.kind === 'list'
    ? effectiveRights(ctx.state, ctx.user.id, owner.list)
    : effectiveRights(ctx.state, ctx.user.id, owner.list, owner.item);
}

function requireManagePermissions(ctx: SpContext, owner: Securable): void {
  if (!has(rightsOn(ctx, owner), 'managePermissions')) throw refuse.accessDenied();
}

const roleDef = (ctx: SpContext, id: number): Record<string, unknown> | undefined => {
  const def = roleDefinitionById(ctx.state, id);
  return def ? roleDefinitionJson(def) : undefined;
};

/** GET roleassignments, with $expand=RoleDefinitionBindings,Member. Reading them needs Manage Permissions too. */
export function listAssignments(ctx: SpContext, owner: Securable): EmulatorResponse {
  requireManagePermissions(ctx, owner);
  const expand = (ctx.query.get('$expand') ?? '').toLowerCase();
  const values = assignmentsOf(ctx, owner).map((a) => {
    const member = ctx.state.users.find((u) => u.id === a.principalId) ?? ctx.state.groups.find((g) => g.id === a.principalId);
    return {
      PrincipalId: a.principalId,
      ...(expand.includes('roledefinitionbindings')
        ? { RoleDefinitionBindings: a.roleDefIds.map((id) => roleDef(ctx, id)).filter(Boolean) }
        : {}),
      ...(expand.includes('member') && member ? { Member: 'loginName' in member ? userJson(member) : groupJson(member) } : {})
    };
  });
  return collection(ctx.req, ctx.base, values);
}

/**
 * breakroleinheritance(copyroleassignments, clearsubscopes): without copying, SharePoint leaves the caller Full Control
 * ("the collection of role assignments must contain only 1 role assignment containing the current user after the
 * operation": SecurableObject.BreakRoleInheritance, learn.microsoft.com/previous-versions/office/sharepoint-server/ee545470).
 */
export function breakInheritance(ctx: SpContext, owner: Securable, args: string | undefined): EmulatorResponse {
  if (owner.kind === 'web')
    throw new SpError(400, SP_ERRORS.invalidArgument, 'The root web of a site collection always has unique permissions.');
  requireManagePermissions(ctx, owner);
  const { copyroleassignments, clearsubscopes } = namedArgs(args);
  if (!uniqueOf(ctx, owner)) {
    const copied =
      copyroleassignments === 'true'
        ? assignmentsOf(ctx, owner).map((a) => ({ principalId: a.principalId, roleDefIds: [...a.roleDefIds] }))
        : [{ principalId: ctx.user.id, roleDefIds: [ROLE_DEFINITIONS.fullControl.id] }];
    if (owner.kind === 'list') owner.list.uniqueRoleAssignments = copied;
    else owner.item.uniqueRoleAssignments = copied;
  }
  if (clearsubscopes === 'true' && owner.kind === 'list') for (const item of owner.list.items) delete item.uniqueRoleAssignments;
  ctx.changed();
  return noContent();
}

/** resetroleinheritance: inherit again. */
export function resetInheritance(ctx: SpContext, owner: Securable): EmulatorResponse {
  if (owner.kind === 'web')
    throw new SpError(400, SP_ERRORS.invalidArgument, 'The root web of a site collection cannot inherit permissions.');
  requireManagePermissions(ctx, owner);
  if (owner.kind === 'list') delete owner.list.uniqueRoleAssignments;
  else delete owner.item.uniqueRoleAssignments;
  ctx.changed();
  return noContent();
}

/** addroleassignment / removeroleassignment(principalid, roledefid) on an object with unique permissions. */
export function changeAssignment(ctx: SpContext, owner: Securable, args: string | undefined, add: boolean): EmulatorResponse {
  requireManagePermissions(ctx, owner);
  const unique = uniqueOf(ctx, owner);
  if (!unique) throw new SpError(400, SP_ERRORS.invalidArgument, 'This operation is not allowed on an object that inherits permissions.');
  const { principalid, roledefid } = namedArgs(args);
  const principalId = Number(principalid);
  const roleDefId = Number(roledefid);
  if (!ctx.state.users.some((u) => u.id === principalId) && !ctx.state.groups.some((g) => g.id === principalId))
    throw new SpError(400, SP_ERRORS.invalidArgument, 'The user or group does not exist.');
  if (!roleDef(ctx, roleDefId)) throw new SpError(400, SP_ERRORS.invalidArgument, 'The role definition does not exist.');
  const existing = unique.find((a) => a.principalId === principalId);
  if (add) {
    if (!existing) unique.push({ principalId, roleDefIds: [roleDefId] });
    else if (!existing.roleDefIds.includes(roleDefId)) existing.roleDefIds.push(roleDefId);
  } else if (existing) {
    existing.roleDefIds = existing.roleDefIds.filter((r) => r !== roleDefId);
    if (existing.roleDefIds.length === 0) unique.splice(unique.indexOf(existing), 1);
  }
  ctx.changed();
  return noContent();
}

/** EffectiveBasePermissions (the caller) and getUserEffectivePermissions(@user) as { High, Low }. */
export function effectivePermissions(ctx: SpContext, owner: Securable, loginName?: string): EmulatorResponse {
  let userId = ctx.user.id;
  if (loginName !== undefined) {
    requireManagePermissions(ctx, owner);
    const user = ctx.state.users.find((u) => u.loginName.toLowerCase() === loginName.toLowerCase());
    if (!user) throw refuse.notFound('User');
    userId = user.id;
  }
  const rights = rightsFrom(ctx.state, assignmentsOf(ctx, owner), userId);
  return entity(ctx.req, ctx.base, toBasePermissions(rights), { type: 'SP.BasePermissions' });
}
