/**
 * @jest-environment node
 *
 * The workbench's trust seed: reset with seed=trust on the workbench's origin, and the trust's settings list 20 school
 * sites on that origin, each answering its own API with its school's name.
 */
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { seedTenant } from '../../fixtures/tenant/school';
import { seedTrust } from '../../fixtures/tenant/trustSeed';
import { servicesAs, upnWithRole } from '../support/overEmulator';

it('seeds the trust: 20 school sites on the reset request\'s origin, listed in the trust\'s settings', async () => {
  const emulator = new TenantEmulator(seedTenant(), { reset: seedTenant, seeds: { trust: (e, origin) => seedTrust(e, origin) } });

  const reset = await emulator.handle({ method: 'POST', url: 'http://127.0.0.1:5195/_emulator/reset?seed=trust', headers: {} });

  expect(reset.status).toBeLessThan(300);
  const sites = await servicesAs(emulator, upnWithRole('governor')).trustSites.list();
  if (!sites.ok) throw new Error(JSON.stringify(sites.error));
  expect(sites.value).toHaveLength(20);
  expect(sites.value[0]).toBe('http://127.0.0.1:5195/sites/school-01');
  const web = await emulator.handle({
    method: 'GET',
    url: `${sites.value[19]}/_api/web?$select=Title`,
    headers: { 'x-emulator-user': 'trust.admin@riversideprimary.onmicrosoft.com', accept: 'application/json;odata=nometadata' }
  });
  expect(JSON.parse(String(web.body))).toMatchObject({ Title: 'Thornbury Academy' });
}, 120000);
