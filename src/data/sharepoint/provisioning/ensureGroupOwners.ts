/**
 * Makes Appraisal Administrators the owner of each product group and sets who may see each group's members. Only a
 * group's owner (or a site collection admin) may change its membership, and SharePoint makes whoever created a group
 * its owner: left so, a second administrator is refused opening a cycle or managing governors. SetUserAsOwner takes
 * a group's id as well as a user's (PnPjs `siteGroups.getById(id).setUserAsOwner`).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import { GROUPS, type GroupKey } from '../schema';

/**
 * Who may see each group's members besides its owners: the administrators are visible to everyone on the site (staff
 * are told to ask them); who is on the roster, who is a governor, and who holds notes in custody, only to members and
 * administrators.
 */
export const MEMBERS_ONLY_VIEW: Record<GroupKey, boolean> = {
  admins: false,
  users: true,
  governors: true,
  dataProtection: true,
  trustAdmins: true
};

/** The groups' owners and membership visibility, as the schema wants them; re-runnable, changes only what differs. */
export async function ensureGroupOwners(sp: SPFI, ids: Record<GroupKey, number>): Promise<void> {
  for (const key of Object.keys(ids) as GroupKey[]) {
    const group = sp.web.siteGroups.getById(ids[key]);
    const current = await group.select('OwnerTitle', 'OnlyAllowMembersViewMembership')<{
      OwnerTitle: string;
      OnlyAllowMembersViewMembership: boolean;
    }>();
    if (current.OwnerTitle !== GROUPS.admins.title) await group.setUserAsOwner(ids.admins);
    if (current.OnlyAllowMembersViewMembership !== MEMBERS_ONLY_VIEW[key])
      await group.update({ OnlyAllowMembersViewMembership: MEMBERS_ONLY_VIEW[key] });
  }
}
