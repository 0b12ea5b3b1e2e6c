/**
 * @jest-environment node
 *
 * Attacks on agreement, tried as a determined appraisee or colleague would: plain REST calls to the appraisal site
 * with only the rights the product gives them. Each must do no harm (docs/security.md).
 */
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { seedTenant } from '../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../fixtures/tenant/midYearSchool';
import personas from '../../fixtures/tenant/personas.json';
import { answerInterimDisagreement, disagreeWithInterim } from '../support/interimDisagreement';
import { directoryId, effectiveStatus, fingerprint } from '../../src/domain';
import { LISTS, signatureFolderName } from '../../src/data/sharepoint/schema';
import { signatureFields } from '../../src/data/sharepoint/mappers/signatureMapper';
import { fixedClock } from '../support/fixedClock';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { isoInstant } from '../support/builders';

const person = (prefix: string): (typeof personas.people)[number] =>
  personas.people.find((p) => p.upn.startsWith(prefix)) as (typeof personas.people)[number];
const aisha = person('aisha.begum');
const tom = person('tom.hughes');
const colleague = personas.people.find((p) => p.reviewerUpn === tom.upn && p.upn !== aisha.upn) as (typeof personas.people)[number];
const unrelated = personas.people.find(
  (p) => p.reviewerUpn && p.reviewerUpn !== tom.upn && p.upn !== tom.upn
) as (typeof personas.people)[number];

interface Setting { emulator: TenantEmulator; cycleKey: string }

async function school(): Promise<Setting> {
  const emulator = new TenantEmulator(seedTenant());
  await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
  const mine = await servicesAs(emulator, aisha.upn).reader.mine(aisha.id);
  return { emulator, cycleKey: (mine.ok && mine.value.record?.cycles[0]?.cycleKey) || '' };
}

/** Aisha's cycle item as she can read it with plain REST. */
async function herCycleItem(s: Setting): Promise<{ Id: number; Payload: string }> {
  const items = await spAs(s.emulator, aisha.upn).web.lists.getByTitle(LISTS.records.title).items
    .filter(`CycleKey eq '${s.cycleKey}'`).select('Id', 'Payload')<Array<{ Id: number; Payload: string }>>();
  return items[0];
}

async function statusFor(s: Setting, upn: string, stage: 'planning' | 'interimReview'): Promise<string> {
  const stored = await servicesAs(s.emulator, upn).cycles.getCycle(aisha.id, s.cycleKey);
  if (!stored.ok) throw new Error(`cannot read: ${stored.error.code}`);
  return effectiveStatus(stored.value.document, stage);
}

async function addAs(s: Setting, upn: string, folder: string, fields: Record<string, string>): Promise<unknown> {
  const list = spAs(s.emulator, upn).web.lists.getByTitle(LISTS.signatures.title);
  return list
    .addValidateUpdateItemUsingPath(
      Object.entries(fields).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
      `/sites/staff-appraisal/Lists/${LISTS.signatures.title}/${folder}`
    )
    .then(
      () => 'added',
      (error: { status?: number }) => error.status
    );
}

describe('attacks on agreement', () => {
  it('1: rewriting agreed content together with a forged fingerprint and sign-offs still reads "changed since agreed"', async () => {
    const s = await school();
    expect(await statusFor(s, tom.upn, 'planning')).toBe('agreed');
    const item = await herCycleItem(s);
    const payload = JSON.parse(item.Payload);
    const planning = payload.document.stages.planning;
    payload.document.objectives[0].title = 'Something I never agreed to';
    const forged = fingerprint('anything');
    planning.status = 'agreed';
    planning.signOffs = [
      { party: 'reviewer', by: tom.id, name: tom.displayName, at: '2026-05-01T09:00:00Z', version: 1, fingerprint: forged },
      { party: 'appraisee', by: aisha.id, name: aisha.displayName, at: '2026-05-01T10:00:00Z', version: 1, fingerprint: forged }
    ];
    planning.agreed = [{ version: 1, fingerprint: forged, content: 'anything', agreedAt: '2026-05-01T10:00:00Z' }];
    await spAs(s.emulator, aisha.upn)
      .web.lists.getByTitle(LISTS.records.title)
      .items.getById(item.Id)
      .update({ Payload: JSON.stringify(payload) });

    expect(await statusFor(s, tom.upn, 'planning')).toBe('changedSinceAgreed');
    expect(await statusFor(s, aisha.upn, 'planning')).toBe('changedSinceAgreed');
    const seen = await servicesAs(s.emulator, tom.upn).cycles.getCycle(aisha.id, s.cycleKey);
    expect(seen.ok && seen.value.summary.lastChanged?.byName).toBe(aisha.displayName);
    const mine = await servicesAs(s.emulator, tom.upn).reader.team(directoryId(tom.id));
    expect(mine.ok && mine.value.people.find((p) => p.person.id === aisha.id)?.cycles[0]?.stage).toBe('planning');
  }, 60000);

  it("2: the appraisee cannot write the reviewer's sign-off, and signing her own unshared version agrees nothing", async () => {
    const s = await school();
    const stored = await servicesAs(s.emulator, aisha.upn).cycles.getCycle(aisha.id, s.cycleKey);
    if (!stored.ok) throw new Error('no record');
    const draft = {
      kind: 'signed' as const,
      stage: 'interimReview' as const,
      version: 9,
      fingerprint: fingerprint('x'),
      at: isoInstant('2026-11-24T09:00:00Z'),
      by: directoryId(tom.id),
      name: tom.displayName,
      text: ''
    };
    const asReviewer = signatureFields('forged', aisha.id, s.cycleKey, draft);

    expect(await addAs(s, aisha.upn, signatureFolderName(aisha.id, 'reviewer'), asReviewer)).toBe(403);
    // Nor can the reviewer agree in her name.
    const asAppraisee = signatureFields('forged-agreement', aisha.id, s.cycleKey, {
      ...draft,
      by: directoryId(aisha.id),
      name: aisha.displayName
    });
    expect(await addAs(s, tom.upn, signatureFolderName(aisha.id, 'appraisee'), asAppraisee)).toBe(403);
    // In her own folder, whatever it claims, it is hers: an appraisee signature of a version the reviewer never shared.
    expect(await addAs(s, aisha.upn, signatureFolderName(aisha.id, 'appraisee'), asReviewer)).toBe('added');
    expect(await statusFor(s, tom.upn, 'interimReview')).toBe('awaitingAgreement');
    const payloadOnly = await servicesAs(s.emulator, aisha.upn).cycles.saveCycle(stored.value, {
      document: {
        ...stored.value.document,
        stages: { ...stored.value.document.stages, interimReview: { ...stored.value.document.stages.interimReview!, status: 'agreed' } }
      },
      stage: 'finalReview'
    });
    expect(payloadOnly.ok).toBe(true);
    expect(await statusFor(s, tom.upn, 'interimReview')).toBe('awaitingAgreement');
  }, 60000);

  it('a signature, once added, cannot be changed, recycled or deleted by the party who added it', async () => {
    const s = await school();
    const list = spAs(s.emulator, aisha.upn).web.lists.getByTitle(LISTS.signatures.title);
    const own = await list.items.filter(`CycleKey eq '${s.cycleKey}'`).select('Id', 'FileDirRef', 'Payload')<
      Array<{ Id: number; FileDirRef: string; Payload: string }>
    >();
    const hers = own.find((i) => i.FileDirRef.endsWith(signatureFolderName(aisha.id, 'appraisee')));
    if (!hers) throw new Error('no signature of hers to attack');
    const status = (p: Promise<unknown>): Promise<unknown> => p.then(() => 'allowed', (e: { status?: number }) => e.status);

    expect(
      await status(
        list.items
          .getById(hers.Id)
          .update({ Payload: hers.Payload.replace(/"fingerprint":"[0-9a-f]+"/, `"fingerprint":"${fingerprint('mine')}"`) })
      )
    ).toBe(403);
    expect(await status(list.items.getById(hers.Id).validateUpdateListItem([{ FieldName: 'Payload', FieldValue: '{}' }]))).toBe(403);
    expect(await status(list.items.getById(hers.Id).recycle())).toBe(403);
    expect(await status(list.items.getById(hers.Id).delete())).toBe(403);
    expect(await status(spAs(s.emulator, tom.upn).web.lists.getByTitle(LISTS.signatures.title).items.getById(hers.Id).delete())).toBe(403);
    expect(await statusFor(s, tom.upn, 'planning')).toBe('agreed');
  }, 60000);

  it("3: a signature planted in one's own folder with a colleague's key never counts for the colleague", async () => {
    const s = await school();
    const theirs = await servicesAs(s.emulator, colleague.upn).reader.mine(colleague.id);
    const theirKey = (theirs.ok && theirs.value.record?.cycles[0]?.cycleKey) || '';
    const before = await servicesAs(s.emulator, tom.upn).cycles.getCycle(colleague.id, theirKey);
    const draft = {
      kind: 'disagreement' as const,
      stage: 'planning' as const,
      version: 1,
      fingerprint: fingerprint('x'),
      at: isoInstant('2026-11-24T09:00:00Z'),
      by: directoryId(colleague.id),
      name: colleague.displayName,
      text: 'Planted'
    };

    expect(
      await addAs(s, aisha.upn, signatureFolderName(aisha.id, 'appraisee'), signatureFields('planted', colleague.id, theirKey, draft))
    ).toBe('added');
    const after = await servicesAs(s.emulator, tom.upn).cycles.getCycle(colleague.id, theirKey);
    expect(after.ok && after.value.document.stages).toEqual(before.ok && before.value.document.stages);
    const open = await servicesAs(s.emulator, upnWithRole('hrAdmin')).disagreements.open();
    expect(open.ok && open.value.filter((d) => d.staffKey === colleague.id)).toEqual([]);
  }, 60000);

  it("a reviewer's response written in advance, dated later than any disagreement, answers none", async () => {
    const s = await school();
    const early = {
      kind: 'response' as const,
      stage: 'interimReview' as const,
      version: 1,
      fingerprint: fingerprint('no disagreement yet'),
      at: isoInstant('2099-01-01T00:00:00Z'),
      by: directoryId(tom.id),
      name: tom.displayName,
      text: 'Noted.'
    };
    expect(await addAs(s, tom.upn, signatureFolderName(aisha.id, 'reviewer'), signatureFields('early', aisha.id, s.cycleKey, early))).toBe(
      'added'
    );
    const hers = servicesAs(s.emulator, aisha.upn);
    const stored = await hers.cycles.getCycle(aisha.id, s.cycleKey);
    if (!stored.ok) throw new Error('no record');
    const disagreed = await disagreeWithInterim(hers.cycles, stored.value, aisha);

    expect(disagreed.ok && disagreed.value.document.stages.interimReview?.disagreements.map((d) => d.response)).toEqual([undefined]);
    const open = await servicesAs(s.emulator, upnWithRole('hrAdmin')).disagreements.open();
    expect(open.ok && open.value.map((d) => [d.staffKey, d.stage])).toEqual([[aisha.id, 'interimReview']]);
  }, 60000);

  it('6: an audit entry saying "disagreement answered", added by anyone, leaves the disagreement open', async () => {
    const s = await school();
    const hers = servicesAs(s.emulator, aisha.upn);
    const stored = await hers.cycles.getCycle(aisha.id, s.cycleKey);
    if (!stored.ok) throw new Error('no record');
    const disagreed = await disagreeWithInterim(hers.cycles, stored.value, aisha);
    expect(disagreed.ok).toBe(true);
    const hr = servicesAs(s.emulator, upnWithRole('hrAdmin')).disagreements;
    expect((await hr.open()).ok && ((await hr.open()) as { value: unknown[] }).value).toHaveLength(1);

    await spAs(s.emulator, unrelated.upn).web.lists.getByTitle(LISTS.audit.title).items.add({
      Title: 'disagreementAnswered', StaffKey: aisha.id, Action: 'disagreementAnswered', RecordRef: `${s.cycleKey}:interimReview:v1`
    });
    const stillOpen = await hr.open();
    expect(stillOpen.ok && stillOpen.value.map((d) => [d.staffKey, d.stage])).toEqual([[aisha.id, 'interimReview']]);

    if (!disagreed.ok) return;
    const his = servicesAs(s.emulator, tom.upn).cycles;
    const answered = await answerInterimDisagreement(his, disagreed.value, tom);
    expect(answered.ok).toBe(true);
    const closed = await hr.open();
    expect(closed.ok && closed.value).toEqual([]);
    // The disagreement stays with the record for good, with its answer.
    expect(answered.ok && answered.value.document.stages.interimReview?.disagreements.map((d) => [d.text, d.response?.text])).toEqual([
      ['The planning time was never given.', 'I will book it from next week.']
    ]);
  }, 60000);
});
