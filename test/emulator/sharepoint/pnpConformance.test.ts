/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-users';
import '@pnp/sp/site-groups';
import '@pnp/sp/batching';
import { PermissionKind } from '@pnp/sp/security';
import { newEmulator, spAs, upnWithRole } from '../../support/overEmulator';
import { bigList } from '../../support/bigList';
import { httpStatus as statusOf } from '../../support/results';

const HR = upnWithRole('hrAdmin');
const TA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const OTHER_TA = 'hannah.wright@riversideprimary.onmicrosoft.com';



describe('the SharePoint emulator, called by the real @pnp/sp v4', () => {
  it('refuses a request with nobody signed in (401)', async () => {
    const emulator = newEmulator();

    const response = await emulator.handle({ method: 'GET', url: 'http://127.0.0.1:5173/sites/staff-appraisal/_api/web', headers: {} });

    expect(response.status).toBe(401);
  });

  it('refuses breakroleinheritance to someone without Manage Permissions (403), and allows it to an owner', async () => {
    const emulator = newEmulator();
    await spAs(emulator, HR).web.lists.add('Notes', '', 100);
    await spAs(emulator, HR).web.siteGroups.getById(emulator.state.sharepoint.memberGroupId).users.add(`i:0#.f|membership|${TA}`);

    expect(await statusOf(spAs(emulator, TA).web.lists.getByTitle('Notes').breakRoleInheritance(false))).toBe(403);
    expect(await statusOf(spAs(emulator, HR).web.lists.getByTitle('Notes').breakRoleInheritance(false))).toBe(200);
  });

  it('throttles a filter on an un-indexed column over 5,000 items (500 SPQueryThrottledException), not an indexed one', async () => {
    const emulator = newEmulator();
    await bigList(emulator, 6000);
    const items = spAs(emulator, HR).web.lists.getByTitle('Big').items;

    const refused = await items.filter("Unindexed eq 'x'").top(10)().catch((e: { status: number; response: Response }) => e);
    const allowed: unknown[] = await items.filter("Category eq 'odd' and Unindexed eq 'x'").top(10)();

    expect((refused as { status: number }).status).toBe(500);
    expect(JSON.stringify(await (refused as { response: Response }).response.json())).toContain('SPQueryThrottledException');
    expect(allowed).toHaveLength(10);
  });

  it('refuses $top over 5,000', async () => {
    const emulator = newEmulator();
    await bigList(emulator, 10);

    expect(await statusOf(spAs(emulator, HR).web.lists.getByTitle('Big').items.top(5001)())).toBe(500);
  });

  it('pages past 5,000 items with odata.nextLink', async () => {
    const emulator = newEmulator();
    await bigList(emulator, 6000);
    let seen = 0;

    for await (const page of spAs(emulator, HR).web.lists.getByTitle('Big').items.select('Id').top(5000))
      seen += (page as unknown[]).length;

    expect(seen).toBe(6000);
  });

  it("finds Title eq 'O''Neill' (quotes doubled)", async () => {
    const emulator = newEmulator();
    const list = await bigList(emulator, 10);
    list.items[3].values.Title = "O'Neill";

    const found: Array<{ Id: number }> = await spAs(emulator, HR).web.lists.getByTitle('Big').items.filter("Title eq 'O''Neill'")();

    expect(found.map((i) => i.Id)).toEqual([4]);
  });

  it('refuses an update with a stale ETag (412) and accepts the current one', async () => {
    const emulator = newEmulator();
    const sp = spAs(emulator, HR);
    await sp.web.lists.add('Notes', '', 100);
    const added: { Id: number } = await sp.web.lists.getByTitle('Notes').items.add({ Title: 'first' });
    const item = sp.web.lists.getByTitle('Notes').items.getById(added.Id);
    await item.update({ Title: 'second' }, '"1"');

    expect(await statusOf(item.update({ Title: 'third' }, '"1"'))).toBe(412);
    // Something that only starts like the current ETag names no version: refused too.
    expect(await statusOf(item.update({ Title: 'third' }, '"2"-not-a-token'))).toBe(412);
    expect(await statusOf(item.update({ Title: 'third' }, '"2"'))).toBe(200);
  });

  it('trims results to what the user may read and answers 404 on direct access', async () => {
    const emulator = newEmulator();
    const sp = spAs(emulator, HR);
    await sp.web.lists.add('Records', '', 100);
    const records = sp.web.lists.getByTitle('Records');
    const mine: { Id: number } = await records.items.add({ Title: 'Aisha' });
    const theirs: { Id: number } = await records.items.add({ Title: 'Hannah' });
    const aisha = await sp.web.ensureUser(TA);
    await sp.web.ensureUser(OTHER_TA);
    await records.items.getById(mine.Id).breakRoleInheritance(true);
    await records.items.getById(mine.Id).roleAssignments.add(aisha.Id, 1073741827);
    await records.items.getById(theirs.Id).breakRoleInheritance(false);

    const seen: Array<{ Title: string }> = await spAs(emulator, TA).web.lists.getByTitle('Records').items();

    expect(seen.map((i) => i.Title)).toEqual(['Aisha']);
    expect(await statusOf(spAs(emulator, TA).web.lists.getByTitle('Records').items.getById(theirs.Id)())).toBe(404);
    expect(await statusOf(spAs(emulator, OTHER_TA).web.lists.getByTitle('Records').items())).toBe(403);
  });

  it('reports effective permissions as SharePoint encodes them', async () => {
    const emulator = newEmulator();

    const owner = await spAs(emulator, HR).web.currentUserHasPermissions(PermissionKind.ManagePermissions);
    const perms = await spAs(emulator, HR).web.getCurrentUserEffectivePermissions();

    expect(owner).toBe(true);
    expect(perms).toMatchObject({ High: '2147483647', Low: '4294967295' });
  });

  it('answers a $batch of reads and writes in order, as one round trip', async () => {
    const emulator = newEmulator();
    const sp = spAs(emulator, HR);
    await sp.web.lists.add('Notes', '', 100);
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Notes');
    const a = list.items.add({ Title: 'a' });
    const b = list.items.add({ Title: 'b' });
    const info = list.select('Title')();
    const mark = emulator.log.mark();

    await execute();

    expect(emulator.log.since(mark)).toHaveLength(1);
    expect(emulator.log.since(mark)[0].batchParts).toBe(3);
    expect(await a).toMatchObject({ Title: 'a', Id: 1 });
    expect(await b).toMatchObject({ Title: 'b', Id: 2 });
    expect(await info).toMatchObject({ Title: 'Notes' });
  });
});

describe('the list-view threshold on an indexed column', () => {
  it('still refuses a first clause that alone selects more than 5,000 items', async () => {
    const emulator = newEmulator();
    await bigList(emulator, 12000);

    const refused = await statusOf(spAs(emulator, HR).web.lists.getByTitle('Big').items.filter("Category eq 'odd'").top(10)());

    expect(refused).toBe(500);
  });
});
