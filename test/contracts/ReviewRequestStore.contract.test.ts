/**
 * @jest-environment node
 *
 * The ReviewRequestStore contract (UK-8, issue 15): the memory fake and SpReviewRequests over the emulator (the
 * appraisee asking in her own folder, the head deciding as an Appraisal Administrator) give the same answers. Both
 * versions are kept, the first decision stands, and every write sent again lands once.
 */
import { directoryId, type Result } from '../../src/domain';
import type { ReviewRequestStore } from '../../src/data/ports/reviewRequests';
import { LISTS, REVIEW_SIGNATURE_KINDS } from '../../src/data/sharepoint/schema';
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { seedTenant } from '../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../fixtures/tenant/midYearSchool';
import personas from '../../fixtures/tenant/personas.json';
import { MemoryReviewRequests } from '../support/memory/MemoryReviewRequests';
import { fixedClock } from '../support/fixedClock';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { isoInstant } from '../support/builders';

const must = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};

/** Who asks and who decides: the same store twice for the fake, each person's own adapter over the emulator. */
export interface ReviewSubject {
  appraisee: ReviewRequestStore;
  head: ReviewRequestStore;
  staffKey: string;
  cycleKey: string;
  appraiseeUpn: string;
  reviewerUpn: string | undefined;
  /** Review items stored for the cycle (the fake: one per write). */
  stored(): Promise<number>;
}

const RECORD = 'Final review, version 1: objectives met; feedback as discussed.';

export function describeReviewRequestContract(name: string, makeSubject: () => Promise<ReviewSubject>): void {
  describe(`ReviewRequestStore contract: ${name}`, () => {
    let s: ReviewSubject;
    const ask = (reasons = 'The feedback leaves out the phonics groups I ran.'): ReturnType<ReviewRequestStore['ask']> =>
      s.appraisee.ask({
        staffKey: s.staffKey,
        cycleKey: s.cycleKey,
        reasons,
        recordAsItWas: RECORD,
        askedAt: isoInstant('2026-11-24T10:00:00Z'),
        by: directoryId(s.staffKey),
        name: 'Aisha Begum'
      });
    const decide = (outcome: 'upheld' | 'notUpheld' | 'amended', amendment?: string): ReturnType<ReviewRequestStore['decide']> =>
      s.head.decide({
        staffKey: s.staffKey,
        cycleKey: s.cycleKey,
        appraiseeUpn: s.appraiseeUpn,
        reviewerUpn: s.reviewerUpn,
        decision: { at: isoInstant('2026-11-25T09:00:00Z'), by: directoryId('head'), outcome, reasons: 'Read both versions.', amendment }
      });

    beforeEach(async () => {
      s = await makeSubject();
    }, 120000);

    it('has no request until the appraisee asks; then both parties read it with the record as it was', async () => {
      expect(must(await s.appraisee.get(s.staffKey, s.cycleKey))).toBeUndefined();
      const asked = must(await ask());
      expect(asked).toMatchObject({ reasons: 'The feedback leaves out the phonics groups I ran.', recordAsItWas: RECORD, decision: undefined });
      expect(must(await s.head.get(s.staffKey, s.cycleKey))).toMatchObject({ recordAsItWas: RECORD, decision: undefined });
      expect(must(await s.head.list()).filter((r) => r.cycleKey === s.cycleKey)).toEqual([expect.objectContaining({ staffKey: s.staffKey, cycleKey: s.cycleKey, state: 'awaitingDecision' })]);
    }, 60000);

    it('asking again with the same reasons (a lost response) lands once; with other reasons it is refused', async () => {
      must(await ask());
      must(await ask());
      expect(await s.stored()).toBe(1);
      expect(await ask('Something else')).toEqual({ ok: false, error: { code: 'alreadyAsked' } });
    }, 60000);

    it('the head amends: the amendment and the record as it was are both kept, and the list shows the outcome', async () => {
      must(await ask());
      const decided = must(await decide('amended', 'Feedback now names the phonics groups.'));
      expect(decided.recordAsItWas).toBe(RECORD);
      expect(decided.decision).toMatchObject({ outcome: 'amended', reasons: 'Read both versions.', amendment: 'Feedback now names the phonics groups.' });
      expect(must(await s.appraisee.get(s.staffKey, s.cycleKey))?.decision?.outcome).toBe('amended');
      expect(must(await s.head.list()).filter((r) => r.cycleKey === s.cycleKey).map((r) => r.state)).toEqual(['amended']);
    }, 60000);

    it('a decision sent again lands once; a different second decision is refused and the first stands', async () => {
      must(await ask());
      must(await decide('upheld'));
      must(await decide('upheld'));
      expect(await s.stored()).toBe(2);
      expect(await decide('notUpheld')).toEqual({ ok: false, error: { code: 'alreadyDecided' } });
      expect(must(await s.appraisee.get(s.staffKey, s.cycleKey))?.decision?.outcome).toBe('upheld');
    }, 60000);

    it('nothing to decide before the appraisee asks', async () => {
      expect(await decide('upheld')).toEqual({ ok: false, error: { code: 'notAsked' } });
    }, 60000);
  });
}

describeReviewRequestContract('memory', async () => {
  const store = new MemoryReviewRequests();
  return {
    appraisee: store,
    head: store,
    staffKey: 'aisha',
    cycleKey: 'aisha:2026-04-01',
    appraiseeUpn: 'aisha@x',
    reviewerUpn: 'tom@x',
    stored: async () => store.requests.size + Array.from(store.requests.values()).filter((r) => r.request.decision).length
  };
});

/** One seeded school for the SharePoint runs (seeding takes a while), each test on its own appraisee's record. */
let school: Promise<TenantEmulator> | undefined;
let next = 0;
const appraisees = personas.people.filter((p) => p.staffCategory && p.reviewerUpn && p.contractType !== 'casual');

describeReviewRequestContract('SharePoint over the emulator', async () => {
  school ??= (async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    return emulator;
  })();
  const emulator = await school;
  const who = appraisees[next++ % appraisees.length];
  const mine = must(await servicesAs(emulator, who.upn).reader.mine(directoryId(who.id)));
  const cycleKey = mine.record?.cycles[0]?.cycleKey ?? '';
  return {
    appraisee: servicesAs(emulator, who.upn).reviewRequests,
    head: servicesAs(emulator, upnWithRole('head')).reviewRequests,
    staffKey: who.id,
    cycleKey,
    appraiseeUpn: who.upn,
    reviewerUpn: who.reviewerUpn ?? undefined,
    stored: async () => {
      const items = await spAs(emulator, upnWithRole('head')).web.lists.getByTitle(LISTS.signatures.title).items
        .filter(`CycleKey eq '${cycleKey}'`).select('SignatureKind')<Array<{ SignatureKind: string }>>();
      return items.filter((i) => Object.values(REVIEW_SIGNATURE_KINDS).includes(i.SignatureKind as never)).length;
    }
  };
});
