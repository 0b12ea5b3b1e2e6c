/**
 * @jest-environment node
 *
 * The emulator's security model where SharePoint Online is easy to get wrong: custom role definitions with exact
 * permission bits, the recycle bin, Author/Editor forged through ValidateUpdateListItem, breakRoleInheritance(false)
 * and MembersCanShare. Every request goes through the real @pnp/sp v4.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import '@pnp/sp/folders';
import '@pnp/sp/recycle-bin';
import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { newEmulator, spAs, upnWithRole } from '../../support/overEmulator';
import { basePermissionsOf } from '../../../src/data/sharepoint/roleIds';
import { httpStatus as statusOf } from '../../support/results';

const HR = upnWithRole('hrAdmin');
const TA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const OTHER_TA = 'hannah.wright@riversideprimary.onmicrosoft.com';
const ADD_ONLY = basePermissionsOf([
  PermissionKind.ViewListItems,
  PermissionKind.AddListItems,
  PermissionKind.OpenItems,
  PermissionKind.ViewPages,
  PermissionKind.Open,
  PermissionKind.UseRemoteAPIs
]);


/** A list 'Notes' with its own permissions: the two TAs get `roleDefId` (HR keeps Full Control as its breaker). */
async function notesWith(emulator: TenantEmulator, roleDefId: number, readSecurity = 1): Promise<SPFI> {
  const sp = spAs(emulator, HR);
  await sp.web.lists.add('Notes', '', 100, false, { EnableFolderCreation: true });
  if (readSecurity !== 1) await sp.web.lists.getByTitle('Notes').update({ ReadSecurity: readSecurity, WriteSecurity: readSecurity });
  await sp.web.lists.getByTitle('Notes').breakRoleInheritance(false, false);
  for (const upn of [TA, OTHER_TA])
    await sp.web.lists.getByTitle('Notes').roleAssignments.add((await sp.web.ensureUser(upn)).Id, roleDefId);
  return sp;
}

const titles = async (sp: SPFI): Promise<string[]> =>
  (await sp.web.lists.getByTitle('Notes').items.select('Title')<Array<{ Title: string }>>()).map((i) => i.Title);

describe('role definitions', () => {
  it('lists the built-in ones and finds them by name, id and type', async () => {
    const sp = spAs(newEmulator(), HR);

    const all: Array<{ Name: string }> = await sp.web.roleDefinitions();
    const byName: { Id: number } = await sp.web.roleDefinitions.getByName('Contribute')();
    const byId: { Name: string } = await sp.web.roleDefinitions.getById(1073741826)();
    const byType: { Name: string } = await sp.web.roleDefinitions.getByType(5)();

    expect(all.map((d) => d.Name)).toEqual(expect.arrayContaining(['Full Control', 'Edit', 'Contribute', 'Read']));
    expect([byName.Id, byId.Name, byType.Name]).toEqual([1073741827, 'Read', 'Full Control']);
  });

  it('adds a custom one only for Manage Permissions, refuses a duplicate name, and grants exactly its bits', async () => {
    const emulator = newEmulator();
    await spAs(emulator, HR).web.siteGroups.getById(emulator.state.sharepoint.memberGroupId).users.add(`i:0#.f|membership|${TA}`);

    const byMember = await statusOf(spAs(emulator, TA).web.roleDefinitions.add('Add only', '', 200, ADD_ONLY));
    const added = await spAs(emulator, HR).web.roleDefinitions.add('Add only', 'Add, never edit', 200, ADD_ONLY);
    const duplicate = await statusOf(spAs(emulator, HR).web.roleDefinitions.add('add ONLY', '', 201, ADD_ONLY));
    await notesWith(emulator, added.data.Id);
    const ta = spAs(emulator, TA).web.lists.getByTitle('Notes');
    const mine: { Id: number } = await ta.items.add({ Title: 'mine' });

    expect([byMember, duplicate]).toEqual([403, 500]);
    expect(added.data).toMatchObject({ Name: 'Add only', BasePermissions: { High: String(ADD_ONLY.High), Low: String(ADD_ONLY.Low) } });
    expect(await statusOf(ta.items.getById(mine.Id).update({ Title: 'changed' }))).toBe(403);
    expect(await statusOf(ta.items.getById(mine.Id).delete())).toBe(403);
    expect(await statusOf(ta.items.getById(mine.Id).recycle())).toBe(403);
  });

  it('keeps custom definitions through the JSON file store', async () => {
    const emulator = newEmulator();
    const added = await spAs(emulator, HR).web.roleDefinitions.add('Add only', '', 200, ADD_ONLY);
    await notesWith(emulator, added.data.Id);

    const reloaded = new TenantEmulator(JSON.parse(JSON.stringify(emulator.state)));

    expect(await statusOf(spAs(reloaded, TA).web.lists.getByTitle('Notes').items.add({ Title: 'after reload' }))).toBe(200);
    expect(await statusOf(spAs(reloaded, TA).web.lists.getByTitle('Notes').items.getById(1).update({ Title: 'x' }))).toBe(403);
  });
});

describe('deleting and the recycle bin', () => {
  it('refuses delete and recycle without Delete Items, with SharePoint\'s access-denied body', async () => {
    const emulator = newEmulator();
    const sp = await notesWith(emulator, 1073741826);
    const item: { Id: number } = await sp.web.lists.getByTitle('Notes').items.add({ Title: 'kept' });

    const response = await emulator.handle({
      method: 'POST', url: `http://127.0.0.1:5173/sites/staff-appraisal/_api/web/lists/getByTitle('Notes')/items(${item.Id})/recycle()`,
      headers: { 'x-emulator-user': TA, accept: 'application/json' }
    });

    expect(response.status).toBe(403);
    expect(JSON.parse(String(response.body))['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect(await statusOf(spAs(emulator, TA).web.lists.getByTitle('Notes').items.getById(item.Id).delete())).toBe(403);
  });

  it('recycles a folder with its contents out of every read; only the deleter sees and restores it', async () => {
    const emulator = newEmulator();
    const sp = await notesWith(emulator, 1073741827);
    const list = spAs(emulator, TA).web.lists.getByTitle('Notes');
    await list.rootFolder.folders.addUsingPath('F1');
    const { ServerRelativeUrl } = await list.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'inside' }], `${ServerRelativeUrl}/F1`);
    const folder = await list.rootFolder.folders.getByUrl('F1').getItem<{ Id: number }>('Id');

    const recycled: unknown = await list.items.getById(folder.Id).recycle();
    const id = typeof recycled === 'string' ? recycled : (recycled as { value: string }).value;

    expect(await titles(spAs(emulator, TA))).toEqual([]);
    expect(await titles(sp)).toEqual([]);
    expect(((await spAs(emulator, TA).web.recycleBin()) as Array<{ Id: string; ItemType: number }>).map((e) => [e.Id, e.ItemType])).toEqual(
      [[id, 5]]
    );
    expect(await spAs(emulator, HR).web.recycleBin()).toEqual([]); // a site owner is not a site collection administrator
    expect(await statusOf(spAs(emulator, HR).web.recycleBin.getById(id).restore())).toBe(404);
    await spAs(emulator, TA).web.recycleBin.getById(id).restore();
    expect((await titles(sp)).sort()).toEqual(['F1', 'inside']);
  });

  it('deletes for good with DELETE: nothing goes to the recycle bin', async () => {
    const emulator = newEmulator();
    await notesWith(emulator, 1073741827);
    const list = spAs(emulator, TA).web.lists.getByTitle('Notes');
    const item: { Id: number } = await list.items.add({ Title: 'gone' });

    await list.items.getById(item.Id).delete();

    expect(await titles(spAs(emulator, TA))).toEqual([]);
    expect(await spAs(emulator, TA).web.recycleBin()).toEqual([]);
  });
});

describe('Author and Editor are not evidence', () => {
  it('lets a Contribute user create an item as someone else, which then counts as theirs under ReadSecurity 2', async () => {
    const emulator = newEmulator();
    await notesWith(emulator, 1073741827, 2);
    const list = spAs(emulator, TA).web.lists.getByTitle('Notes');
    const { ServerRelativeUrl } = await list.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();

    await list.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: 'planted' },
        { FieldName: 'Author', FieldValue: `[{'Key':'i:0#.f|membership|${OTHER_TA}'}]` }
      ],
      ServerRelativeUrl
    );

    expect(await titles(spAs(emulator, OTHER_TA))).toEqual(['planted']);
    expect(await titles(spAs(emulator, TA))).toEqual([]);
  });

  it('lets an editor rewrite Author, Editor, Created and Modified with ValidateUpdateListItem, but not without Edit', async () => {
    const emulator = newEmulator();
    const sp = await notesWith(emulator, 1073741827);
    const mine: { Id: number } = await spAs(emulator, TA).web.lists.getByTitle('Notes').items.add({ Title: 'mine' });
    const other: { Id: number } = await sp.web.lists.getByTitle('Notes').items.add({ Title: 'HR' });
    await sp.web.lists.getByTitle('Notes').items.getById(other.Id).breakRoleInheritance(false, false);

    await spAs(emulator, TA).web.lists.getByTitle('Notes').items.getById(mine.Id).validateUpdateListItem([
      { FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${OTHER_TA}` }]) },
      { FieldName: 'Editor', FieldValue: `[{'Key':'i:0#.f|membership|${OTHER_TA}'}]` },
      { FieldName: 'Created', FieldValue: '01/09/2025 09:00' },
      { FieldName: 'Modified', FieldValue: '2025-09-02T10:00:00Z' }
    ]);
    const item: { AuthorId: number; EditorId: number; Created: string; Modified: string } = await sp.web.lists
      .getByTitle('Notes')
      .items.getById(mine.Id)();
    const otherId = (await sp.web.ensureUser(OTHER_TA)).Id;

    expect(item).toMatchObject({ AuthorId: otherId, EditorId: otherId, Created: '2025-09-01T09:00:00Z', Modified: '2025-09-02T10:00:00Z' });
    expect(
      await statusOf(
        spAs(emulator, TA)
          .web.lists.getByTitle('Notes')
          .items.getById(other.Id)
          .validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'x' }])
      )
    ).toBe(404);
  });
});

describe('breaking inheritance and sharing', () => {
  it('leaves only the caller, with Full Control, after breakRoleInheritance(false)', async () => {
    const emulator = newEmulator();
    const sp = spAs(emulator, HR);
    await sp.web.lists.add('Notes', '', 100);

    await sp.web.lists.getByTitle('Notes').breakRoleInheritance(false, false);
    const assignments: Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> }> = await sp.web.lists
      .getByTitle('Notes')
      .roleAssignments.expand('RoleDefinitionBindings')();

    expect(assignments.map((a) => [a.PrincipalId, a.RoleDefinitionBindings.map((r) => r.Name)])).toEqual([
      [(await sp.web.currentUser()).Id, ['Full Control']]
    ]);
  });

  it('reads MembersCanShare and lets only Manage Web turn it off', async () => {
    const emulator = newEmulator();
    await spAs(emulator, HR).web.siteGroups.getById(emulator.state.sharepoint.memberGroupId).users.add(`i:0#.f|membership|${TA}`);

    const before: { MembersCanShare: boolean } = await spAs(emulator, TA).web.select('MembersCanShare')();
    const byMember = await statusOf(spAs(emulator, TA).web.update({ MembersCanShare: false }));
    await spAs(emulator, HR).web.update({ MembersCanShare: false });
    const after: { MembersCanShare: boolean } = await spAs(emulator, TA).web.select('MembersCanShare')();

    expect([before.MembersCanShare, byMember, after.MembersCanShare]).toEqual([true, 403, false]);
  });
});
