/**
 * @jest-environment node
 *
 * Upgrading a site set up at schema version 1 to version 2: only the new steps run, and afterwards the site's
 * permissions are exactly those of a site set up at version 2 from the start.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import { provisionSite } from '../../../src/app/provisionSite';
import { openCycle } from '../../../src/app/openCycle';
import { cycleContaining } from '../../../src/domain';
import { PLAN } from '../../../src/data/sharepoint/provisioning/plan';
import { GROUPS, SCHEMA_VERSION } from '../../../src/data/sharepoint/schema';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { roleDefinitionsOf } from '../../../emulator/sharepoint/roles';
import type { RoleAssignment, SpState } from '../../../emulator/sharepoint/state';
import { newEmulator, servicesAs, spAs, upnWithRole } from '../../support/overEmulator';
import { importSeededRoster } from '../../support/seededRoster';
import { importRosterAsV1, openAsV1, provisionV1 } from '../../support/v1Site';
import { isoDate } from '../../support/builders';

const HR = upnWithRole('hrAdmin');
const SET_UP_BY = 'lee.walsh@riversideprimary.onmicrosoft.com';
const STAFF = ['aisha.begum@riversideprimary.onmicrosoft.com', 'hannah.wright@riversideprimary.onmicrosoft.com'];
const noWait = { onEvent: (): void => undefined, wait: async (): Promise<void> => undefined };

/** A fresh tenant where a staff member who is a site owner for the day runs set-up, then stops being one. */
async function tenantSetUpBy(run: (emulator: TenantEmulator) => Promise<void>): Promise<TenantEmulator> {
  const emulator = newEmulator();
  const owners = spAs(emulator, HR).web.siteGroups.getById(emulator.state.sharepoint.ownerGroupId).users;
  await owners.add(`i:0#.f|membership|${SET_UP_BY}`);
  await run(emulator);
  // Only a group's owner may change its members, and a group is owned by whoever created it: the person who set up
  // the site adds HR and hands the groups to Appraisal Administrators before leaving (what version 3's set-up does).
  const groups = spAs(emulator, SET_UP_BY).web.siteGroups;
  await groups.getByName('Appraisal Administrators').users.add(`i:0#.f|membership|${HR}`);
  const adminsId = (await groups.getByName('Appraisal Administrators').select('Id')<{ Id: number }>()).Id;
  // (The version 1 stand-in creates today's groups, Appraisal Data Protection included; all are handed over.)
  for (const { title } of Object.values(GROUPS)) await groups.getByName(title).setUserAsOwner(adminsId);
  await spAs(emulator, HR).web.siteGroups.getByName('Appraisal Administrators').users.removeByLoginName(`i:0#.f|membership|${SET_UP_BY}`);
  await owners.removeByLoginName(`i:0#.f|membership|${SET_UP_BY}`);
  return emulator;
}

/** Who holds which permission level on every list and folder, by principal and level name. */
function permissions(state: SpState): Record<string, string[]> {
  const roles = roleDefinitionsOf(state);
  const describe = (scope: RoleAssignment[]): string[] =>
    scope.flatMap((a) => {
      const who = state.users.find((u) => u.id === a.principalId)?.upn ?? state.groups.find((g) => g.id === a.principalId)?.title;
      return a.roleDefIds.map((id) => `${who}: ${roles.find((r) => r.id === id)?.name}`);
    }).sort();
  const out: Record<string, string[]> = {};
  for (const list of state.lists) {
    out[list.title] = describe(list.uniqueRoleAssignments ?? []);
    for (const item of list.items)
      if (item.uniqueRoleAssignments) out[`${list.title}/${item.fileLeafRef}`] = describe(item.uniqueRoleAssignments);
  }
  const levels = roles.filter((r) => r.roleTypeKind === 0).map((r) => `${r.name} ${r.high}/${r.low}`);
  return { ...out, levels, sharing: [String(state.membersCanShare)] };
}

async function upgradedV1Site(): Promise<TenantEmulator> {
  return tenantSetUpBy(async (emulator) => {
    await provisionV1(emulator, SET_UP_BY);
    // Before version 3 only the person who ran set-up owned the groups, so they open the records (SharePoint refuses HR).
    await openAsV1(emulator, SET_UP_BY, await importRosterAsV1(emulator, HR, STAFF));
  });
}

describe('upgrading a version 1 site', () => {
  it('runs only the steps added since version 1', async () => {
    const emulator = await upgradedV1Site();
    const provisioner = servicesAs(emulator, HR).provisioner;

    const pending = await provisioner.pendingSteps();
    const result = await provisionSite(servicesAs(emulator, HR).provisioner, noWait);

    expect(pending.ok && pending.value.map((s) => s.id)).toEqual(PLAN.filter((s) => s.since >= 2).map((s) => s.id));
    expect(result).toEqual({ ok: true, value: { stepsRun: PLAN.filter((s) => s.since >= 2).length } });
    expect(await servicesAs(emulator, HR).site.getStatus()).toEqual({ ok: true, value: { kind: 'ready', schemaVersion: SCHEMA_VERSION } });
  });

  it('ends with the same permissions as a site set up at version 2, and the former set-up user keeps nothing', async () => {
    const upgraded = await upgradedV1Site();
    const stillThere = await spAs(upgraded, SET_UP_BY)
      .web.lists.getByTitle('AppraisalAudit')
      .items.select('Id')()
      .then(
        () => 200,
        (e: { status: number }) => e.status
      );
    await provisionSite(servicesAs(upgraded, HR).provisioner, noWait);
    const fresh = await tenantSetUpBy(async (emulator) => {
      const setUp = await provisionSite(servicesAs(emulator, SET_UP_BY).provisioner, noWait);
      if (!setUp.ok) throw new Error(JSON.stringify(setUp.error));
    });
    const roster = await importSeededRoster(fresh, STAFF);
    const opened = await openCycle(
      roster,
      servicesAs(fresh, HR).records,
      cycleContaining(isoDate('2026-11-24'), 4),
      6,
      isoDate('2026-11-24'),
      { wait: async () => undefined, onProgress: () => undefined }
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));

    expect(stillThere).toBe(200); // version 1 left the set-up user Full Control of their own
    expect(permissions(upgraded.state.sharepoint)).toEqual(permissions(fresh.state.sharepoint));
    expect(
      await spAs(upgraded, SET_UP_BY)
        .web.lists.getByTitle('AppraisalAudit')
        .items.select('Id')()
        .then(
          () => 200,
          (e: { status: number }) => e.status
        )
    ).toBe(403);
  });
});
