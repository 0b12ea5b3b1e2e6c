/**
 * @jest-environment node
 *
 * Private notes through the production adapter: only their author reads them, they never reach the record, the
 * head and HR cannot read them, and on a reviewer change they pass to custody — the former reviewer loses them and
 * the new reviewer never sees them.
 */
import { openCycle } from '../../../../src/app/openCycle';
import { cycleContaining, directoryId } from '../../../../src/domain';
import type { TenantEmulator } from '../../../../emulator/core/TenantEmulator';
import type { RosterEntry } from '../../../../src/data/ports';
import { servicesAs, spAs, upnWithRole } from '../../../support/overEmulator';
import { provisionedEmulator } from '../../../support/provisioned';
import { importSeededRoster } from '../../../support/seededRoster';
import { isoDate } from '../../../support/builders';
import { persona } from '../../../support/openedRecords';

const HR = upnWithRole('hrAdmin');
const HEAD = upnWithRole('head');
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const RACHEL = 'rachel.adeyemi@riversideprimary.onmicrosoft.com';
const today = isoDate('2026-11-24');
const cycle = cycleContaining(today, 4);
const TEXT = 'Seemed tired in the last two meetings; check workload with the SENCo.';

async function opened(): Promise<{ emulator: TenantEmulator; aisha: RosterEntry }> {
  const emulator = await provisionedEmulator();
  const imported = await importSeededRoster(emulator, [AISHA]);
  const result = await openCycle(imported, servicesAs(emulator, HR).records, cycle, 6, today, {
    wait: async () => undefined,
    onProgress: () => undefined
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const roster = await servicesAs(emulator, HR).roster.listRoster();
  if (!roster.ok) throw new Error('roster');
  const site = (await servicesAs(emulator, HR).site.getStatus());
  if (!site.ok) throw new Error('site');
  return { emulator, aisha: roster.value.entries[0] };
}

describe('private notes', () => {
  it('are read by their author only, carry retain-until and never appear in the records list', async () => {
    const { emulator, aisha } = await opened();
    const added = await servicesAs(emulator, TOM).privateNotes.add({
      staffKey: aisha.id,
      cycleLabel: cycle.label,
      text: TEXT,
      retainUntil: isoDate('2033-03-31')
    });

    expect(added.ok).toBe(true);
    expect(
      (await servicesAs(emulator, TOM).privateNotes.mine(aisha.id)).ok && (await servicesAs(emulator, TOM).privateNotes.mine(aisha.id))
    ).toMatchObject({ value: [{ text: TEXT }] });
    expect(await servicesAs(emulator, AISHA).privateNotes.mine(aisha.id)).toEqual({ ok: true, value: [] });
    // The head and HR have no role on the list at all: SharePoint answers as if it did not exist.
    for (const admin of [HR, HEAD]) {
      expect(await servicesAs(emulator, admin).privateNotes.mine(aisha.id)).toEqual({ ok: false, error: { code: 'notFound' } });
      await expect(spAs(emulator, admin).web.lists.getByTitle('AppraisalPrivateNotes').items()).rejects.toMatchObject({ status: 404 });
    }
    const state = emulator.state.sharepoint;
    const notes = state.lists.find((l) => l.title === 'AppraisalPrivateNotes');
    expect(notes?.items[0].values.RetainUntil).toMatch(/^2033-03-31/);
    const elsewhere = state.lists
      .filter((l) => l.title !== 'AppraisalPrivateNotes')
      .flatMap((l) => l.items.map((i) => JSON.stringify(i.values)));
    expect(elsewhere.filter((v) => v.includes('SENCo'))).toEqual([]);
  });

  it('pass to custody on a reviewer change: the former reviewer loses them, the new reviewer never sees them, HR still cannot read them', async () => {
    const { emulator, aisha } = await opened();
    await servicesAs(emulator, TOM).privateNotes.add({
      staffKey: aisha.id,
      cycleLabel: cycle.label,
      text: TEXT,
      retainUntil: isoDate('2033-03-31')
    });
    const rachel = persona(RACHEL);
    const to = { id: directoryId(rachel.id), upn: RACHEL, displayName: rachel.displayName, jobTitle: undefined, managerId: undefined };

    const changed = await servicesAs(emulator, HR).records.changeReviewer(aisha, to);
    expect(changed.ok).toBe(true);
    const again = await servicesAs(emulator, HR).records.changeReviewer(changed.ok ? changed.value : aisha, to);

    expect(again.ok).toBe(true);
    expect(await servicesAs(emulator, TOM).privateNotes.mine(aisha.id)).toEqual({ ok: true, value: [] });
    expect(await servicesAs(emulator, RACHEL).privateNotes.mine(aisha.id)).toEqual({ ok: true, value: [] });
    expect(await servicesAs(emulator, HR).privateNotes.mine(aisha.id)).toEqual({ ok: false, error: { code: 'notFound' } });
    const state = emulator.state.sharepoint;
    const dp = state.groups.find((g) => g.title === 'Appraisal Data Protection');
    const note = state.lists.find((l) => l.title === 'AppraisalPrivateNotes')?.items[0];
    expect(note?.uniqueRoleAssignments).toEqual([{ principalId: dp?.id, roleDefIds: [1073741829] }]);
    expect(dp?.memberIds).toEqual([]);
    const custody = state.lists.find((l) => l.title === 'AppraisalAudit')?.items.filter((i) => i.values.Action === 'notesToCustody');
    expect(custody?.map((i) => JSON.parse(String(i.values.Payload)))).toEqual([{ reason: 'reviewerChanged', count: 1, items: [note?.id] }]);
  });
});
