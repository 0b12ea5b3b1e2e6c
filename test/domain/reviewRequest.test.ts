import {
  agreementContent,
  decideReviewRequest,
  emptyCycleDocument,
  emptyStageRecord,
  finalRecordedAt,
  fingerprint,
  londonDateOf,
  newObjective,
  objectiveId,
  reviewRequestState,
  type CycleDocument,
  reviewRequestLastDay,
  reviewRequestWindow,
  validateReviewDecision,
  validateReviewRequestReasons,
  type ReviewRequest
} from '../../src/domain';
import { isoDate as d, isoInstant } from '../support/builders';

const terms = { termDates: [{ start: '2026-01-05', end: '2026-03-27' }, { start: '2026-04-13', end: '2026-07-22' }] };
const request = (over: Partial<ReviewRequest> = {}): ReviewRequest => ({
  askedAt: isoInstant('2026-04-01T09:00:00Z'),
  reasons: 'The summary leaves out the Year 6 intervention I led.',
  recordAsItWas: '{"summary":"as agreed"}',
  decision: undefined,
  ...over
});
const ctx = (today: string, over: Partial<Parameters<typeof reviewRequestWindow>[1]> = {}): Parameters<typeof reviewRequestWindow>[1] => ({
  isOwnRecord: true,
  finalOn: d('2026-03-20'),
  today: d(today),
  existing: undefined,
  ...over
});

describe('review request window (UK-8, DOMAIN §7.3)', () => {
  it('worked example: a final record on Fri 20 March 2026 may be questioned until Fri 17 April, the Easter holiday skipped', () => {
    expect(reviewRequestLastDay(terms, d('2026-03-20'))).toBe('2026-04-17');
  });

  it('is open on the last day and closed the next school day', () => {
    expect(reviewRequestWindow(terms, ctx('2026-04-17'))).toEqual({ allowed: true, lastDay: '2026-04-17' });
    expect(reviewRequestWindow(terms, ctx('2026-04-18'))).toEqual({ allowed: false, reason: 'windowClosed', lastDay: '2026-04-17' });
  });

  it('counts every weekday when no term dates are recorded', () => {
    expect(reviewRequestLastDay({ termDates: [] }, d('2026-12-04'))).toBe('2026-12-18');
  });

  it('says so when the term calendar runs out before ten school days', () => {
    const short = { termDates: [{ start: '2026-07-01', end: '2026-07-22' }] };
    expect(reviewRequestWindow(short, ctx('2026-07-21', { finalOn: d('2026-07-20') })).allowed).toBe(false);
    expect(reviewRequestWindow(short, ctx('2026-07-21', { finalOn: d('2026-07-20') }))).toMatchObject({ reason: 'noTermDates' });
  });

  it('only the appraisee, only after the final review, only once', () => {
    expect(reviewRequestWindow(terms, ctx('2026-03-23', { isOwnRecord: false }))).toMatchObject({ allowed: false, reason: 'notOwnRecord' });
    expect(reviewRequestWindow(terms, ctx('2026-03-23', { finalOn: undefined }))).toMatchObject({ allowed: false, reason: 'finalNotDone' });
    expect(reviewRequestWindow(terms, ctx('2026-03-23', { existing: request() }))).toMatchObject({
      allowed: false,
      reason: 'alreadyAsked'
    });
  });
});

describe('review decision', () => {
  it('needs reasons from both sides', () => {
    expect(validateReviewRequestReasons('  ')).toEqual(['reasonsRequired']);
    expect(validateReviewRequestReasons('Because')).toEqual([]);
    expect(validateReviewDecision(request(), 'notUpheld', '', undefined)).toEqual(['reasonsRequired']);
  });

  it('an amendment exactly when the record is amended', () => {
    expect(validateReviewDecision(request(), 'amended', 'Agreed', '')).toEqual(['amendmentRequired']);
    expect(validateReviewDecision(request(), 'upheld', 'Agreed', 'new text')).toEqual(['amendmentNotExpected']);
    expect(validateReviewDecision(request(), 'amended', 'Agreed', 'new text')).toEqual([]);
  });

  it('is made once, and keeps the record as it was beside the amendment', () => {
    const decided = decideReviewRequest(request(), {
      at: isoInstant('2026-04-20T10:00:00Z'),
      by: 'head-1',
      outcome: 'amended',
      reasons: 'Added the intervention.',
      amendment: 'new summary'
    });
    expect(decided.recordAsItWas).toBe('{"summary":"as agreed"}');
    expect(decided.decision?.amendment).toBe('new summary');
    expect(validateReviewDecision(decided, 'upheld', 'again', undefined)).toContain('alreadyDecided');
  });
});

describe('when the final record was issued (finalRecordedAt, londonDateOf)', () => {
  const withFinal = (agreedAt: string | undefined, disagreedAt?: string): CycleDocument => {
    const doc = emptyCycleDocument();
    const finalReview = { ...emptyStageRecord('finalReview'), version: 1 };
    const content = agreementContent({ ...doc, stages: { finalReview } }, 'finalReview');
    const agreed = agreedAt ? [{ version: 1, fingerprint: fingerprint(content), content, agreedAt: isoInstant(agreedAt) }] : [];
    const disagreements = disagreedAt ? [{ at: isoInstant(disagreedAt), version: 1, text: 'I disagree', response: undefined }] : [];
    const status = agreedAt ? 'agreed' : disagreedAt ? 'disagreementRecorded' : 'awaitingAgreement';
    return { ...doc, stages: { finalReview: { ...finalReview, status, agreed, disagreements, signOffs: [] } } };
  };

  it('is undefined until the final review is agreed or its disagreement recorded', () => {
    expect(finalRecordedAt(withFinal(undefined))).toBeUndefined();
    expect(finalRecordedAt(withFinal('2026-03-20T10:00:00Z'))).toBe('2026-03-20T10:00:00Z');
  });

  it('counts from the London day: agreed at 00:30 BST on 4 April is 4 April, not the UTC 3 April', () => {
    expect(londonDateOf(isoInstant('2026-04-03T23:30:00Z'))).toBe('2026-04-04');
    expect(londonDateOf(isoInstant('2026-01-10T23:30:00Z'))).toBe('2026-01-10');
  });

  it('is undefined when the agreed final record has changed since (changedSinceAgreed: nothing was issued as it stands)', () => {
    const doc = withFinal('2026-03-20T10:00:00Z');
    const changed: CycleDocument = { ...doc, objectives: [{ ...newObjective(objectiveId('o1')), title: 'Added after agreement' }] };
    expect(reviewRequestState(undefined)).toBe('none');
    expect(finalRecordedAt(changed)).toBeUndefined();
  });

  it('reads the state of a request: waiting, then the outcome', () => {
    expect(reviewRequestState(request())).toBe('awaitingDecision');
    const decided = decideReviewRequest(request(), {
      at: isoInstant('2026-04-02T09:00:00Z'), by: 'head' as never, outcome: 'notUpheld', reasons: 'Fair as written.', amendment: undefined
    });
    expect(reviewRequestState(decided)).toBe('notUpheld');
  });
});
