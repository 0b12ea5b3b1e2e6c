/**
 * @jest-environment node
 */
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { seedTenant } from '../../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import personas from '../../../fixtures/tenant/personas.json';
import { answerInterimDisagreement, disagreeWithInterim } from '../../support/interimDisagreement';
import { openDisagreements } from '../../../src/domain';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs, upnWithRole } from '../../support/overEmulator';

const aisha = personas.people.find((p) => p.upn.startsWith('aisha.begum')) as (typeof personas.people)[number];
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes')) as (typeof personas.people)[number];

describe('the audit trail as administrators read it (SpAuditReader over the emulator)', () => {
  it('shows HR the disagreement Aisha recorded, until Tom answers it; Tom cannot read the audit of others', async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const hers = servicesAs(emulator, aisha.upn);
    const mine = await hers.reader.mine(aisha.id);
    const summary = mine.ok && mine.value.record ? mine.value.record.cycles[0] : undefined;
    const stored = await hers.cycles.getCycle(aisha.id, summary?.cycleKey ?? '');
    if (!stored.ok) throw new Error('no record');
    const disagreed = await disagreeWithInterim(hers.cycles, stored.value, aisha);
    expect(disagreed.ok).toBe(true);

    const hr = servicesAs(emulator, upnWithRole('hrAdmin')).audit;
    const before = await hr.list(['disagreementRecorded', 'disagreementAnswered']);
    const tomSees = await servicesAs(emulator, tom.upn).audit.list(['disagreementRecorded', 'disagreementAnswered']);
    expect(before.ok && openDisagreements(before.value).map((d) => [d.staffKey, d.stage])).toEqual([[aisha.id, 'interimReview']]);
    expect(tomSees.ok && tomSees.value).toEqual([]);

    const his = servicesAs(emulator, tom.upn).cycles;
    if (!disagreed.ok) return;
    await answerInterimDisagreement(his, disagreed.value, tom);
    const after = await hr.list(['disagreementRecorded', 'disagreementAnswered']);
    expect(after.ok && openDisagreements(after.value)).toEqual([]);
  }, 60000);
});
