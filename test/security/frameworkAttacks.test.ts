/**
 * @jest-environment node
 *
 * Issue 18: only Appraisal Administrators may add, edit or hide framework entries, and SharePoint itself refuses
 * everyone else (AppraisalFrameworks gives appraisal users Read and nothing more: schema.ts). An appraisee, a reviewer
 * and a governor, calling REST directly or through the product's adapter, change nothing; they may still read the
 * packs (a reviewer links objectives to them).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { seedMidYearSchool } from '../../fixtures/tenant/midYearSchool';
import { seedTenant } from '../../fixtures/tenant/school';
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { type FrameworkPack } from '../../src/domain';
import { FRAMEWORK_PACKS } from '../../src/domain/cycle/frameworkPacks';
import { fixedClock } from '../support/fixedClock';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { httpStatus as status } from '../support/results';

const upn = (name: string): string => `${name}@riversideprimary.onmicrosoft.com`;
const HR = upnWithRole('hrAdmin');
const AISHA = upn('aisha.begum');
const TOM = upn('tom.hughes');
const GOVERNOR = upn('anne.whitfield');
const LIST = 'AppraisalFrameworks';
const TA = FRAMEWORK_PACKS[0];

describe('who may write the framework packs', () => {
  let emulator: TenantEmulator;
  let taId: number;
  const payloads = (): string[] =>
    (emulator.state.sharepoint.lists.find((l) => l.title === LIST)?.items ?? []).map((i) => String(i.values.Payload));
  beforeAll(async () => {
    emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const item = emulator.state.sharepoint.lists.find((l) => l.title === LIST)?.items.find((i) => i.values.FrameworkCode === TA.code);
    taId = Number(item?.id);
  }, 120_000);

  it('everyone in the scheme reads them: a reviewer needs the list to link an objective', async () => {
    for (const who of [AISHA, TOM, HR]) {
      const catalogue = await servicesAs(emulator, who).frameworks.catalogue();
      expect(catalogue.ok && catalogue.value.packs.map((p) => p.code)).toEqual(FRAMEWORK_PACKS.map((p) => p.code));
    }
  });

  it.each([
    ['an appraisee', AISHA],
    ['a reviewer', TOM],
    ['a governor', GOVERNOR]
  ])('%s cannot add, edit or hide one, by REST or the adapter', async (_who, attacker) => {
    const before = payloads();
    const own: FrameworkPack = { ...TA, code: 'SCH-9', title: 'Planted', items: [{ code: 'SCH-9-1', title: 'x', theme: '' }] };
    expect((await servicesAs(emulator, attacker).frameworks.savePack(own, undefined)).ok).toBe(false);
    expect((await servicesAs(emulator, attacker).frameworks.savePack({ ...TA, hidden: true }, TA)).ok).toBe(false);
    const list = spAs(emulator, attacker).web.lists.getByTitle(LIST);
    expect(await status(list.items.getById(taId).update({ Payload: '{}' }))).toBeGreaterThanOrEqual(401);
    expect(await status(list.items.add({ Title: 'SCH-9', FrameworkCode: 'SCH-9', Payload: '{}' }))).toBeGreaterThanOrEqual(401);
    expect(await status(list.items.getById(taId).delete())).toBeGreaterThanOrEqual(401);
    expect(payloads()).toEqual(before);
  });

  it('even HR’s adapter refuses a pack no read would accept (a name over 200 characters), writing nothing', async () => {
    const before = payloads();
    const saved = await servicesAs(emulator, HR).frameworks.savePack({ ...TA, code: 'SCH-8', title: 'x'.repeat(201) }, undefined);
    expect(saved).toEqual({ ok: false, error: { code: 'malformed', list: LIST, itemId: 0, field: 'Payload' } });
    expect(payloads()).toEqual(before);
  });

  it('HR can, and the change is what everyone then reads', async () => {
    expect((await servicesAs(emulator, HR).frameworks.savePack({ ...TA, hidden: true }, TA)).ok).toBe(true);
    const read = await servicesAs(emulator, TOM).frameworks.catalogue();
    expect(read.ok && read.value.packs.find((p) => p.code === TA.code)?.hidden).toBe(true);
  });
});
