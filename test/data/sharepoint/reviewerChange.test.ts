/**
 * @jest-environment node
 */
import { openCycle } from '../../../src/app/openCycle';
import { cycleContaining, directoryId } from '../../../src/domain';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import type { RosterEntry } from '../../../src/data/ports';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { importSeededRoster } from '../../support/seededRoster';
import { isoDate } from '../../support/builders';
import { persona } from '../../support/openedRecords';

const HR = upnWithRole('hrAdmin');
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const RACHEL = 'rachel.adeyemi@riversideprimary.onmicrosoft.com';
const today = isoDate('2026-11-24');

async function openedFor(upns: string[]): Promise<{ emulator: TenantEmulator; roster: RosterEntry[] }> {
  const emulator = await provisionedEmulator();
  const imported = await importSeededRoster(emulator, upns);
  const opened = await openCycle(imported, servicesAs(emulator, HR).records, cycleContaining(today, 4), 6, today, {
    wait: async () => undefined,
    onProgress: () => undefined
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const current = await servicesAs(emulator, HR).roster.listRoster();
  if (!current.ok) throw new Error('roster load failed');
  return { emulator, roster: current.value.entries };
}

describe('changing a reviewer mid-cycle', () => {
  it('moves access from the old reviewer to the new one, keeps the history and writes an audit entry', async () => {
    const { emulator, roster } = await openedFor([AISHA]);
    const rachel = persona(RACHEL);

    const changed = await servicesAs(emulator, HR).records.changeReviewer(roster[0], {
      id: directoryId(rachel.id),
      upn: RACHEL,
      displayName: rachel.displayName,
      jobTitle: undefined,
      managerId: undefined
    });

    expect(changed.ok && changed.value.reviewerName).toBe('Rachel Adeyemi');
    const tomSees = await servicesAs(emulator, TOM).reader.team(persona(TOM).id);
    const rachelSees = await servicesAs(emulator, RACHEL).reader.team(rachel.id);
    expect(tomSees).toEqual({ ok: true, value: { people: [], problems: [] } });
    expect(rachelSees.ok && rachelSees.value.people.map((p) => [p.person.displayName, p.cycles.length])).toEqual([['Aisha Begum', 1]]);
    const audit = emulator.state.sharepoint.lists.find((l) => l.title === 'AppraisalAudit')?.items.map((i) => i.values.Action);
    expect(audit).toContain('reviewerChanged');
  });

  it('can be run again after a lost response: the second run finds the change made, refuses nothing, records it once', async () => {
    const { emulator, roster } = await openedFor([AISHA]);
    const rachel = persona(RACHEL);
    const to = { id: directoryId(rachel.id), upn: RACHEL, displayName: rachel.displayName, jobTitle: undefined, managerId: undefined };

    const first = await servicesAs(emulator, HR).records.changeReviewer(roster[0], to);
    // The page never saw the answer, so it still holds the entry as it was and sends the same change again.
    const again = await servicesAs(emulator, HR).records.changeReviewer(roster[0], to);

    expect(first.ok && again.ok && again.value.reviewerName).toBe('Rachel Adeyemi');
    const changes =
      emulator.state.sharepoint.lists
        .find((l) => l.title === 'AppraisalAudit')
        ?.items.filter((i) => i.values.Action === 'reviewerChanged') ?? [];
    expect(changes).toHaveLength(1);
    const rachelSees = await servicesAs(emulator, RACHEL).reader.team(rachel.id);
    expect(rachelSees.ok && rachelSees.value.people.map((p) => p.person.displayName)).toEqual(['Aisha Begum']);
  });
});

describe('a leaver', () => {
  it('loses access with their reviewer while the record stays for administrators', async () => {
    const { emulator, roster } = await openedFor([AISHA]);

    const closed = await servicesAs(emulator, HR).records.closeAccess(roster[0], isoDate('2026-12-31'));

    expect(closed.ok && closed.value.leftOn).toBe('2026-12-31');
    // Removed from Appraisal Users: SharePoint refuses the leaver the appraisal site altogether.
    expect(await servicesAs(emulator, AISHA).reader.mine(persona(AISHA).id)).toEqual({ ok: false, error: { code: 'accessDenied' } });
    expect(await servicesAs(emulator, TOM).reader.team(persona(TOM).id)).toEqual({ ok: true, value: { people: [], problems: [] } });
    const kept = await servicesAs(emulator, HR).reader.mine(persona(AISHA).id);
    expect(kept.ok && kept.value.record?.cycles).toHaveLength(1);
  });
});
