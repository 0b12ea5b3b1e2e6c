/**
 * @jest-environment node
 *
 * Upgrading a site set up at schema 1, where each person's roster lived on their folder item in the records list:
 * the upgrade creates the admin-only roster list, copies each roster into it, and gives the people who hold access to
 * an open record Read on their item. Running the copy again, as after a lost response, changes nothing.
 */
import { openCycle } from '../../../src/app/openCycle';
import { PLAN } from '../../../src/data/sharepoint/provisioning/plan';
import { SCHEMA_VERSION } from '../../../src/data/sharepoint/schema';
import { cycleContaining } from '../../../src/domain';
import personas from '../../../fixtures/tenant/personas.json';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import type { SpList } from '../../../emulator/sharepoint/state';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { importSeededRoster } from '../../support/seededRoster';
import { isoDate } from '../../support/builders';

const HR = upnWithRole('hrAdmin');
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const HANNAH = 'hannah.wright@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const idOf = (upn: string): string => personas.people.find((p) => p.upn === upn)?.id as string;
const today = isoDate('2026-11-24');
const list = (emulator: TenantEmulator, title: string): SpList | undefined =>
  emulator.state.sharepoint.lists.find((l) => l.title === title);

/** A schema-1 site: Aisha's record open, Hannah only on the roster, both rosters on their folder items. */
async function schemaOneSite(): Promise<TenantEmulator> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, [AISHA, HANNAH]);
  const opened = await openCycle(
    roster.filter((r) => r.upn === AISHA),
    servicesAs(emulator, HR).records,
    cycleContaining(today, 4),
    6,
    today,
    { wait: async () => undefined, onProgress: () => undefined }
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const rosterList = list(emulator, 'AppraisalRoster');
  const records = list(emulator, 'AppraisalRecords');
  for (const item of rosterList?.items ?? []) {
    const folder = records?.items.find((i) => i.fsObjType === 1 && i.fileLeafRef === item.values.StaffKey);
    Object.assign(folder?.values ?? {}, {
      StaffKey: item.values.StaffKey,
      RecordKind: 'staff',
      ReviewerKey: item.values.ReviewerKey,
      Payload: item.values.Payload
    });
  }
  if (rosterList) rosterList.items = [];
  const settings = list(emulator, 'AppraisalSettings');
  for (const item of settings?.items ?? []) {
    if (item.values.Title === 'SchemaVersion') item.values.SettingValue = '1';
    if (item.values.Title === 'ProvisionedSteps')
      item.values.SettingValue = JSON.stringify(PLAN.filter((s) => s.since === 1).map((s) => s.id));
  }
  return emulator;
}

describe('upgrading a schema-1 site to the roster list', () => {
  it('runs only the roster steps, copies each roster once and grants Read where a record is open', async () => {
    const emulator = await schemaOneSite();
    const { provisioner } = servicesAs(emulator, HR);

    const pending = await provisioner.pendingSteps();
    expect(pending.ok && pending.value.map((s) => s.id)).toEqual(PLAN.filter((s) => s.since >= 2).map((s) => s.id));
    expect(pending.ok && pending.value.map((s) => s.id)).toEqual(
      expect.arrayContaining(['list:roster', 'fields:roster', 'permissions:roster', 'migrate:roster'])
    );
    for (const step of pending.ok ? pending.value : []) expect(await provisioner.runStep(step)).toEqual({ ok: true, value: undefined });
    const again = pending.ok ? pending.value.find((s) => s.id === 'migrate:roster') : undefined;
    if (again) expect(await provisioner.runStep(again)).toEqual({ ok: true, value: undefined });
    expect(await provisioner.finish()).toEqual({ ok: true, value: undefined });

    expect(list(emulator, 'AppraisalRoster')?.items.map((i) => i.values.StaffKey).sort()).toEqual([idOf(AISHA), idOf(HANNAH)].sort());
    const roster = await servicesAs(emulator, HR).roster.listRoster();
    expect(roster.ok && roster.value.entries.map((e) => [e.displayName, e.reviewerName])).toEqual([
      ['Aisha Begum', 'Tom Hughes'],
      ['Hannah Wright', 'Tom Hughes']
    ]);
    const team = await servicesAs(emulator, TOM).reader.team(idOf(TOM));
    expect(team.ok && team.value.people.map((p) => [p.person.displayName, p.cycles.length])).toEqual([['Aisha Begum', 1]]);
    const mine = await servicesAs(emulator, AISHA).reader.mine(idOf(AISHA));
    expect(mine.ok && mine.value.record?.cycles).toHaveLength(1);
    const hannahAsks = await servicesAs(emulator, HANNAH).reader.mine(idOf(AISHA));
    expect(hannahAsks.ok && hannahAsks.value.record).toBeFalsy();
    expect(await servicesAs(emulator, HR).site.getStatus()).toEqual({ ok: true, value: { kind: 'ready', schemaVersion: SCHEMA_VERSION } });
  });
});
