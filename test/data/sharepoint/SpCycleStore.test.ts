/**
 * @jest-environment node
 */
import { emptyCycleDocument, newObjective, objectiveId, type CycleDocument } from '../../../src/domain';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { seedTenant } from '../../../fixtures/tenant/school';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import personas from '../../../fixtures/tenant/personas.json';
import type { StoredCycle } from '../../../src/data/ports';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs, spAs, upnWithRole } from '../../support/overEmulator';

const person = (prefix: string): (typeof personas.people)[number] =>
  personas.people.find((p) => p.upn.startsWith(prefix)) as (typeof personas.people)[number];
// Emma's record has no content yet in the seeded school (Aisha's, Hannah's and Zoë's have).
const emma = person('emma.thompson');
const tom = person('tom.hughes');
const governor = personas.people.find((p) => p.roles.includes('governor')) as (typeof personas.people)[number];
const otherTa = personas.people.find(
  (p) => p.staffCategory === 'learningSupport' && p.upn !== emma.upn && p.reviewerUpn !== tom.upn
) as (typeof personas.people)[number];

const withObjective = (doc: CycleDocument, title: string): CycleDocument => ({
  ...doc,
  objectives: [...doc.objectives, { ...newObjective(objectiveId(`o-${title}`)), title }]
});

describe('the cycle content in SharePoint (SpCycleStore over the emulator)', () => {
  let emulator: TenantEmulator;
  let cycleKey: string;
  beforeAll(async () => {
    emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const mine = await servicesAs(emulator, emma.upn).reader.mine(emma.id);
    cycleKey = (mine.ok && mine.value.record?.cycles[0]?.cycleKey) || '';
  });

  it('opens an empty document for a new record, for the appraisee and for her reviewer', async () => {
    const hers = await servicesAs(emulator, emma.upn).cycles.getCycle(emma.id, cycleKey);
    const his = await servicesAs(emulator, tom.upn).cycles.getCycle(emma.id, cycleKey);

    expect(hers.ok && hers.value.summary.cycle.label).toBe('2026/27');
    expect(his.ok && his.value.document).toEqual(emptyCycleDocument());
  });

  it('saves with the ETag, and a save from an older version gets staleVersion with what is stored now', async () => {
    const reviewer = servicesAs(emulator, tom.upn).cycles;
    const appraisee = servicesAs(emulator, emma.upn).cycles;
    const first = (await reviewer.getCycle(emma.id, cycleKey)) as { ok: true; value: StoredCycle };
    const older = (await appraisee.getCycle(emma.id, cycleKey)) as { ok: true; value: StoredCycle };

    const saved = await reviewer.saveCycle(first.value, {
      document: withObjective(first.value.document, 'Phonics group'),
      stage: 'planning'
    });
    const stale = await appraisee.saveCycle(older.value, { document: withObjective(older.value.document, 'Mine'), stage: 'planning' });

    expect(saved.ok && saved.value.document.objectives.map((o) => o.title)).toEqual(['Phonics group']);
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.error.code === 'staleVersion' && stale.error.current.document.objectives.map((o) => o.title)).toEqual([
      'Phonics group'
    ]);
    const again = await appraisee.getCycle(emma.id, cycleKey);
    expect(again.ok && again.value.document.objectives.map((o) => o.title)).toEqual(['Phonics group']);
  });

  it('writes an audit entry with the fingerprint when one is given', async () => {
    const reviewer = servicesAs(emulator, tom.upn).cycles;
    const now = (await reviewer.getCycle(emma.id, cycleKey)) as { ok: true; value: StoredCycle };

    await reviewer.saveCycle(
      now.value,
      { document: now.value.document, stage: 'planning' },
      { action: 'sharedForAgreement', recordRef: `${cycleKey}:planning:v1`, fingerprint: 'abc123' }
    );

    const audit = await spAs(emulator, upnWithRole('hrAdmin'))
      .web.lists.getByTitle('AppraisalAudit')
      .items.filter(`RecordRef eq '${cycleKey}:planning:v1'`)
      .select('RecordRef', 'ContentHash')<Array<{ RecordRef: string; ContentHash: string }>>();
    expect(audit.map((a) => [a.RecordRef, a.ContentHash])).toEqual([[`${cycleKey}:planning:v1`, 'abc123']]);
  });

  it('is not found for other staff and for governors: SharePoint trims the record away', async () => {
    const other = await servicesAs(emulator, otherTa.upn).cycles.getCycle(emma.id, cycleKey);
    const gov = await servicesAs(emulator, governor.upn).cycles.getCycle(emma.id, cycleKey);

    expect(!other.ok && other.error.code).toMatch(/notFound|accessDenied/);
    expect(!gov.ok && gov.error.code).toMatch(/notFound|accessDenied/);
  });

  it('uploads evidence into the person\'s folder of the evidence library', async () => {
    const result = await servicesAs(emulator, emma.upn).cycles.uploadEvidence(
      emma.id,
      cycleKey,
      'phonics log.pdf',
      new TextEncoder().encode('%PDF-1.4').buffer as ArrayBuffer
    );

    expect(result).toEqual({ ok: true, value: { url: expect.any(String) } });
    expect(result.ok && result.value.url.startsWith(`/sites/staff-appraisal/AppraisalEvidence/${emma.id}/`)).toBe(true);
    expect(result.ok && result.value.url.endsWith('phonics log.pdf')).toBe(true);
  });

  it('refuses evidence uploads into someone else\'s folder', async () => {
    const result = await servicesAs(emulator, otherTa.upn).cycles.uploadEvidence(
      emma.id,
      cycleKey,
      'notes.txt',
      new TextEncoder().encode('x').buffer as ArrayBuffer
    );

    expect(!result.ok && result.error.code).toBe('accessDenied');
  });

  it('names the field when an item was edited by hand into something unreadable', async () => {
    const hr = spAs(emulator, upnWithRole('hrAdmin')).web.lists.getByTitle('AppraisalRecords').items;
    const [item] = await hr.filter(`CycleKey eq '${cycleKey}'`).select('Id', 'Payload')<Array<{ Id: number; Payload: string }>>();
    const payload = JSON.parse(item.Payload);
    payload.document.objectives[0].title = 42;
    await hr.getById(item.Id).update({ Payload: JSON.stringify(payload) });

    const read = await servicesAs(emulator, emma.upn).cycles.getCycle(emma.id, cycleKey);

    expect(!read.ok && read.error).toEqual(expect.objectContaining({ code: 'malformed', field: 'Payload.document.objectives.0.title' }));
  });
});

describe('what the team list knows about records waiting for agreement (scenario 12)', () => {
  it('carries the stage shared and when, straight from the one team query', async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));

    const team = await servicesAs(emulator, tom.upn).reader.team(tom.id);

    const waiting = team.ok
      ? team.value.people.filter((p) => p.cycles[0]?.awaitingAgreement).map((p) => [p.person.displayName, p.cycles[0].awaitingAgreement])
      : [];
    expect(waiting).toEqual([['Aisha Begum', { stage: 'interimReview', since: '2026-10-15T15:30:00Z' }]]);
  }, 60000);
});
