/** The web, site users, ensureuser and SharePoint groups. */
import { ownerOf, requireMembershipEdit, requireMembershipView, updateGroup } from '../groupOwnership';
import type { EmulatorResponse } from '../../core/http';
import { findUser, resolveLogon } from '../../core/directory';
import type { SpContext } from '../context';
import { siteUserFor } from '../context';
import { effectiveRights, has } from '../permissions';
import { collection, entity, noContent, refuse, SP_ERRORS, SpError } from '../responses';
import { groupJson, selectFields, userJson } from '../json';
import { stringArg } from '../path';
import type { SpGroup, SpUser } from '../state';
import { readBody } from './body';

/**
 * GET web, and MERGE web { MembersCanShare } (needs Manage Web). SP.Web.MembersCanShare is a settable web property
 * (learn.microsoft.com Web.MembersCanShare, dn793740); CLI for Microsoft 365 `spo site sharingpermission set` POSTs it
 * to `_api/Web` as a MERGE.
 */
export function webRoute(ctx: SpContext, method: string = 'GET'): EmulatorResponse {
  if (method === 'MERGE' || method === 'PATCH') {
    if (!has(effectiveRights(ctx.state, ctx.user.id), 'manageWeb')) throw refuse.accessDenied();
    const body = readBody(ctx.req);
    for (const key of Object.keys(body)) {
      if (key !== 'MembersCanShare') throw refuse.badRequest(`The property '${key}' cannot be changed through the emulator's SP.Web.`);
    }
    if (typeof body.MembersCanShare !== 'boolean') throw refuse.badRequest('MembersCanShare must be true or false.');
    ctx.state.membersCanShare = body.MembersCanShare;
    ctx.changed();
    return noContent();
  }
  if (method !== 'GET') throw refuse.badRequest(`${method} is not supported on the web`);
  const origin = ctx.base.replace(/\/sites\/.*$/, '');
  const value = {
    Id: ctx.state.webId,
    Title: ctx.state.title,
    ServerRelativeUrl: ctx.state.serverRelativeUrl,
    Url: `${origin}${ctx.state.serverRelativeUrl}`,
    Language: 2057,
    MembersCanShare: ctx.state.membersCanShare ?? true
  };
  return entity(ctx.req, ctx.base, selectFields(value, ctx.query.get('$select')), { type: 'SP.Web' });
}

/** A user entity. */
export function userRoute(ctx: SpContext, user: SpUser): EmulatorResponse {
  return entity(ctx.req, ctx.base, selectFields(userJson(user), ctx.query.get('$select')), {
    type: 'SP.User',
    editLink: `Web/GetUserById(${user.id})`
  });
}

/** POST ensureuser { logonName }: adds a directory person to the site's users (needs Edit-level rights). */
export function ensureUser(ctx: SpContext): EmulatorResponse {
  if (!has(effectiveRights(ctx.state, ctx.user.id), 'addListItems')) throw refuse.accessDenied();
  const logonName = String(readBody(ctx.req).logonName ?? '');
  const person = resolveLogon(ctx.directory, logonName);
  if (!person) throw new SpError(500, SP_ERRORS.invalidArgument, `The specified user ${logonName} could not be found.`);
  const user = siteUserFor(ctx.state, person);
  ctx.changed();
  return userRoute(ctx, user);
}

/** GET siteusers. */
export function siteUsers(ctx: SpContext): EmulatorResponse {
  return collection(ctx.req, ctx.base, ctx.state.users.map((u) => selectFields(userJson(u), ctx.query.get('$select'))));
}

/** GET a group. */
export function groupRoute(ctx: SpContext, group: SpGroup, method = 'GET'): EmulatorResponse {
  if (method === 'MERGE') {
    updateGroup(ctx, group);
    return noContent();
  }
  const owner = ownerOf(ctx, group);
  const ownerTitle = ctx.state.groups.find((g) => g.id === owner)?.title ?? ctx.state.users.find((u) => u.id === owner)?.title;
  return entity(ctx.req, ctx.base, selectFields(groupJson(group, ownerTitle), ctx.query.get('$select')), {
    type: 'SP.Group',
    editLink: `Web/SiteGroups/GetById(${group.id})`
  });
}

function requireManage(ctx: SpContext): void {
  if (!has(effectiveRights(ctx.state, ctx.user.id), 'managePermissions')) throw refuse.accessDenied();
}

/** GET/POST sitegroups. */
export function siteGroups(ctx: SpContext, method: string): EmulatorResponse {
  if (method === 'GET')
    return collection(
      ctx.req,
      ctx.base,
      ctx.state.groups.map((g) => selectFields(groupJson(g), ctx.query.get('$select')))
    );
  requireManage(ctx);
  const body = readBody(ctx.req);
  const title = String(body.Title ?? '').trim();
  if (!title) throw refuse.badRequest('A group needs a Title.');
  if (ctx.state.groups.some((g) => g.title.toLowerCase() === title.toLowerCase())) {
    throw new SpError(500, SP_ERRORS.duplicate, `The specified name is already in use. Please try again with a different name.`);
  }
  // The creator owns a new group, and only its members may see who is in it, until set otherwise.
  const group: SpGroup = {
    id: ctx.state.nextPrincipalId++,
    title,
    description: String(body.Description ?? ''),
    memberIds: [],
    ownerId: ctx.user.id,
    onlyAllowMembersViewMembership: true
  };
  ctx.state.groups.push(group);
  ctx.changed();
  return { ...groupRoute(ctx, group), status: 201 };
}

/** GET/POST a group's users, and getByLoginName/getById/removeByLoginName/removeById on them. */
export function groupUsers(
  ctx: SpContext,
  group: SpGroup,
  method: string,
  call?: { name: string; args: string | undefined }
): EmulatorResponse {
  const members = (): SpUser[] => ctx.state.users.filter((u) => group.memberIds.includes(u.id));
  if (!call && method === 'GET') requireMembershipView(ctx, group);
  if (!call && method === 'GET')
    return collection(
      ctx.req,
      ctx.base,
      members().map((u) => selectFields(userJson(u), ctx.query.get('$select')))
    );
  if (!call && method === 'POST') {
    requireMembershipEdit(ctx, group);
    const login = String(readBody(ctx.req).LoginName ?? '');
    const person = findUser(ctx.directory, login);
    if (!person) throw new SpError(500, SP_ERRORS.invalidArgument, `The specified user ${login} could not be found.`);
    const user = siteUserFor(ctx.state, person);
    if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
    ctx.changed();
    return { ...userRoute(ctx, user), status: 201 };
  }
  if (!call) throw refuse.badRequest(`${method} is not supported on group users`);
  // PnPjs sends login names as an aliased parameter: removeByLoginName(@v)?@v='i:0#.f|membership|…'.
  const args = call.args?.startsWith('@') ? (ctx.query.get(call.args) ?? undefined) : call.args;
  const key = call.name.endsWith('byid') ? args : stringArg(args).toLowerCase();
  const user = members().find((u) =>
    call.name.endsWith('byid') ? String(u.id) === key : u.loginName.toLowerCase() === key || u.email.toLowerCase() === key
  );
  if (call.name.startsWith('remove')) {
    requireMembershipEdit(ctx, group);
    if (user) group.memberIds = group.memberIds.filter((id) => id !== user.id);
    ctx.changed();
    return noContent();
  }
  if (!user) throw refuse.notFound('User');
  return userRoute(ctx, user);
}
