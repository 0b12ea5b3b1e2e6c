/** Ensures the three appraisal groups exist and that whoever runs set-up is an administrator. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { GROUPS, type GroupKey } from '../schema';
import { httpStatus } from '../errors';
import { inBatches } from '../batches';

/** Site group ids by key, creating missing groups: every group read in one `$batch`, then any missing one made. */
export async function ensureGroups(sp: SPFI): Promise<Record<GroupKey, number>> {
  const keys = Object.keys(GROUPS) as GroupKey[];
  const found = await inBatches(sp, keys, (b, key) => b.web.siteGroups.getByName(GROUPS[key].title).select('Id')<{ Id: number }>());
  const ids = {} as Record<GroupKey, number>;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const o = found[i];
    if (o.status === 'fulfilled') ids[key] = o.value.Id;
    else if (httpStatus(o.reason) !== 404) throw o.reason;
    else ids[key] = (await sp.web.siteGroups.add({ Title: GROUPS[key].title, Description: GROUPS[key].description })).Id;
  }
  return ids;
}

/** Puts the signed-in user in Appraisal Administrators, so they keep access once lists stop inheriting. */
export async function ensureCurrentUserIsAdmin(sp: SPFI): Promise<void> {
  const me = await sp.web.currentUser.select('Id', 'LoginName')<{ Id: number; LoginName: string }>();
  const members = await sp.web.siteGroups.getByName(GROUPS.admins.title).users.select('Id')<Array<{ Id: number }>>();
  if (!members.some((m) => m.Id === me.Id)) await sp.web.siteGroups.getByName(GROUPS.admins.title).users.add(me.LoginName);
}
