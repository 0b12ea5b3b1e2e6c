/**
 * @jest-environment node
 *
 * Schema 4 (issue 18): set-up seeds AppraisalFrameworks with the built-in packs and exemplars. A site at schema 3
 * upgrades by that one step; a seed that stopped part-way resumes without duplicates; seeding again never overwrites
 * what HR has edited or hidden.
 */
import { provisionSite } from '../../../src/app/provisionSite';
import { seedFrameworks } from '../../../src/data/sharepoint/provisioning/seedFrameworks';
import { readSettingItems, writeSetting } from '../../../src/data/sharepoint/provisioning/ensureSettings';
import { SCHEMA_VERSION, SETTING_KEYS } from '../../../src/data/sharepoint/schema';
import { STAFF_CATEGORIES } from '../../../src/domain';
import { BUILT_IN_CATALOGUE, FRAMEWORK_PACKS } from '../../../src/domain/cycle/frameworkPacks';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { servicesAs, spAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';

const HR = upnWithRole('hrAdmin');
const LIST = 'AppraisalFrameworks';
const items = (emulator: TenantEmulator): Array<{ values: Record<string, unknown> }> =>
  emulator.state.sharepoint.lists.find((l) => l.title === LIST)?.items ?? [];
const codes = (emulator: TenantEmulator): string[] => items(emulator).map((i) => String(i.values.FrameworkCode)).sort();
const EVERY_CODE = [...FRAMEWORK_PACKS.map((p) => p.code), ...STAFF_CATEGORIES.map((c) => `exemplars:${c}`)].sort();

describe('seeding the framework packs', () => {
  it('a site set up at schema 3 upgrades by the seed step alone, and then reads the built-in catalogue', async () => {
    const emulator = await provisionedEmulator();
    const list = emulator.state.sharepoint.lists.find((l) => l.title === LIST);
    if (list) list.items = [];
    const sp = spAs(emulator, HR);
    const settings = await readSettingItems(sp);
    const done = (JSON.parse(settings.get(SETTING_KEYS.provisionedSteps)?.value ?? '[]') as string[]).filter(
      (s) => s !== 'seed:frameworks'
    );
    await writeSetting(sp, SETTING_KEYS.provisionedSteps, done, settings.get(SETTING_KEYS.provisionedSteps)?.id);
    await writeSetting(sp, SETTING_KEYS.schemaVersion, 3, settings.get(SETTING_KEYS.schemaVersion)?.id);
    const hr = servicesAs(emulator, HR);

    expect(await hr.site.getStatus()).toEqual({ ok: true, value: { kind: 'upgradeNeeded', installed: 3, required: SCHEMA_VERSION } });
    expect(await hr.provisioner.pendingSteps()).toEqual({ ok: true, value: [{ id: 'seed:frameworks', kind: 'content', target: LIST }] });
    expect(await provisionSite(hr.provisioner, { onEvent: () => undefined, wait: async () => undefined })).toEqual({
      ok: true,
      value: { stepsRun: 1 }
    });
    expect(await hr.frameworks.catalogue()).toEqual({ ok: true, value: BUILT_IN_CATALOGUE });
  }, 60000);

  it('resumes a seed that stopped part-way, with one item per code', async () => {
    const emulator = await provisionedEmulator();
    const list = emulator.state.sharepoint.lists.find((l) => l.title === LIST);
    if (list) list.items = list.items.slice(0, 2);
    emulator.faults.add({ status: 503, count: 1, match: `${LIST}')/items`, method: 'POST' });
    const sp = spAs(emulator, HR);

    await expect(seedFrameworks(sp)).rejects.toMatchObject({ status: 503 });
    expect(codes(emulator)).toHaveLength(2);
    await seedFrameworks(sp);

    expect(codes(emulator)).toEqual(EVERY_CODE);
  }, 60000);

  it('never overwrites what HR has changed, and writes nothing when every entry is there', async () => {
    const emulator = await provisionedEmulator();
    const hr = servicesAs(emulator, HR);
    const ta = FRAMEWORK_PACKS[0];
    expect((await hr.frameworks.savePack({ ...ta, title: 'TA standards (our edition)', hidden: true }, ta)).ok).toBe(true);
    const mark = emulator.log.mark();

    await seedFrameworks(spAs(emulator, HR));

    expect(emulator.log.since(mark).filter((e) => e.method !== 'GET')).toEqual([]);
    const read = await hr.frameworks.catalogue();
    expect(read.ok && read.value.packs.find((p) => p.code === ta.code)).toEqual({
      ...ta,
      title: 'TA standards (our edition)',
      hidden: true
    });
    expect(codes(emulator)).toEqual(EVERY_CODE);
  }, 60000);
});
