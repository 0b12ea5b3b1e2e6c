/**
 * Turns off sharing by members: SP.Web.MembersCanShare false (learn.microsoft.com Web.MembersCanShare, dn793740),
 * so only owners can share the site or its items. Needs Manage Web.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';

/** Sets MembersCanShare to false if it is not already. */
export async function ensureNoMemberSharing(sp: SPFI): Promise<void> {
  const { MembersCanShare } = await sp.web.select('MembersCanShare')<{ MembersCanShare: boolean }>();
  if (MembersCanShare !== false) await sp.web.update({ MembersCanShare: false });
}
