/**
 * @jest-environment node
 */
/**
 * Only a group's owner (or a site collection admin) may change who is in it, and SharePoint makes whoever created a
 * group its owner. Set-up hands each product group to Appraisal Administrators, so the second administrator (here the
 * headteacher, after HR ran set-up) can do every admin action; nobody else gains anything.
 */
import personas from '../../../fixtures/tenant/personas.json';
import { USER_HEADER } from '../../../emulator/core/userHeader';
import { provisionedEmulator } from '../../support/provisioned';
import { SITE_URL, servicesAs, upnWithRole } from '../../support/overEmulator';

const governor = personas.people.find((p) => p.roles.includes('governor'))!;
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'))!;
const head = upnWithRole('head');

describe('group ownership after set-up', () => {
  it('lets a second administrator manage governors in a group HR created', async () => {
    const emulator = await provisionedEmulator();
    const admins = emulator.state.sharepoint.groups.find((g) => g.title === 'Appraisal Administrators')!;
    const byHr = await emulator.handle({
      method: 'POST',
      url: `${SITE_URL}/_api/web/sitegroups/getById(${admins.id})/users`,
      headers: { [USER_HEADER]: upnWithRole('hrAdmin'), accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ LoginName: `i:0#.f|membership|${head}` })
    });
    expect(byHr.status).toBe(201); // HR makes the head a second administrator, as in People and Groups
    const headAdmin = servicesAs(emulator, head).governors;

    const added = await headAdmin.add(governor.upn);
    const listed = await headAdmin.list();

    expect(added.ok).toBe(true);
    expect(listed.ok && listed.value.map((m) => m.name)).toEqual([governor.displayName]);
    if (added.ok) expect((await headAdmin.remove(added.value.id)).ok).toBe(true);
  });

  it('makes Appraisal Administrators the owner of each group, and keeps the roster and governors visible to members only', async () => {
    const emulator = await provisionedEmulator();

    const groups = emulator.state.sharepoint.groups.filter((g) => g.title.startsWith('Appraisal '));
    const admins = groups.find((g) => g.title === 'Appraisal Administrators')!;

    expect(groups.map((g) => [g.title, g.ownerId === admins.id, g.onlyAllowMembersViewMembership])).toEqual([
      ['Appraisal Administrators', true, false],
      ['Appraisal Users', true, true],
      ['Appraisal Governors', true, true],
      ['Appraisal Data Protection', true, true],
      ['Appraisal Trust Administrators', true, true]
    ]);
  });

  it('refuses a reviewer adding themself, reading the governors, or taking a group over', async () => {
    const emulator = await provisionedEmulator();
    const governors = emulator.state.sharepoint.groups.find((g) => g.title === 'Appraisal Governors')!;
    const me = emulator.state.sharepoint.users.find((u) => u.upn === tom.upn) ?? { id: 0 };
    const as = (method: string, path: string, body?: string): ReturnType<typeof emulator.handle> =>
      emulator.handle({
        method,
        url: `${SITE_URL}/_api/${path}`,
        headers: { [USER_HEADER]: tom.upn, accept: 'application/json', 'content-type': 'application/json' },
        body
      });

    const add = await as(
      'POST',
      `web/sitegroups/getById(${governors.id})/users`,
      JSON.stringify({ LoginName: `i:0#.f|membership|${tom.upn}` })
    );
    const read = await as('GET', `web/sitegroups/getById(${governors.id})/users`);
    const takeOver = await as('POST', `web/sitegroups/getById(${governors.id})/SetUserAsOwner(${me.id})`);

    expect([add.status, read.status, takeOver.status]).toEqual([403, 403, 403]);
    expect(governors.memberIds).toEqual([]);
  });

  it('a site owner who does not own a group is refused changing it (the emulator is no kinder than SharePoint)', async () => {
    const emulator = await provisionedEmulator();
    const users = emulator.state.sharepoint.groups.find((g) => g.title === 'Appraisal Users')!;
    const hr = emulator.state.sharepoint.users.find((u) => u.upn === upnWithRole('hrAdmin'))!;
    users.ownerId = hr.id; // as set-up left it before version 3: owned by the person who ran it
    const response = await emulator.handle({
      method: 'POST',
      url: `${SITE_URL}/_api/web/sitegroups/getById(${users.id})/users`,
      headers: { [USER_HEADER]: head, accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ LoginName: `i:0#.f|membership|${tom.upn}` })
    });

    expect(response.status).toBe(403);
  });
});
