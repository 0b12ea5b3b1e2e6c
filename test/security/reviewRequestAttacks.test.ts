/**
 * @jest-environment node
 *
 * Attacks on review requests (UK-8, issue 15), tried with plain REST calls and only the rights the product gives each
 * person (docs/security.md): the appraisee cannot write the head's decision, nor change or remove her request once it
 * is made; the reviewer cannot decide; a colleague cannot plant a request in her record; a decision counts only where
 * only administrators can write it.
 */
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { seedTenant } from '../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../fixtures/tenant/midYearSchool';
import personas from '../../fixtures/tenant/personas.json';
import { directoryId, fingerprint, type Result } from '../../src/domain';
import { LISTS, REVIEW_SIGNATURE_KINDS, reviewFolderName, signatureFolderName } from '../../src/data/sharepoint/schema';
import { decisionTitle, requestFingerprint, requestTitle } from '../../src/data/sharepoint/mappers/reviewRequestMapper';
import type { ReviewRequestStore } from '../../src/data/ports/reviewRequests';
import { fixedClock } from '../support/fixedClock';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { isoInstant } from '../support/builders';

type Persona = (typeof personas.people)[number];
const person = (prefix: string): Persona => personas.people.find((p) => p.upn.startsWith(prefix)) as Persona;
const aisha = person('aisha.begum');
const tom = person('tom.hughes');
const colleague = personas.people.find((p) => p.reviewerUpn === tom.upn && p.upn !== aisha.upn && p.staffCategory) as Persona;
const head = upnWithRole('head');
const ROOT = `/sites/staff-appraisal/Lists/${LISTS.signatures.title}`;
const RECORD = 'Final review as agreed: objectives met.';

const must = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};

interface Setting {
  emulator: TenantEmulator;
  /** Aisha's cycles: this year's and last year's. */
  current: string;
  last: string;
}

let seeded: Promise<TenantEmulator> | undefined;
async function school(): Promise<Setting> {
  // A fresh school per test would take minutes; each test uses its own cycle or checks only what it changed.
  seeded ??= (async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    return emulator;
  })();
  const emulator = await seeded;
  const mine = must(await servicesAs(emulator, aisha.upn).reader.mine(directoryId(aisha.id)));
  const keys = (mine.record?.cycles ?? []).map((c) => c.cycleKey).sort().reverse();
  return { emulator, current: keys[0], last: keys[1] };
}

const askAs = (
  s: Setting,
  upn: string,
  staffKey: string,
  cycleKey: string,
  reasons = 'The feedback misses my phonics work.'
): ReturnType<ReviewRequestStore['ask']> =>
  servicesAs(s.emulator, upn).reviewRequests.ask({
    staffKey,
    cycleKey,
    reasons,
    recordAsItWas: RECORD,
    askedAt: isoInstant('2026-11-24T10:00:00Z'),
    by: directoryId(staffKey),
    name: 'Aisha Begum'
  });

const decideAs = (s: Setting, upn: string, cycleKey: string, outcome: 'upheld' | 'notUpheld' = 'upheld'): ReturnType<ReviewRequestStore['decide']> =>
  servicesAs(s.emulator, upn).reviewRequests.decide({
    staffKey: aisha.id,
    cycleKey,
    appraiseeUpn: aisha.upn,
    reviewerUpn: tom.upn,
    decision: { at: isoInstant('2026-11-25T09:00:00Z'), by: directoryId('x'), outcome, reasons: 'Considered.', amendment: undefined }
  });

/** A decision item for Aisha's request as anyone could write it by hand, answering the request it names. */
function forgedDecision(cycleKey: string, reasons = 'The feedback misses my phonics work.'): Record<string, string> {
  const answers = requestFingerprint({ reasons, fingerprint: fingerprint(RECORD) });
  const payload = { v: 1, outcome: 'amended', reasons: 'I say so', amendment: 'Outstanding in every way', answers, at: '2026-11-25T09:00:00Z', by: aisha.id };
  return {
    Title: decisionTitle(cycleKey),
    StaffKey: aisha.id,
    CycleKey: cycleKey,
    SignatureKind: REVIEW_SIGNATURE_KINDS.decision,
    Payload: JSON.stringify(payload)
  };
}

async function addAs(s: Setting, upn: string, folder: string, fields: Record<string, string>): Promise<unknown> {
  return spAs(s.emulator, upn)
    .web.lists.getByTitle(LISTS.signatures.title)
    .addValidateUpdateItemUsingPath(
      Object.entries(fields).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
      `${ROOT}/${folder}`
    )
    .then(
      (r) => ((r as Array<{ HasException?: boolean }>).some((f) => f.HasException) ? 'refused' : 'added'),
      (error: { status?: number }) => error.status
    );
}

const stateOf = async (s: Setting, upn: string, cycleKey: string): Promise<string> => {
  const r = must(await servicesAs(s.emulator, upn).reviewRequests.get(aisha.id, cycleKey));
  return r === undefined ? 'none' : (r.decision?.outcome ?? 'awaitingDecision');
};

/** The kinds of Aisha's signature-list items `upn` can read by REST. */
const kindsSeenBy = async (s: Setting, upn: string): Promise<string[]> =>
  (
    await spAs(s.emulator, upn).web.lists.getByTitle(LISTS.signatures.title).items
      .filter(`StaffKey eq '${aisha.id}'`).select('SignatureKind')<Array<{ SignatureKind: string }>>()
  ).map((i) => i.SignatureKind);

describe('attacks on review requests', () => {
  it('1: the appraisee cannot make or write into the review folder; a decision she writes where she can counts for nothing', async () => {
    const s = await school();
    must(await askAs(s, aisha.upn, aisha.id, s.current));
    const sp = spAs(s.emulator, aisha.upn);
    // Before the head has decided anything, the folder does not exist and she cannot make it at the list's root.
    const made = await sp.web.lists.getByTitle(LISTS.signatures.title).rootFolder.folders.addUsingPath(reviewFolderName(aisha.id)).then(
      () => 'made',
      (e: { status?: number }) => e.status
    );
    expect(made).toBe(403);
    expect(await addAs(s, aisha.upn, reviewFolderName(aisha.id), forgedDecision(s.current))).not.toBe('added');
    // In her own signature folder the add succeeds (she may add there), but a decision counts only in the review folder.
    expect(await addAs(s, aisha.upn, signatureFolderName(aisha.id, 'appraisee'), forgedDecision(s.current))).toBe('added');
    expect(await stateOf(s, head, s.current)).toBe('awaitingDecision');
    expect(await stateOf(s, aisha.upn, s.current)).toBe('awaitingDecision');
    // Once the folder exists (the head decided last year's request), she still holds only Read in it.
    must(await askAs(s, aisha.upn, aisha.id, s.last));
    must(await decideAs(s, head, s.last, 'notUpheld'));
    expect(await addAs(s, aisha.upn, reviewFolderName(aisha.id), forgedDecision(s.current))).toBe(403);
    expect(await stateOf(s, tom.upn, s.current)).toBe('awaitingDecision');
    expect(await stateOf(s, aisha.upn, s.last)).toBe('notUpheld');
  }, 180000);

  it('2: the reviewer cannot decide, by the adapter or by REST, in either folder', async () => {
    const s = await school();
    expect(await stateOf(s, tom.upn, s.current)).toBe('awaitingDecision');
    const byAdapter = await decideAs(s, tom.upn, s.current);
    expect(byAdapter.ok).toBe(false);
    expect(await addAs(s, tom.upn, reviewFolderName(aisha.id), forgedDecision(s.current))).toBe(403);
    expect(await addAs(s, tom.upn, signatureFolderName(aisha.id, 'appraisee'), forgedDecision(s.current))).toBe(403);
    expect(await addAs(s, tom.upn, signatureFolderName(aisha.id, 'reviewer'), forgedDecision(s.current))).toBe('added');
    expect(await stateOf(s, head, s.current)).toBe('awaitingDecision');
  }, 180000);

  it("3: a colleague cannot plant a request in Aisha's record: refused in her folder, ignored in his own", async () => {
    const s = await school();
    const { current: cycleKey } = s;
    const theirs = must(await servicesAs(s.emulator, colleague.upn).reader.mine(directoryId(colleague.id)));
    const colleagueCycle = theirs.record?.cycles[0]?.cycleKey;
    expect(colleagueCycle).toBeDefined();
    const payload = { v: 1, reasons: 'Planted', recordAsItWas: RECORD, fingerprint: fingerprint(RECORD), at: '2026-11-24T10:00:00Z', by: aisha.id, name: 'x' };
    const fields = {
      Title: requestTitle(cycleKey),
      StaffKey: aisha.id,
      CycleKey: cycleKey,
      SignatureKind: REVIEW_SIGNATURE_KINDS.request,
      Payload: JSON.stringify(payload)
    };
    expect(await addAs(s, colleague.upn, signatureFolderName(aisha.id, 'appraisee'), fields)).toBe(403);
    expect(await addAs(s, colleague.upn, signatureFolderName(colleague.id, 'appraisee'), fields)).toBe('added');
    // Aisha's own request (test 1) is the one that counts, with her reasons, not the planted one.
    const read = must(await servicesAs(s.emulator, head).reviewRequests.get(aisha.id, cycleKey));
    expect(read?.reasons).toBe('The feedback misses my phonics work.');
    // Nor does the adapter let him ask in her name: SharePoint refuses the add.
    expect((await askAs(s, colleague.upn, aisha.id, s.current, 'Other reasons')).ok).toBe(false);
    const all = must(await servicesAs(s.emulator, head).reviewRequests.list());
    expect(all.filter((r) => r.cycleKey === cycleKey)).toHaveLength(1);
  }, 180000);

  it('4: once asked (and decided), the appraisee can neither change nor delete her request; the version as it was stays', async () => {
    const s = await school();
    const list = spAs(s.emulator, aisha.upn).web.lists.getByTitle(LISTS.signatures.title);
    const mine = await list.items.filter(`CycleKey eq '${s.last}'`).select('Id', 'SignatureKind', 'Payload')<Array<{ Id: number; SignatureKind: string; Payload: string }>>();
    const request = mine.find((i) => i.SignatureKind === REVIEW_SIGNATURE_KINDS.request) as { Id: number; Payload: string };
    const decision = mine.find((i) => i.SignatureKind === REVIEW_SIGNATURE_KINDS.decision) as { Id: number };
    expect(request).toBeDefined();
    expect(decision).toBeDefined();
    const status = (p: Promise<unknown>): Promise<unknown> => p.then(() => 'done', (e: { status?: number }) => e.status);
    const changed = JSON.stringify({ ...JSON.parse(request.Payload), reasons: 'Rewritten after the decision' });
    expect(await status(list.items.getById(request.Id).update({ Payload: changed }))).toBe(403);
    expect(await status(list.items.getById(request.Id).delete())).toBe(403);
    expect(await status(list.items.getById(request.Id).recycle())).toBe(403);
    expect(await status(list.items.getById(decision.Id).update({ Payload: '{}' }))).toBe(403);
    expect(await status(list.items.getById(decision.Id).recycle())).toBe(403);
    const read = must(await servicesAs(s.emulator, head).reviewRequests.get(aisha.id, s.last));
    expect(read).toMatchObject({ reasons: 'The feedback misses my phonics work.', recordAsItWas: RECORD, decision: { outcome: 'notUpheld' } });
    // Each step is in the audit once: two requests asked (this year's and last year's), one decided.
    const audit = await spAs(s.emulator, head).web.lists.getByTitle(LISTS.audit.title).items
      .filter(`StaffKey eq '${aisha.id}'`).select('Action', 'RecordRef')<Array<{ Action: string; RecordRef: string }>>();
    expect(audit.filter((a) => a.Action === 'reviewRequested').map((a) => a.RecordRef).sort()).toEqual([s.last, s.current].sort());
    expect(audit.filter((a) => a.Action === 'reviewDecided').map((a) => a.RecordRef)).toEqual([s.last]);
  }, 180000);

  it('5: a governor or an unrelated colleague reads no request; a request whose text was swapped does not count', async () => {
    const s = await school();
    const governor = upnWithRole('governor');
    // Governors hold nothing on the signatures list: SharePoint answers 404, and nothing is read.
    const governorRead = await servicesAs(s.emulator, governor).reviewRequests.list();
    expect(governorRead.ok ? governorRead.value : governorRead.error.code).toEqual('notFound');
    expect(must(await servicesAs(s.emulator, colleague.upn).reviewRequests.get(aisha.id, s.current))).toBeUndefined();
    // A request whose "record as it was" does not match its fingerprint is malformed and never counts.
    const bad = { v: 1, reasons: 'x', recordAsItWas: 'A record I made up', fingerprint: fingerprint(RECORD), at: '2026-11-24T10:00:00Z', by: colleague.id, name: 'x' };
    const theirs = must(await servicesAs(s.emulator, colleague.upn).reader.mine(directoryId(colleague.id)));
    const colleagueCycle = theirs.record?.cycles[0]?.cycleKey as string;
    expect(
      await addAs(s, colleague.upn, signatureFolderName(colleague.id, 'appraisee'), {
        Title: requestTitle(colleagueCycle),
        StaffKey: colleague.id,
        CycleKey: colleagueCycle,
        SignatureKind: REVIEW_SIGNATURE_KINDS.request,
        Payload: JSON.stringify(bad)
      })
    ).toBe('added');
    expect(must(await servicesAs(s.emulator, head).reviewRequests.get(colleague.id, colleagueCycle))).toBeUndefined();
  }, 180000);

  it('6: when the reviewer changes, the old reviewer stops reading the head\'s decisions and the new one reads them', async () => {
    const s = await school();
    const hr = servicesAs(s.emulator, upnWithRole('hrAdmin'));
    const entry = must(await hr.roster.listRoster()).entries.find((e) => e.id === aisha.id);
    const next = personas.people.find((p) => p.roles.includes('reviewer') && p.upn !== tom.upn) as Persona;
    expect(entry).toBeDefined();
    expect(await stateOf(s, tom.upn, s.last)).toBe('notUpheld');
    expect(await kindsSeenBy(s, tom.upn)).toContain(REVIEW_SIGNATURE_KINDS.decision);
    must(
      await hr.records.changeReviewer(entry!, {
        id: directoryId(next.id),
        upn: next.upn,
        displayName: next.displayName,
        jobTitle: undefined,
        managerId: undefined
      })
    );
    // By REST, as the old reviewer: no decision item of hers is readable any more (the review folder dropped him).
    expect(await kindsSeenBy(s, tom.upn)).not.toContain(REVIEW_SIGNATURE_KINDS.decision);
    expect(await stateOf(s, next.upn, s.last)).toBe('notUpheld');
    expect(await stateOf(s, aisha.upn, s.last)).toBe('notUpheld');
  }, 180000);
});
