/**
 * Who may change a SharePoint group's membership and who may see it. A group has one owner (a user or a group);
 * "The Group Owner of a SharePoint group has permission to add / remove users from a group. The Site Collection
 * Administrator has permission to add / remove users from a group" (and members too when the group's "Who can edit
 * the membership of the group?" is "Group Members", AllowMembersEditMembership). Holding Manage Permissions on the
 * site is not enough: a site owner who does not own the group gets "Access denied" adding to it. A group created
 * through REST is owned by whoever created it, and by default only its members may see who is in it
 * (OnlyAllowMembersViewMembership). Sources: geekswithblogs.net/redwards/archive/2008/10/14/125837.aspx;
 * sharepointdiary.com/2018/10/sharepoint-online-allow-members-to-edit-group-membership-using-powershell.html.
 */
import type { SpContext } from './context';
import type { SpGroup } from './state';
import { refuse } from './responses';
import { readBody } from './routes/body';

/** The group's owner principal: groups saved before owners were modelled are owned by the site's owners group. */
export function ownerOf(ctx: Pick<SpContext, 'state'>, group: SpGroup): number {
  return group.ownerId ?? ctx.state.ownerGroupId;
}

function isOwnerOrAdmin(ctx: SpContext, group: SpGroup): boolean {
  if (ctx.user.isSiteAdmin) return true;
  const owner = ownerOf(ctx, group);
  if (owner === ctx.user.id) return true;
  const owningGroup = ctx.state.groups.find((g) => g.id === owner);
  return !!owningGroup && owningGroup.memberIds.includes(ctx.user.id);
}

/** Refuses a membership change by anyone but the owner, a site collection admin, or a member when members may edit. */
export function requireMembershipEdit(ctx: SpContext, group: SpGroup): void {
  if (isOwnerOrAdmin(ctx, group)) return;
  if (group.allowMembersEditMembership && group.memberIds.includes(ctx.user.id)) return;
  throw refuse.accessDenied();
}

/** Refuses reading who is in a group that shows its membership to its members only, to anyone else (bar owners). */
export function requireMembershipView(ctx: SpContext, group: SpGroup): void {
  if (!group.onlyAllowMembersViewMembership) return;
  if (isOwnerOrAdmin(ctx, group) || group.memberIds.includes(ctx.user.id)) return;
  throw refuse.accessDenied();
}

/** `POST sitegroups/getById(n)/SetUserAsOwner(principalId)`: the owner (user or group) may hand the group on. */
export function setOwner(ctx: SpContext, group: SpGroup, principalId: number): void {
  requireMembershipEdit(ctx, group);
  const known = ctx.state.users.some((u) => u.id === principalId) || ctx.state.groups.some((g) => g.id === principalId);
  if (!known) throw refuse.notFound(`Principal ${principalId}`);
  group.ownerId = principalId;
  ctx.changed();
}

/** MERGE on a group: its description and membership settings, by its owner. */
export function updateGroup(ctx: SpContext, group: SpGroup): void {
  requireMembershipEdit(ctx, group);
  const body = readBody(ctx.req);
  if (typeof body.Description === 'string') group.description = body.Description;
  if (typeof body.OnlyAllowMembersViewMembership === 'boolean') group.onlyAllowMembersViewMembership = body.OnlyAllowMembersViewMembership;
  if (typeof body.AllowMembersEditMembership === 'boolean') group.allowMembersEditMembership = body.AllowMembersEditMembership;
  ctx.changed();
}
