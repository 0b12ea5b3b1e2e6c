/**
 * @jest-environment node
 */
import { PLAN } from '../../../src/data/sharepoint/provisioning/plan';
import { provisionSite } from '../../../src/app/provisionSite';
import { newEmulator, servicesAs, spAs, upnWithRole } from '../../support/overEmulator';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';

const noWait = async (): Promise<void> => undefined;
const HR = upnWithRole('hrAdmin');

async function provision(emulator: TenantEmulator, upn = HR): ReturnType<typeof provisionSite> {
  return provisionSite(servicesAs(emulator, upn).provisioner, { onEvent: () => undefined, wait: noWait });
}

describe('site set-up over the emulator', () => {
  it('sets up every list, column, index, group and permission, after which the site is ready', async () => {
    const emulator = newEmulator();

    const result = await provision(emulator);

    expect(result.ok).toBe(true);
    expect(await servicesAs(emulator, HR).site.getStatus()).toEqual({ ok: true, value: { kind: 'ready', schemaVersion: 3 } });
    const sp = spAs(emulator, HR);
    const fields: Array<{ InternalName: string; Indexed: boolean }> = await sp.web.lists.getByTitle('AppraisalRecords').fields.select('InternalName', 'Indexed')();
    expect(fields.filter((f) => f.Indexed).map((f) => f.InternalName)).toEqual(expect.arrayContaining(['StaffKey', 'CycleKey', 'RecordKind', 'ReviewerKey', 'Stage', 'RetainUntil']));
    const list: { ReadSecurity: number; HasUniqueRoleAssignments: boolean } = await sp.web.lists.getByTitle('AppraisalPrivateNotes').select('ReadSecurity', 'HasUniqueRoleAssignments')();
    expect(list).toMatchObject({ ReadSecurity: 2, HasUniqueRoleAssignments: true });
  });

  it('changes nothing when run a second time', async () => {
    const emulator = newEmulator();
    await provision(emulator);
    const before = JSON.stringify(emulator.state.sharepoint.lists.map((l) => [l.title, l.fields.length, l.uniqueRoleAssignments, l.readSecurity]));
    const mark = emulator.log.mark();

    const second = await provision(emulator);

    expect(second).toEqual({ ok: true, value: { stepsRun: 0 } });
    expect(JSON.stringify(emulator.state.sharepoint.lists.map((l) => [l.title, l.fields.length, l.uniqueRoleAssignments, l.readSecurity]))).toBe(before);
    expect(emulator.log.since(mark).filter((e) => e.method !== 'GET')).toHaveLength(1); // only the schema version is written again
  });

  it('resumes where it stopped after SharePoint failed mid-way', async () => {
    const emulator = newEmulator();
    emulator.faults.add({ status: 500, count: 1, match: 'sitegroups', method: 'POST' });

    const first = await provision(emulator);
    const second = await provision(emulator);

    expect(first.ok).toBe(false);
    expect(!first.ok && first.error).toMatchObject({ code: 'stepFailed', step: { id: 'groups' }, error: { code: 'unavailable' } });
    expect(second.ok).toBe(true);
    expect(second.ok && second.value.stepsRun).toBe(PLAN.length - PLAN.findIndex((s) => s.id === 'groups'));
    expect(await servicesAs(emulator, HR).site.getStatus()).toEqual({ ok: true, value: { kind: 'ready', schemaVersion: 3 } });
  });

  it('refuses a teaching assistant and says which rights are missing, creating nothing', async () => {
    const emulator = newEmulator();

    const result = await provision(emulator, 'aisha.begum@riversideprimary.onmicrosoft.com');

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toMatch(/notAllowed|couldNotStart/);
    expect(emulator.state.sharepoint.lists).toEqual([]);
  });
});
