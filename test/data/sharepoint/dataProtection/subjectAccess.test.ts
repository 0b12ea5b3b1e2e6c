/**
 * @jest-environment node
 *
 * A subject-access bundle in one click, through the production adapters over the emulator, for a person with two
 * cycles, a private note and evidence: the bundle's index is checked against a direct listing of every item about
 * that person in the emulated site; private notes are flagged for exemption review, other people's names as
 * third-party data; the production is logged; the data-protection role is left empty and HR still has no read of notes.
 */
import { unzipSync } from 'fflate';
import { openCycle } from '../../../../src/app/openCycle';
import { buildSubjectAccessBundle } from '../../../../src/app/dataProtection/subjectAccessBundle';
import { buildSarDocument } from '../../../../src/components/SubjectAccess/buildSarDocument';
import { cycleContaining, subjectAccessDue, type SubjectAccessRequest } from '../../../../src/domain';
import type { RosterEntry } from '../../../../src/data/ports';
import { servicesAs, upnWithRole } from '../../../support/overEmulator';
import { provisionedEmulator } from '../../../support/provisioned';
import { importSeededRoster } from '../../../support/seededRoster';
import { isoDate } from '../../../support/builders';

const HR = upnWithRole('hrAdmin');
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const HANNAH = 'hannah.wright@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const today = isoDate('2026-11-24');
const noWait = { wait: async (): Promise<void> => undefined, onProgress: (): void => undefined };

it('builds the bundle for one person: its index lists exactly every item about them, flagged for review', async () => {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, [AISHA, HANNAH]);
  const hr = servicesAs(emulator, HR);
  for (const date of ['2025-06-01', today]) {
    const opened = await openCycle(roster, hr.records, cycleContaining(isoDate(date), 4), 6, today, noWait);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  }
  const aisha = roster.find((r) => r.upn === AISHA) as RosterEntry;
  const note = await servicesAs(emulator, TOM).privateNotes.add({
    staffKey: aisha.id,
    cycleLabel: '2026/27',
    text: 'Covered for Hannah Wright twice this week.',
    retainUntil: isoDate('2033-03-31')
  });
  expect(note.ok).toBe(true);
  const evidence = await servicesAs(emulator, AISHA).cycles.uploadEvidence(
    aisha.id,
    `${aisha.id}:2026-27`,
    'phonics-log.txt',
    new TextEncoder().encode('Phonics group log, autumn term').buffer as ArrayBuffer
  );
  expect(evidence.ok).toBe(true);
  const request: SubjectAccessRequest = {
    key: 'sar-1',
    staffKey: aisha.id,
    receivedOn: isoDate('2026-11-20'),
    channel: 'verbal',
    dueOn: subjectAccessDue(isoDate('2026-11-20')),
    scope: 'Everything about my appraisals',
    loggedBy: 'Priya Shah'
  };
  expect(await hr.subjectAccessLog.log(request)).toEqual({ ok: true, value: undefined });
  // The direct listing: every item (not folder) anywhere in the site that carries her key or sits in her folders,
  // except the request log itself — taken before the bundle, which adds its own audit entries.
  const state = emulator.state.sharepoint;
  const direct = state.lists
    .filter((l) => l.title !== 'AppraisalSubjectAccess')
    .flatMap((l) =>
      l.items
        .filter((i) => i.fsObjType === 0 && (i.values.StaffKey === aisha.id || i.fileDirRef.endsWith(`/${aisha.id}`)))
        .map((i) => `${l.title}:${i.id}`)
    );
  const progress: Array<[number, number]> = [];

  const bundle = await buildSubjectAccessBundle({
    source: hr.subjectAccess, log: hr.subjectAccessLog, request, personName: 'Aisha Begum', otherNames: ['Hannah Wright', 'Tom Hughes'],
    producedBy: 'Priya Shah', producedAt: '2026-11-24T10:00:00Z', onProgress: (d, t) => progress.push([d, t]), renderWord: buildSarDocument
  });

  if (!bundle.ok) throw new Error(JSON.stringify(bundle.error));
  const indexed = bundle.value.index.map((e) => `${e.list}:${e.itemId}`);
  expect(new Set(indexed).size).toBe(indexed.length);
  expect([...indexed].sort()).toEqual([...direct].sort());
  const lists = new Set(bundle.value.index.map((e) => e.list));
  expect(
    ['AppraisalRoster', 'AppraisalRecords', 'AppraisalEvidence', 'AppraisalPrivateNotes', 'AppraisalAudit'].every((l) => lists.has(l))
  ).toBe(true);
  expect(
    bundle.value.items
      .filter((i) => i.kind === 'cycle')
      .map((i) => i.ref)
      .sort()
  ).toEqual([`${aisha.id}:2025-26`, `${aisha.id}:2026-27`]);
  const flaggedNote = bundle.value.index.find((e) => e.list === 'AppraisalPrivateNotes');
  expect(flaggedNote).toMatchObject({ flags: ['privateNoteExemptionReview', 'thirdPartyNames'], thirdParties: ['Hannah Wright'] });
  const zip = unzipSync(bundle.value.evidenceZip);
  expect(Object.values(zip).map((b) => new TextDecoder().decode(b))).toEqual(['Phonics group log, autumn term']);
  const json = JSON.parse(bundle.value.json) as { index: unknown[]; entries: Array<{ fields: unknown }> };
  expect(json.index).toHaveLength(indexed.length);
  expect(JSON.stringify(json.entries)).toContain('Covered for Hannah Wright');
  expect(new TextDecoder().decode(bundle.value.word.slice(0, 2))).toBe('PK');
  expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
  // Logged: who produced it; that private notes were read for this request. The role is empty again.
  const listed = await hr.subjectAccessLog.list();
  expect(listed.ok && listed.value[0]).toMatchObject({ key: 'sar-1', dueOn: '2026-12-21', producedBy: 'Priya Shah' });
  const actions = state.lists.find((l) => l.title === 'AppraisalAudit')?.items.map((i) => i.values.Action);
  expect(actions).toEqual(expect.arrayContaining(['privateNotesReadForSar', 'sarBundleProduced']));
  expect(state.groups.find((g) => g.title === 'Appraisal Data Protection')?.memberIds).toEqual([]);
  expect(await hr.privateNotes.mine(aisha.id)).toEqual({ ok: false, error: { code: 'notFound' } });
  // A redaction decision is kept with the request.
  await hr.subjectAccessLog.recordDecision('sar-1', {
    entryRef: `${flaggedNote?.list}:${flaggedNote?.itemId}`,
    decision: 'redact',
    reason: 'Third-party name',
    decidedBy: 'Priya Shah',
    decidedOn: today
  });
  expect(await hr.subjectAccessLog.decisions('sar-1')).toMatchObject({
    ok: true,
    value: [{ decision: 'redact', reason: 'Third-party name' }]
  });
});
