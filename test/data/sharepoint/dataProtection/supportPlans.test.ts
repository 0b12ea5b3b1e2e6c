/**
 * @jest-environment node
 *
 * The capability firewall (issue 16, DOMAIN §7.4): a support plan and the person's appraisal records never share
 * content. Appraisal text (an objective, a private note) and plan text (concerns, support, outcome) are written with
 * distinctive markers, then every item of every list is scanned: each marker is only where it was written. A
 * referral is a fact (date, by whom). Plans carry keep-until from the one retention rule and appear in retention,
 * disposal review and the subject-access gathering.
 */
import { seedMidYearSchool } from '../../../../fixtures/tenant/midYearSchool';
import { seedTenant } from '../../../../fixtures/tenant/school';
import { TenantEmulator } from '../../../../emulator/core/TenantEmulator';
import { recordReferral, startSupportPlan } from '../../../../src/app/dataProtection/supportPlan';
import { cycleContaining, cycleProgress, newObjective, objectiveId, retainUntilFor } from '../../../../src/domain';
import type { CycleRecordSummary, RosterEntry } from '../../../../src/data/ports';
import { fixedClock } from '../../../support/fixedClock';
import { servicesAs, upnWithRole } from '../../../support/overEmulator';
import { isoDate } from '../../../support/builders';

const HR = upnWithRole('hrAdmin');
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const today = isoDate('2026-11-24');
const APPRAISAL = 'APPRAISAL-ONLY-7Q objective about phonics groups';
const NOTE = 'NOTE-ONLY-3K private aide-memoire';
const SUPPORT = ['SUPPORT-ONLY-9Z concerns about pacing', 'SUPPORT-AGREED-2M weekly check-ins', 'SUPPORT-OUTCOME-5W improving'];
const PLANS = 'AppraisalSupportPlans';

describe('the capability firewall', () => {
  let emulator: TenantEmulator;
  let aisha: RosterEntry;
  beforeAll(async () => {
    emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock(today));
    const roster = await servicesAs(emulator, HR).roster.listRoster();
    aisha = (roster.ok && roster.value.entries.find((e) => e.upn === AISHA)) as RosterEntry;
    const tom = servicesAs(emulator, TOM);
    const mine = await tom.reader.team(String(aisha.reviewer));
    const cycleKey = (mine.ok && mine.value.people.find((p) => p.person.id === aisha.id)?.cycles.at(-1)?.cycleKey) || '';
    const stored = await tom.cycles.getCycle(aisha.id, cycleKey);
    if (!stored.ok) throw new Error(JSON.stringify(stored.error));
    const doc = stored.value.document;
    const saved = await tom.cycles.saveCycle(stored.value, {
      document: { ...doc, objectives: [...doc.objectives, { ...newObjective(objectiveId('o-marker')), title: APPRAISAL }] },
      stage: stored.value.summary.stage === 'agreed' || stored.value.summary.stage === 'closed' ? 'planning' : stored.value.summary.stage
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const note = await tom.privateNotes.add({
      staffKey: aisha.id,
      cycleLabel: '2026/27',
      text: NOTE,
      retainUntil: isoDate('2033-08-31')
    });
    if (!note.ok) throw new Error(JSON.stringify(note.error));

    const hr = servicesAs(emulator, HR);
    const plan = await startSupportPlan(
      hr,
      aisha,
      { concerns: SUPPORT[0], supportAgreed: SUPPORT[1], reviewOn: isoDate('2027-01-15') },
      HR,
      today
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const updated = await tom.supportPlans.update({ ...plan.value, outcome: SUPPORT[2], closedOn: isoDate('2027-02-01') });
    if (!updated.ok) throw new Error(JSON.stringify(updated.error));
    const referred = await recordReferral(hr, aisha, HR, isoDate('2027-02-01'));
    if (!referred.ok) throw new Error(JSON.stringify(referred.error));
  }, 120_000);

  const itemsBy = (pick: (title: string) => boolean): string[] =>
    emulator.state.sharepoint.lists.filter((l) => pick(l.title)).flatMap((l) => l.items.map((i) => JSON.stringify(i.values)));

  it('no appraisal content flows into a support plan, and none flows back', () => {
    const plans = itemsBy((t) => t === PLANS);
    const elsewhere = itemsBy((t) => t !== PLANS);
    expect(elsewhere.some((v) => v.includes('APPRAISAL-ONLY-7Q'))).toBe(true);
    expect(plans.filter((v) => v.includes('APPRAISAL-ONLY-7Q') || v.includes('NOTE-ONLY-3K'))).toEqual([]);
    for (const marker of ['SUPPORT-ONLY-9Z', 'SUPPORT-AGREED-2M', 'SUPPORT-OUTCOME-5W']) {
      expect(plans.some((v) => v.includes(marker))).toBe(true);
      expect(elsewhere.filter((v) => v.includes(marker))).toEqual([]);
    }
    // Nothing about the plan is copied into the person's records either: no record item changed kind or gained a
    // support column; the records list holds no mention of informal support at all.
    expect(itemsBy((t) => t === 'AppraisalRecords').filter((v) => /support ?plan|capability|referral/i.test(v))).toEqual([]);
  });

  it('the record knows only that a plan runs: its dates pause the cycle and show the stage marker, for the person and the reviewer', async () => {
    const own = await servicesAs(emulator, AISHA).reader.mine(aisha.id);
    const cycles = (own.ok && own.value.record?.cycles) || [];
    expect(cycles.at(-1)?.supportPeriods).toEqual([{ from: today, to: '2027-02-01' }]);
    expect(cycleProgress(cycles.at(-1) as CycleRecordSummary, today).informalSupport).toBe(true);
    const team = await servicesAs(emulator, TOM).reader.team(String(aisha.reviewer));
    const people = (team.ok && team.value.people) || [];
    expect(people.find((p) => p.person.id === aisha.id)?.cycles.at(-1)?.supportPeriods).toHaveLength(1);
    expect(
      people
        .filter((p) => p.person.id !== aisha.id)
        .flatMap((p) => p.cycles)
        .filter((c) => c.supportPeriods)
    ).toEqual([]);
    expect(JSON.stringify(cycles)).not.toContain('SUPPORT-');
    // Monitoring and the reports read the same dates, so the pause counts there too.
    const everyone = await servicesAs(emulator, HR).reportSource.everyone(String(cycles.at(-1)?.cycle.label));
    const rows = (everyone.ok && everyone.value.people) || [];
    expect(rows.find((p) => p.person.id === aisha.id)?.cycles[0].supportPeriods).toEqual([{ from: today, to: '2027-02-01' }]);
    expect(rows.filter((p) => p.person.id !== aisha.id && p.cycles[0].supportPeriods)).toEqual([]);
  });

  it('a referral is kept as a fact only: the date and who referred', () => {
    const referrals =
      emulator.state.sharepoint.lists.find((l) => l.title === PLANS)?.items.filter((i) => i.values.Title === 'referral') ?? [];
    expect(referrals.map((i) => JSON.parse(String(i.values.Payload)))).toEqual([{ v: 1, on: '2027-02-01', by: HR }]);
    expect(referrals[0].uniqueRoleAssignments).toBeUndefined();
  });

  it('plans and referrals carry keep-until from the retention rule and are in retention, disposal and subject access', async () => {
    const expected = retainUntilFor(cycleContaining(today, 4), 6);
    const items = emulator.state.sharepoint.lists.find((l) => l.title === PLANS)?.items ?? [];
    expect(items.map((i) => String(i.values.RetainUntil).slice(0, 10))).toEqual([
      expected,
      retainUntilFor(cycleContaining(isoDate('2027-02-01'), 4), 6)
    ]);
    const retained = await servicesAs(emulator, HR).retention.retainedItems();
    expect(retained.ok && retained.value.filter((i) => i.list === PLANS).map((i) => i.kind)).toEqual(['supportPlan', 'supportPlan']);
    const gathered = await servicesAs(emulator, HR).subjectAccess.gather(aisha.id, () => undefined);
    expect(gathered.ok && gathered.value.filter((i) => i.source === 'supportPlan').length).toBe(2);
  });
});
