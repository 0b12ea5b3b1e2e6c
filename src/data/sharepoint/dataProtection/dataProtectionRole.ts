/**
 * The Appraisal Data Protection group: the only principal with standing rights on private notes, and nobody's group at
 * rest. A flow that needs those rights (set-up of the notes list, handover to custody, a subject-access bundle) adds
 * the administrator running it for the length of the step and removes them again, even when the step fails.
 * Administrators manage the site's groups, so SharePoint cannot stop one from joining by hand; that join is visible in
 * the group's membership and SharePoint's audit log, and the product's own uses are in the appraisal audit.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { GROUPS } from '../schema';

/** Runs `work` as a member of Appraisal Data Protection, leaving the group afterwards unless already a member. */
export async function asDataProtection<T>(sp: SPFI, work: () => Promise<T>): Promise<T> {
  const me = await sp.web.currentUser.select('Id', 'LoginName')<{ Id: number; LoginName: string }>();
  const users = sp.web.siteGroups.getByName(GROUPS.dataProtection.title).users;
  const already = (await users.select('Id')<Array<{ Id: number }>>()).some((u) => u.Id === me.Id);
  if (!already) await users.add(me.LoginName);
  try {
    return await work();
  } finally {
    if (!already) await users.removeById(me.Id);
  }
}

/** The group's id. */
export async function dataProtectionGroupId(sp: SPFI): Promise<number> {
  return (await sp.web.siteGroups.getByName(GROUPS.dataProtection.title).select('Id')<{ Id: number }>()).Id;
}
