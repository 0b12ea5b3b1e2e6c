/**
 * @jest-environment node
 *
 * The trust's list of school sites is a setting on the trust's own site: administrators change it, governors (trust
 * board members) read it and SharePoint refuses their writes.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { LISTS, SETTING_KEYS } from '../../../src/data/sharepoint/schema';
import { provisionedEmulator } from '../../support/provisioned';
import { servicesAs, spAs, upnWithRole } from '../../support/overEmulator';

const HR = upnWithRole('hrAdmin');
const GOVERNOR = upnWithRole('governor');
const A = 'https://trust.sharepoint.com/sites/school-01';
const B = 'https://trust.sharepoint.com/sites/school-02';

describe('SpTrustSites', () => {
  let emulator: TenantEmulator;
  beforeEach(async () => {
    emulator = await provisionedEmulator();
    expect((await servicesAs(emulator, HR).governors.add(GOVERNOR)).ok).toBe(true);
  }, 60000);

  it('is empty on a site that is not a trust’s, and keeps what an administrator saves, each site once', async () => {
    const hr = servicesAs(emulator, HR).trustSites;
    expect(await hr.list()).toEqual({ ok: true, value: [] });

    expect(await hr.save([A, `${B}/`, 'HTTPS://TRUST.SHAREPOINT.COM/sites/school-01'])).toEqual({ ok: true, value: [A, B] });
    expect(await servicesAs(emulator, GOVERNOR).trustSites.list()).toEqual({ ok: true, value: [A, B] });
  });

  it('refuses an entry that is not a site collection URL, saving nothing', async () => {
    const hr = servicesAs(emulator, HR).trustSites;

    expect(await hr.save([A, 'https://trust.sharepoint.com/Shared Documents/x.docx'])).toEqual({
      ok: false,
      error: { code: 'invalidSiteUrl', url: 'https://trust.sharepoint.com/Shared Documents/x.docx' }
    });
    expect(await hr.list()).toEqual({ ok: true, value: [] });
  });

  it('a governor cannot change the list: SharePoint refuses the write, through the adapter and straight to REST', async () => {
    await servicesAs(emulator, HR).trustSites.save([A]);

    expect(await servicesAs(emulator, GOVERNOR).trustSites.save([B])).toEqual({ ok: false, error: { code: 'accessDenied' } });
    const items = spAs(emulator, GOVERNOR).web.lists.getByTitle(LISTS.settings.title).items;
    await expect(items.add({ Title: SETTING_KEYS.trustSites, SettingValue: JSON.stringify([B]) })).rejects.toMatchObject({ status: 403 });
    expect(await servicesAs(emulator, HR).trustSites.list()).toEqual({ ok: true, value: [A] });
  });

  it('a value edited by hand into something else is malformed, not a list of sites', async () => {
    await servicesAs(emulator, HR).trustSites.save([A]);
    const list = spAs(emulator, HR).web.lists.getByTitle(LISTS.settings.title);
    const [item] = await list.items.filter(`Title eq '${SETTING_KEYS.trustSites}'`)<Array<{ Id: number }>>();
    await list.items.getById(item.Id).update({ SettingValue: '["javascript:alert(1)"]' });

    expect(await servicesAs(emulator, HR).trustSites.list()).toMatchObject({
      ok: false,
      error: { code: 'malformed', field: SETTING_KEYS.trustSites }
    });
  });
});
