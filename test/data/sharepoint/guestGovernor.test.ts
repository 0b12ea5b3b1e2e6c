/**
 * @jest-environment node
 *
 * A guest governor (an invited external account: UPN `grace.adeyemi_outlook.com#EXT#@…`, mail the external
 * address) is added by the email HR types, through the login name ensureUser answers — a claim built from the email
 * names nobody in SharePoint. Once added she reads governor reports and nothing else, and the Entra roster import
 * never takes her for staff.
 */
import '@pnp/sp/site-groups';
import personas from '../../../fixtures/tenant/personas.json';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { GROUPS, LISTS } from '../../../src/data/sharepoint/schema';
import { provisionedEmulator } from '../../support/provisioned';
import { servicesAs, spAs, upnWithRole } from '../../support/overEmulator';
import { httpStatus } from '../../support/results';

const guest = personas.people.find((p) => p.upn.includes('#EXT#')) as (typeof personas.people)[number] & { mail: string };
const HR = upnWithRole('hrAdmin');

describe('a guest governor', () => {
  let emulator: TenantEmulator;
  beforeAll(async () => {
    emulator = await provisionedEmulator();
  });

  it('is a guest persona whose UPN is not her email', () => {
    expect(guest.upn).toBe('grace.adeyemi_outlook.com#EXT#@riversideprimary.onmicrosoft.com');
    expect(guest.mail).toBe('grace.adeyemi@outlook.com');
  });

  it('cannot be added by a claim built from her email: SharePoint finds no such login', async () => {
    const group = spAs(emulator, HR).web.siteGroups.getByName(GROUPS.governors.title);

    expect(await httpStatus(group.users.add(`i:0#.f|membership|${guest.mail}`))).toBe(500);
  });

  it('is added by the email HR types, and listed with her name and email', async () => {
    const hr = servicesAs(emulator, HR).governors;

    const added = await hr.add(guest.mail);

    expect(added).toEqual({ ok: true, value: { id: expect.any(Number), name: 'Grace Adeyemi', email: guest.mail } });
    const users = await spAs(emulator, HR).web.siteGroups.getByName(GROUPS.governors.title).users.select('LoginName')<Array<{ LoginName: string }>>();
    expect(users.map((u) => u.LoginName)).toEqual([`i:0#.f|membership|${guest.upn}`]);
  });

  it('then reads governor reports, and no appraisal record', async () => {
    expect(await servicesAs(emulator, guest.upn).governorReports.listPublished()).toEqual({ ok: true, value: [] });
    // A list one may not see answers as if it were not there (404), or 403.
    expect([403, 404]).toContain(await httpStatus(spAs(emulator, guest.upn).web.lists.getByTitle(LISTS.records.title).items()));
    expect([403, 404]).toContain(await httpStatus(spAs(emulator, guest.upn).web.lists.getByTitle(LISTS.roster.title).items()));
  });

  it('cannot add herself or anyone else as a governor', async () => {
    const added = await servicesAs(emulator, guest.upn).governors.add('peter.moss@riversideprimary.onmicrosoft.com');

    expect(!added.ok && added.error.code).toBe('accessDenied');
  });

  it('is never taken for staff by the roster import from Entra ID', async () => {
    const people = await servicesAs(emulator, HR).directory.listPeopleWithManagers();

    expect(people.ok).toBe(true);
    if (people.ok) expect(people.value.map((p) => p.upn)).not.toContain(guest.upn);
    if (people.ok) expect(people.value).toHaveLength(personas.people.length - 1);
  });
});
