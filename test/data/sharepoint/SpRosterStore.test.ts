/**
 * @jest-environment node
 */
import { directoryId, staffId } from '../../../src/domain';
import type { RosterDraft } from '../../../src/data/ports';
import { servicesAs, spAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { aRosterDraft } from '../../support/builders';

const HR = upnWithRole('hrAdmin');
const aisha: RosterDraft = aRosterDraft('b7e3c1d2-aisha', {
  upn: 'aisha.begum@riversideprimary.onmicrosoft.com',
  displayName: 'Aisha Begum',
  workingPattern: { kind: 'partTime', days: ['Mon', 'Tue', 'Wed'], start: '08:30', end: '15:00', termTimeOnly: true },
  reviewer: directoryId('tom-id'),
  reviewerUpn: 'tom.hughes@riversideprimary.onmicrosoft.com'
});

describe('SpRosterStore over the emulator', () => {
  it('keeps each person in a folder named by their neutral key, and their roster item read back validated', async () => {
    const emulator = await provisionedEmulator();
    const { roster } = servicesAs(emulator, HR);

    const saved = await roster.saveRosterEntry(aisha, undefined);
    const listed = await roster.listRoster();

    expect(saved.ok).toBe(true);
    expect(listed.ok && listed.value.entries.map((e) => [e.displayName, e.workingPattern.days])).toEqual([
      ['Aisha Begum', ['Mon', 'Tue', 'Wed']]
    ]);
    const folder = emulator.state.sharepoint.lists.find((l) => l.title === 'AppraisalRecords')?.items[0];
    expect(folder).toMatchObject({ fsObjType: 1, fileLeafRef: 'b7e3c1d2-aisha' });
  });

  it('updates with the version it read, and reports a conflict when someone saved in between', async () => {
    const emulator = await provisionedEmulator();
    const { roster } = servicesAs(emulator, HR);
    const first = await roster.saveRosterEntry(aisha, undefined);
    if (!first.ok) throw new Error('save failed');

    const second = await roster.saveRosterEntry({ ...aisha, jobTitle: 'HLTA' }, first.value.etag);
    const stale = await roster.saveRosterEntry({ ...aisha, jobTitle: 'Cover supervisor' }, first.value.etag);

    expect(second.ok).toBe(true);
    expect(stale).toEqual({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps the roster item in the admin-only roster list, and the folder holds nothing it trusts', async () => {
    const emulator = await provisionedEmulator();
    await servicesAs(emulator, HR).roster.saveRosterEntry(aisha, undefined);

    const rosterItems = emulator.state.sharepoint.lists.find((l) => l.title === 'AppraisalRoster')?.items;
    expect(rosterItems?.map((i) => [i.values.StaffKey, i.values.ReviewerKey])).toEqual([['b7e3c1d2-aisha', 'tom-id']]);
  });

  it('adding the same person again after a lost response keeps one folder and one roster item', async () => {
    const emulator = await provisionedEmulator();
    const { roster } = servicesAs(emulator, HR);
    await roster.saveRosterEntry(aisha, undefined);

    const again = await roster.saveRosterEntry({ ...aisha, jobTitle: 'HLTA' }, undefined);

    expect(again.ok && again.value.jobTitle).toBe('HLTA');
    expect(emulator.state.sharepoint.lists.find((l) => l.title === 'AppraisalRoster')?.items).toHaveLength(1);
    expect(emulator.state.sharepoint.lists.find((l) => l.title === 'AppraisalRecords')?.items).toHaveLength(1);
  });

  it('names the list, item and field of an item edited into a bad shape, and still lists the others', async () => {
    const emulator = await provisionedEmulator();
    const { roster } = servicesAs(emulator, HR);
    const saved = await roster.saveRosterEntry(aisha, undefined);
    await roster.saveRosterEntry(
      { ...aisha, id: staffId('c1-hannah'), directoryId: directoryId('c1-hannah'), displayName: 'Hannah Wright' },
      undefined
    );
    const itemId = saved.ok ? Number(saved.value.etag.split('|')[0]) : 0;
    await spAs(emulator, HR)
      .web.lists.getByTitle('AppraisalRoster')
      .items.getById(itemId)
      .update({ Payload: JSON.stringify({ v: 1, upn: 'x' }) });

    const listed = await roster.listRoster();

    expect(listed.ok && listed.value.entries.map((e) => e.displayName)).toEqual(['Hannah Wright']);
    expect(listed.ok && listed.value.problems).toEqual([
      { kind: 'malformed', list: 'AppraisalRoster', itemId, field: 'Payload.directoryId' }
    ]);
  });

  it('is refused to a teaching assistant, who cannot see the roster', async () => {
    const emulator = await provisionedEmulator();
    await servicesAs(emulator, HR).roster.saveRosterEntry(aisha, undefined);

    const listed = await servicesAs(emulator, 'hannah.wright@riversideprimary.onmicrosoft.com').roster.listRoster();

    expect(listed).toEqual({ ok: false, error: { code: 'accessDenied' } });
  });
});
