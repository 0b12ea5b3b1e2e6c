/**
 * @jest-environment node
 *
 * Issue 16, the capability firewall: an informal support plan is readable only by the person, their reviewer and HR,
 * and SharePoint itself enforces it. Another appraisee, a governor and a reviewer of someone else, calling REST
 * directly or through the product's adapter, are refused; the person may read but not change it; only
 * administrators see a referral to the formal capability procedure.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { seedMidYearSchool } from '../../fixtures/tenant/midYearSchool';
import { seedTenant } from '../../fixtures/tenant/school';
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import personas from '../../fixtures/tenant/personas.json';
import { staffId } from '../../src/domain';
import { fixedClock } from '../support/fixedClock';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { isoDate } from '../support/builders';
import { httpStatus as status } from '../support/results';

const upn = (name: string): string => `${name}@riversideprimary.onmicrosoft.com`;
const HR = upnWithRole('hrAdmin');
const HEAD = upnWithRole('head');
const AISHA = upn('aisha.begum');
const TOM = upn('tom.hughes');
const ZOE = upn('zoe.clarke');
const GARETH = upn('gareth.evans');
const GOVERNOR = upn('anne.whitfield');
const aishaKey = staffId(personas.people.find((p) => p.upn === AISHA)?.id as string);
const CONCERNS = 'Reading-group pacing; agreed weekly check-ins.';
const LIST = 'AppraisalSupportPlans';

describe('who may read or write an informal support plan', () => {
  let emulator: TenantEmulator;
  let planId: number;
  beforeAll(async () => {
    emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const started = await servicesAs(emulator, HR).supportPlans.start({
      staffKey: aishaKey,
      appraiseeUpn: AISHA,
      reviewerUpn: TOM,
      openedOn: isoDate('2026-11-24'),
      openedBy: HR,
      concerns: CONCERNS,
      supportAgreed: 'Weekly check-in with the SENCo',
      reviewOn: isoDate('2027-01-15'),
      retainUntil: isoDate('2033-08-31')
    });
    if (!started.ok) throw new Error(JSON.stringify(started.error));
    planId = started.value.id;
    const referred = await servicesAs(emulator, HR).supportPlans.refer(
      aishaKey,
      { on: isoDate('2027-02-01'), by: HR },
      isoDate('2033-08-31')
    );
    if (!referred.ok) throw new Error(JSON.stringify(referred.error));
  }, 120_000);

  it('the person, their reviewer, HR and the head read it', async () => {
    for (const who of [AISHA, TOM, HR, HEAD]) {
      const plans = await servicesAs(emulator, who).supportPlans.forPerson(aishaKey);
      expect(plans.ok && plans.value.map((p) => p.concerns)).toEqual([CONCERNS]);
    }
  });

  it.each([
    ['another appraisee', ZOE],
    ['a reviewer of someone else', GARETH],
    ['a governor', GOVERNOR]
  ])('%s cannot read, change or add one, by REST or the adapter', async (_who, attacker) => {
    const viaAdapter = await servicesAs(emulator, attacker).supportPlans.forPerson(aishaKey);
    expect(viaAdapter.ok ? viaAdapter.value : []).toEqual([]);
    const periods = await servicesAs(emulator, attacker).supportPlans.periods(aishaKey);
    expect(periods.ok ? periods.value : []).toEqual([]);
    const list = spAs(emulator, attacker).web.lists.getByTitle(LIST);
    const all = await list.items
      .select('Id', 'Payload')<Array<{ Payload: string }>>()
      .catch(() => []);
    expect(all).toEqual([]);
    expect(await status(list.items.getById(planId)())).toBeGreaterThanOrEqual(401);
    expect(await status(list.items.getById(planId).update({ Payload: '{}' }))).toBeGreaterThanOrEqual(401);
    expect(await status(list.items.add({ Title: 'plan', StaffKey: aishaKey, Payload: '{}' }))).toBeGreaterThanOrEqual(401);
    const state = emulator.state.sharepoint.lists.find((l) => l.title === LIST);
    expect(state?.items.find((i) => i.id === planId)?.values.Payload).toContain(CONCERNS);
  });

  it('the person may read but not change it; the reviewer may change it but not see the referral', async () => {
    const aisha = spAs(emulator, AISHA).web.lists.getByTitle(LIST);
    expect(await status(aisha.items.getById(planId).update({ ClosedOn: '2026-11-25' }))).toBeGreaterThanOrEqual(401);
    const tom = await servicesAs(emulator, TOM).supportPlans.forPerson(aishaKey);
    if (!tom.ok) throw new Error('tom');
    expect((await servicesAs(emulator, TOM).supportPlans.update({ ...tom.value[0], outcome: 'Going well' })).ok).toBe(true);
    for (const who of [AISHA, TOM]) {
      const referrals = await servicesAs(emulator, who).supportPlans.referrals(aishaKey);
      expect(referrals.ok ? referrals.value : []).toEqual([]);
    }
    expect(await servicesAs(emulator, HR).supportPlans.referrals(aishaKey)).toEqual({ ok: true, value: [{ on: '2027-02-01', by: HR }] });
  });

  it('neither party can start a plan (only administrators add to the list)', async () => {
    for (const who of [AISHA, TOM]) {
      const attempt = await servicesAs(emulator, who).supportPlans.start({
        staffKey: aishaKey, appraiseeUpn: AISHA, reviewerUpn: TOM, openedOn: isoDate('2026-11-24'), openedBy: who,
        concerns: 'x', supportAgreed: '', reviewOn: undefined, retainUntil: isoDate('2033-08-31')
      });
      expect(attempt.ok).toBe(false);
    }
  });
});
