/**
 * @jest-environment node
 */
import { SCHEMA_VERSION } from '../../../src/data/sharepoint/schema';
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
    expect(await servicesAs(emulator, HR).site.getStatus()).toEqual({ ok: true, value: { kind: 'ready', schemaVersion: SCHEMA_VERSION } });
    const sp = spAs(emulator, HR);
    const fields: Array<{ InternalName: string; Indexed: boolean }> = await sp.web.lists
      .getByTitle('AppraisalRecords')
      .fields.select('InternalName', 'Indexed')();
    expect(fields.filter((f) => f.Indexed).map((f) => f.InternalName)).toEqual(
      expect.arrayContaining(['StaffKey', 'CycleKey', 'RecordKind', 'ReviewerKey', 'Stage', 'RetainUntil'])
    );
    // Private notes are in custody: HR, who ran set-up, cannot even see the list; only the data-protection role holds it.
    await expect(sp.web.lists.getByTitle('AppraisalPrivateNotes').select('ReadSecurity')()).rejects.toMatchObject({ status: 404 });
    const state = emulator.state.sharepoint;
    const notes = state.lists.find((l) => l.title === 'AppraisalPrivateNotes');
    const holders = (notes?.uniqueRoleAssignments ?? []).map(
      (a) => state.groups.find((g) => g.id === a.principalId)?.title ?? `user ${a.principalId}`
    );
    expect({ readSecurity: notes?.readSecurity, holders: holders.sort() }).toEqual({
      readSecurity: 2,
      holders: ['Appraisal Data Protection', 'Appraisal Users']
    });
    expect(state.groups.find((g) => g.title === 'Appraisal Data Protection')?.memberIds).toEqual([]);
  });

  it('changes nothing when run a second time', async () => {
    const emulator = newEmulator();
    await provision(emulator);
    const before = JSON.stringify(
      emulator.state.sharepoint.lists.map((l) => [l.title, l.fields.length, l.uniqueRoleAssignments, l.readSecurity])
    );
    const mark = emulator.log.mark();

    const second = await provision(emulator);

    expect(second).toEqual({ ok: true, value: { stepsRun: 0 } });
    expect(
      JSON.stringify(emulator.state.sharepoint.lists.map((l) => [l.title, l.fields.length, l.uniqueRoleAssignments, l.readSecurity]))
    ).toBe(before);
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
    expect(second.ok && second.value.stepsRun).toBeLessThan(first.ok ? 0 : PLAN.length);
    expect(await servicesAs(emulator, HR).site.getStatus()).toEqual({ ok: true, value: { kind: 'ready', schemaVersion: SCHEMA_VERSION } });
  });

  it('refuses a teaching assistant and says which rights are missing, creating nothing', async () => {
    const emulator = newEmulator();

    const result = await provision(emulator, 'aisha.begum@riversideprimary.onmicrosoft.com');

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toMatch(/notAllowed|couldNotStart/);
    expect(emulator.state.sharepoint.lists).toEqual([]);
  });
});
