/**
 * @jest-environment node
 */
import { openCycle } from '../../../src/app/openCycle';
import { cycleContaining } from '../../../src/domain';
import personas from '../../../fixtures/tenant/personas.json';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { importSeededRoster } from '../../support/seededRoster';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { isoDate } from '../../support/builders';

const idOf = (upn: string): string => personas.people.find((p) => p.upn === upn)?.id as string;
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const staff = personas.people.filter((p) => p.staffCategory).map((p) => p.upn);

async function openedSchool(): Promise<TenantEmulator> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, staff);
  const result = await openCycle(
    roster,
    servicesAs(emulator, upnWithRole('hrAdmin')).records,
    cycleContaining(isoDate('2026-11-24'), 4),
    6,
    isoDate('2026-11-24'),
    { wait: async () => undefined, onProgress: () => undefined }
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return emulator;
}

describe('reading records over the emulator after the cycle is opened for the whole school', () => {
  let emulator: TenantEmulator;
  beforeAll(async () => {
    emulator = await openedSchool();
  });

  it('shows a teaching assistant her own record, in one round trip', async () => {
    const mark = emulator.log.mark();

    const mine = await servicesAs(emulator, AISHA).reader.mine(idOf(AISHA));

    expect(mine.ok && mine.value.record?.person.displayName).toBe('Aisha Begum');
    expect(mine.ok && mine.value.record?.cycles.map((c) => [c.cycle.label, c.stage, c.track])).toEqual([
      ['2026/27', 'planning', 'fullCycle']
    ]);
    expect(emulator.log.since(mark)).toHaveLength(1);
  });

  it("does not show a teaching assistant anyone else's record, even by asking for it", async () => {
    const theirs = await servicesAs(emulator, AISHA).reader.mine(idOf('hannah.wright@riversideprimary.onmicrosoft.com'));

    expect(theirs).toEqual({ ok: true, value: { record: undefined, problems: [] } });
  });

  it("shows a reviewer exactly their reviewees, and not a colleague's", async () => {
    const team = await servicesAs(emulator, TOM).reader.team(idOf(TOM));
    const colleagues = await servicesAs(emulator, TOM).reader.team(idOf('rachel.adeyemi@riversideprimary.onmicrosoft.com'));

    const expected = personas.people
      .filter((p) => p.reviewerUpn === TOM && p.staffCategory)
      .map((p) => p.displayName)
      .sort((a, b) => a.localeCompare(b, 'en-GB'));
    expect(team.ok && team.value.people.map((p) => p.person.displayName)).toEqual(expected);
    expect(colleagues).toEqual({ ok: true, value: { people: [], problems: [] } });
  });

  it('shows a governor no record at all', async () => {
    const governor = upnWithRole('governor');

    const mine = await servicesAs(emulator, governor).reader.mine(idOf(AISHA));

    expect(mine.ok).toBe(false);
  });
});
