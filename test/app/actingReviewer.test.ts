/**
 * @jest-environment node
 *
 * AB9.M5: an acting reviewer during the reviewer's long absence inherits every cycle's record,
 * the reviewer is reinstated on return, both changes are in the audit, and the roster says who is acting for whom.
 */
import { openCycle } from '../../src/app/openCycle';
import { appointActingReviewer, reinstateReviewer } from '../../src/app/roster/actingReviewer';
import { cycleContaining, directoryId } from '../../src/domain';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import type { RosterEntry } from '../../src/data/ports';
import { servicesAs, upnWithRole } from '../support/overEmulator';
import { provisionedEmulator } from '../support/provisioned';
import { importSeededRoster } from '../support/seededRoster';
import { isoDate } from '../support/builders';
import { persona } from '../support/openedRecords';

const HR = upnWithRole('hrAdmin');
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const RACHEL = 'rachel.adeyemi@riversideprimary.onmicrosoft.com';
const today = isoDate('2026-11-24');
const rachel = {
  id: directoryId(persona(RACHEL).id),
  upn: RACHEL,
  displayName: 'Rachel Adeyemi',
  jobTitle: undefined,
  managerId: undefined
};

async function opened(): Promise<{ emulator: TenantEmulator; aisha: RosterEntry }> {
  const emulator = await provisionedEmulator();
  const imported = await importSeededRoster(emulator, [AISHA]);
  const done = await openCycle(imported, servicesAs(emulator, HR).records, cycleContaining(today, 4), 6, today, {
    wait: async () => undefined,
    onProgress: () => undefined
  });
  if (!done.ok) throw new Error(JSON.stringify(done.error));
  const roster = await servicesAs(emulator, HR).roster.listRoster();
  if (!roster.ok) throw new Error('roster');
  return { emulator, aisha: roster.value.entries[0] };
}
const teamOf = async (emulator: TenantEmulator, upn: string): Promise<unknown> => {
  const team = await servicesAs(emulator, upn).reader.team(persona(upn).id);
  return team.ok && team.value.people.map((p) => [p.person.displayName, p.cycles.length]);
};
const reviewerChanges = (emulator: TenantEmulator): unknown[] =>
  emulator.state.sharepoint.lists.find((l) => l.title === 'AppraisalAudit')?.items.filter((i) => i.values.Action === 'reviewerChanged') ??
  [];

describe('an acting reviewer (AB9.M5)', () => {
  it('takes over the records with their history while the reviewer is away, and hands them back on return', async () => {
    const { emulator, aisha } = await opened();
    const records = servicesAs(emulator, HR).records;

    const acting = await appointActingReviewer(records, aisha, rachel, today);
    if (!acting.ok) throw new Error(JSON.stringify(acting.error));
    expect(acting.value).toMatchObject({
      reviewerName: 'Rachel Adeyemi',
      actingFor: { reviewer: persona(TOM).id, reviewerName: 'Tom Hughes', reviewerUpn: TOM, since: today }
    });
    expect(await teamOf(emulator, RACHEL)).toEqual([['Aisha Begum', 1]]);
    expect(await teamOf(emulator, TOM)).toEqual([]);
    const listed = await servicesAs(emulator, HR).roster.listRoster();
    expect(listed.ok && listed.value.entries[0].actingFor?.reviewerName).toBe('Tom Hughes');

    const back = await reinstateReviewer(records, acting.value);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.reviewerName).toBe('Tom Hughes');
    expect(back.value.actingFor).toBeUndefined();
    expect(await teamOf(emulator, TOM)).toEqual([['Aisha Begum', 1]]);
    expect(await teamOf(emulator, RACHEL)).toEqual([]);
    expect(reviewerChanges(emulator)).toHaveLength(2);
  });

  it('a second acting reviewer keeps the reviewer who comes back', async () => {
    const { emulator, aisha } = await opened();
    const records = servicesAs(emulator, HR).records;
    const first = await appointActingReviewer(records, aisha, rachel, today);
    if (!first.ok) throw new Error('first');
    const priya = persona(HR);
    const second = await appointActingReviewer(
      records,
      first.value,
      { id: directoryId(priya.id), upn: HR, displayName: priya.displayName, jobTitle: undefined, managerId: undefined },
      isoDate('2026-12-01')
    );

    expect(second.ok && second.value.actingFor).toMatchObject({ reviewerName: 'Tom Hughes', since: today });
  });

  it('refuses to reinstate when nobody is acting', async () => {
    const { emulator, aisha } = await opened();
    expect(await reinstateReviewer(servicesAs(emulator, HR).records, aisha)).toEqual({ ok: false, error: { code: 'notActing' } });
  });
});
