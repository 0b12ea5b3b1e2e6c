/**
 * @jest-environment node
 */
import { emptyOneToOneNotes, newObjective, objectiveId, type CycleDocument } from '../../../src/domain';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { seedTenant } from '../../../fixtures/tenant/school';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import personas from '../../../fixtures/tenant/personas.json';
import { SpCycleStore } from '../../../src/data/sharepoint/SpCycleStore';
import type { MeetingRecord, StoredCycle } from '../../../src/data/ports';
import { SpMeetingStore } from '../../../src/data/sharepoint/SpMeetingStore';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs, spAs, upnWithRole } from '../../support/overEmulator';
import { retryingSpAs } from '../../support/retryingSp';

const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson')) as (typeof personas.people)[number];
const aisha = personas.people.find((p) => p.displayName === 'Aisha Begum') as (typeof personas.people)[number];
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes')) as (typeof personas.people)[number];
const withObjective = (doc: CycleDocument, title: string): CycleDocument => ({
  ...doc,
  objectives: [...doc.objectives, { ...newObjective(objectiveId(`o-${title}`)), title }]
});


describe('a cycle save whose response was lost (SpCycleStore over the emulator)', () => {
  let emulator: TenantEmulator;
  let cycleKey: string;
  const open = async (upn: string): Promise<StoredCycle> =>
    ((await servicesAs(emulator, upn).cycles.getCycle(emma.id, cycleKey)) as { ok: true; value: StoredCycle }).value;
  const auditOf = async (ref: string): Promise<string[]> =>
    (
      await spAs(emulator, upnWithRole('hrAdmin'))
        .web.lists.getByTitle('AppraisalAudit')
        .items.filter(`RecordRef eq '${ref}'`)
        .select('RecordRef')<Array<{ RecordRef: string }>>()
    ).map((a) => a.RecordRef);

  beforeAll(async () => {
    emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const mine = await servicesAs(emulator, emma.upn).reader.mine(emma.id);
    cycleKey = (mine.ok && mine.value.record?.cycles[0]?.cycleKey) || '';
  }, 60000);

  afterEach(() => emulator.faults.clear());

  it('the emulator can commit a write and then answer 504', async () => {
    const before = await open(tom.upn);
    emulator.faults.add({ status: 504, afterCommit: true, match: 'items(', method: 'POST' });

    const saved = await servicesAs(emulator, tom.upn).cycles.saveCycle(before, {
      document: withObjective(before.document, 'Committed'),
      stage: 'planning'
    });

    expect(saved.ok).toBe(true);
    expect(
      emulator.log.entries
        .filter((e) => e.method === 'POST' && e.url.includes('items('))
        .slice(-1)
        .map((e) => e.status)
    ).toEqual([504]);
    expect((await open(emma.upn)).document.objectives.map((o) => o.title)).toContain('Committed');
  });

  it('takes a 412 on the retry over exactly what was sent as a save, and writes the audit entry once', async () => {
    const before = await open(tom.upn);
    const store = new SpCycleStore(retryingSpAs(emulator, tom.upn));
    emulator.faults.add({ status: 504, afterCommit: true, match: 'items(', method: 'POST' });
    const ref = `${cycleKey}:planning:v9`;

    const saved = await store.saveCycle(
      before,
      { document: withObjective(before.document, 'Retried'), stage: 'planning' },
      { action: 'sharedForAgreement', recordRef: ref, fingerprint: 'f' }
    );

    const statuses = emulator.log.entries.filter((e) => e.method === 'POST' && e.url.includes('items(')).slice(-2).map((e) => e.status);
    expect(statuses).toEqual([504, 412]);
    expect(saved.ok && saved.value.document.objectives.map((o) => o.title)).toContain('Retried');
    expect(saved.ok && saved.value.etag).not.toBe(before.etag);
    expect(await auditOf(ref)).toEqual([ref]);
  });

  it('still reports staleVersion when what is stored differs from what was sent', async () => {
    const older = await open(emma.upn);
    const now = await open(tom.upn);
    await servicesAs(emulator, tom.upn).cycles.saveCycle(now, { document: withObjective(now.document, 'His'), stage: 'planning' });

    const stale = await new SpCycleStore(retryingSpAs(emulator, emma.upn)).saveCycle(older, {
      document: withObjective(older.document, 'Hers'),
      stage: 'planning'
    });

    expect(!stale.ok && stale.error.code).toBe('staleVersion');
  });

  it('reports a 504 that did not commit as unavailable', async () => {
    const before = await open(tom.upn);
    emulator.faults.add({ status: 504, match: 'items(', method: 'POST' });

    const result = await servicesAs(emulator, tom.upn).cycles.saveCycle(before, {
      document: withObjective(before.document, 'Never'),
      stage: 'planning'
    });

    expect(!result.ok && result.error.code).toBe('unavailable');
    expect((await open(emma.upn)).document.objectives.map((o) => o.title)).not.toContain('Never');
  });
});

describe('saving a one-to-one\'s notes (SpMeetingStore over the emulator)', () => {
  let emulator: TenantEmulator;
  let meeting: MeetingRecord;
  beforeAll(async () => {
    emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const team = await servicesAs(emulator, tom.upn).reader.team(tom.id);
    meeting = (
      team.ok
        ? team.value.people.find((p) => p.person.displayName === aisha.displayName)?.meetings.find((m) => m.kind === 'oneToOne')
        : undefined
    ) as MeetingRecord;
  }, 60000);

  it('saves with the ETag and gives the version saved meanwhile to a save from an older one', async () => {
    const saved = await servicesAs(emulator, tom.upn).meetings.saveNotes(meeting, {
      ...emptyOneToOneNotes(),
      goingWell: 'The reading group'
    });
    const stale = await servicesAs(emulator, aisha.upn).meetings.saveNotes(meeting, { ...emptyOneToOneNotes(), appraiseeNotes: 'My rota' });

    expect(saved.ok && saved.value.notes?.goingWell).toBe('The reading group');
    expect(!stale.ok && stale.error.code === 'staleVersion' && stale.error.current.notes?.goingWell).toBe('The reading group');
  });

  it('counts a 412 on the retry of a lost response as saved', async () => {
    const now = (
      (await servicesAs(emulator, tom.upn).reader.team(tom.id)) as {
        ok: true;
        value: { people: Array<{ person: { displayName: string }; meetings: MeetingRecord[] }> };
      }
    ).value.people
      .find((p) => p.person.displayName === aisha.displayName)
      ?.meetings.find((m) => m.meetingKey === meeting.meetingKey) as MeetingRecord;
    emulator.faults.add({ status: 504, afterCommit: true, match: 'items(', method: 'POST' });

    const saved = await new SpMeetingStore(retryingSpAs(emulator, tom.upn)).saveNotes(now, {
      ...emptyOneToOneNotes(),
      sharedNotes: 'Agreed the rota'
    });

    expect(
      emulator.log.entries
        .filter((e) => e.method === 'POST' && e.url.includes('items('))
        .slice(-2)
        .map((e) => e.status)
    ).toEqual([504, 412]);
    expect(saved.ok && saved.value.notes?.sharedNotes).toBe('Agreed the rota');
  });
});
