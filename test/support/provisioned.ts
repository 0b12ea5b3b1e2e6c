/** A tenant whose appraisal site has been set up by the HR administrator, through the production provisioner. */
import { provisionSite } from '../../src/app/provisionSite';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { newEmulator, servicesAs, upnWithRole } from './overEmulator';

/** A fresh emulator with the site set up; throws if set-up fails. */
export async function provisionedEmulator(): Promise<TenantEmulator> {
  const emulator = newEmulator();
  const result = await provisionSite(servicesAs(emulator, upnWithRole('hrAdmin')).provisioner, {
    onEvent: () => undefined,
    wait: async () => undefined
  });
  if (!result.ok) throw new Error(`set-up failed: ${JSON.stringify(result.error)}`);
  emulator.log.clear();
  return emulator;
}
