/** Ensures the three appraisal groups exist and that whoever runs set-up is an administrator. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { GROUPS, type GroupKey } from '../schema';
import { httpStatus } from '../errors';

/** Site group ids by key, creating missing groups. */
export async function ensureGroups(sp: SPFI): Promise<Record<GroupKey, number>> {
  const ids = {} as Record<GroupKey, number>;
  for (const key of Object.keys(GROUPS) as GroupKey[]) {
    const { title, description } = GROUPS[key];
    try {
      ids[key] = (await sp.web.siteGroups.getByName(title).select('Id')<{ Id: number }>()).Id;
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      ids[key] = (await sp.web.siteGroups.add({ Title: title, Description: description })).Id;
    }
  }
  return ids;
}

/** Puts the signed-in user in Appraisal Administrators, so they keep access once lists stop inheriting. */
export async function ensureCurrentUserIsAdmin(sp: SPFI): Promise<void> {
  const me = await sp.web.currentUser.select('Id', 'LoginName')<{ Id: number; LoginName: string }>();
  const members = await sp.web.siteGroups.getByName(GROUPS.admins.title).users.select('Id')<Array<{ Id: number }>>();
  if (!members.some((m) => m.Id === me.Id)) await sp.web.siteGroups.getByName(GROUPS.admins.title).users.add(me.LoginName);
}
