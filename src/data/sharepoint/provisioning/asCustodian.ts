/** Set-up steps on a list in custody run as the data-protection role, once its group exists (before, they need not). */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import { GROUPS } from '../schema';
import { httpStatus } from '../errors';
import { asDataProtection } from '../dataProtection/dataProtectionRole';

/** Runs `work` as Appraisal Data Protection, or directly when set-up has not created that group yet. */
export async function asCustodian(sp: SPFI, work: () => Promise<void>): Promise<void> {
  try {
    await sp.web.siteGroups.getByName(GROUPS.dataProtection.title).select('Id')();
  } catch (error) {
    if (httpStatus(error) === 404) return work();
    throw error;
  }
  return asDataProtection(sp, work);
}
