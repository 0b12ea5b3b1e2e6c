/**
 * @jest-environment node
 */
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { seedTenant } from '../../../fixtures/tenant/school';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import personas from '../../../fixtures/tenant/personas.json';
import { SHAREPOINT_LIMITS } from '../../../src/domain';
import type { StoredCycle } from '../../../src/data/ports';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs } from '../../support/overEmulator';
import { isoDate } from '../../support/builders';

const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson')) as (typeof personas.people)[number];
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes')) as (typeof personas.people)[number];

describe('a record too large for SharePoint', () => {
  it('is refused as tooLarge before anything is sent, and the stored record is unchanged', async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const mine = await servicesAs(emulator, emma.upn).reader.mine(emma.id);
    const cycleKey = (mine.ok && mine.value.record?.cycles[0]?.cycleKey) || '';
    const cycles = servicesAs(emulator, tom.upn).cycles;
    const current = (await cycles.getCycle(emma.id, cycleKey)) as { ok: true; value: StoredCycle };
    const huge = {
      ...current.value.document,
      observations: [
        {
          id: 'ob1',
          on: isoDate('2026-11-01'),
          observer: 'Tom',
          focus: 'Phonics',
          feedback: 'x'.repeat(SHAREPOINT_LIMITS.multiLineTextChars)
        }
      ]
    };
    const mark = emulator.log.mark();

    const saved = await cycles.saveCycle(current.value, { document: huge, stage: 'planning' });

    expect(saved).toEqual({ ok: false, error: { code: 'tooLarge' } });
    expect(emulator.log.since(mark).filter((e) => e.method !== 'GET')).toEqual([]);
    const again = await cycles.getCycle(emma.id, cycleKey);
    expect(again.ok && again.value.document).toEqual(current.value.document);
  });
});
