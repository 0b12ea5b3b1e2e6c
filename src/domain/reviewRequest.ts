/**
 * Review request after the final review (UK-8, DOMAIN §7.3): within 10 school days of the final record being agreed
 * or recorded, the appraisee may ask for a review with their reasons; the head (or the alternate when the head was
 * the reviewer) decides with reasons. The record as it was is kept beside any amendment. Pure: callers pass today.
 */
import { addDays, dayOfWeek, type IsoDate, type IsoInstant } from './isoDate';
import { isTermDay, type SchemeSettings } from './schemeSettings';
import { agreementContent, fingerprint, isStageComplete } from './cycle/agreement';
import type { CycleDocument } from './cycle/types';

/** DOMAIN §7.3: the window, in school days, counted from the next school day after the final record. */
export const REVIEW_REQUEST_SCHOOL_DAYS = 10;

/** How far ahead we look for term days before saying the term calendar has none (a school year and a bit). */
const SEARCH_LIMIT_DAYS = 400;

/** The head's answer to a review request. */
export const REVIEW_DECISIONS = ['upheld', 'notUpheld', 'amended'] as const;
export type ReviewDecisionOutcome = (typeof REVIEW_DECISIONS)[number];

export interface ReviewRequest {
  askedAt: IsoInstant;
  reasons: string;
  /** The final record's canonical content when the request was made: the version "as it was". */
  recordAsItWas: string;
  decision: ReviewDecision | undefined;
}

export interface ReviewDecision {
  at: IsoInstant;
  by: string;
  outcome: ReviewDecisionOutcome;
  reasons: string;
  /** Only for `amended`: the amended text; the record as it was stays in the request. */
  amendment: string | undefined;
}

/** The last day an appraisee may ask; undefined when the term calendar holds too few school days ahead. */
export function reviewRequestLastDay(settings: Pick<SchemeSettings, 'termDates'>, finalOn: IsoDate): IsoDate | undefined {
  let count = 0;
  for (let i = 1, d = addDays(finalOn, 1); i <= SEARCH_LIMIT_DAYS; i++, d = addDays(d, 1)) {
    const day = dayOfWeek(d);
    if (day !== 0 && day !== 6 && isTermDay(settings, d)) count++;
    if (count === REVIEW_REQUEST_SCHOOL_DAYS) return d;
  }
  return undefined;
}

/** Why the appraisee cannot ask now; the UI words each code. */
export type ReviewRequestBlock = 'notOwnRecord' | 'finalNotDone' | 'windowClosed' | 'alreadyAsked' | 'noTermDates';

export interface ReviewRequestContext {
  /** Whether the person asking is the record's appraisee. */
  isOwnRecord: boolean;
  /** The day (Europe/London) the final review was agreed or recorded; undefined while it is not. */
  finalOn: IsoDate | undefined;
  today: IsoDate;
  existing: ReviewRequest | undefined;
}

/** Whether the appraisee may ask for a review today, with the last day of the window when there is one. */
export function reviewRequestWindow(
  settings: Pick<SchemeSettings, 'termDates'>,
  ctx: ReviewRequestContext
): { allowed: true; lastDay: IsoDate } | { allowed: false; reason: ReviewRequestBlock; lastDay: IsoDate | undefined } {
  if (!ctx.isOwnRecord) return { allowed: false, reason: 'notOwnRecord', lastDay: undefined };
  if (ctx.finalOn === undefined) return { allowed: false, reason: 'finalNotDone', lastDay: undefined };
  const lastDay = reviewRequestLastDay(settings, ctx.finalOn);
  if (lastDay === undefined) return { allowed: false, reason: 'noTermDates', lastDay };
  if (ctx.existing !== undefined) return { allowed: false, reason: 'alreadyAsked', lastDay };
  if (ctx.today > lastDay) return { allowed: false, reason: 'windowClosed', lastDay };
  return { allowed: true, lastDay };
}

/** A problem with a request or a decision before it is saved. */
export type ReviewInputError = 'reasonsRequired' | 'amendmentRequired' | 'amendmentNotExpected' | 'alreadyDecided';

export function validateReviewRequestReasons(reasons: string): ReviewInputError[] {
  return reasons.trim() === '' ? ['reasonsRequired'] : [];
}

/** Checks the head's decision: reasons always; an amendment exactly when the outcome is `amended`. */
export function validateReviewDecision(
  request: ReviewRequest,
  outcome: ReviewDecisionOutcome,
  reasons: string,
  amendment: string | undefined
): ReviewInputError[] {
  const errors: ReviewInputError[] = [];
  if (request.decision !== undefined) errors.push('alreadyDecided');
  if (reasons.trim() === '') errors.push('reasonsRequired');
  const hasAmendment = amendment !== undefined && amendment.trim() !== '';
  if (outcome === 'amended' && !hasAmendment) errors.push('amendmentRequired');
  if (outcome !== 'amended' && hasAmendment) errors.push('amendmentNotExpected');
  return errors;
}

/** Records the decision; the request's `recordAsItWas` is never touched, so both versions are kept. */
export function decideReviewRequest(request: ReviewRequest, decision: ReviewDecision): ReviewRequest {
  return { ...request, decision: { ...decision, amendment: decision.outcome === 'amended' ? decision.amendment : undefined } };
}

/**
 * When the final record was issued: the moment the final review was last agreed by both, or its disagreement recorded.
 * Read from the trusted document (`withTrustedSignatures`), so only the signature folders decide it; undefined while
 * the final review is not complete (or changed since it was agreed).
 */
export function finalRecordedAt(doc: CycleDocument): IsoInstant | undefined {
  const record = doc.stages.finalReview;
  if (record === undefined || !isStageComplete(doc, 'finalReview')) return undefined;
  const moments = [...record.agreed.map((a) => a.agreedAt), ...record.disagreements.map((d) => d.at)].sort();
  return moments[moments.length - 1];
}

/** The final record as the appraisee asks about it: its canonical text and that text's fingerprint. */
export function finalRecordAsItIs(doc: CycleDocument): { content: string; fingerprint: string } {
  const content = agreementContent(doc, 'finalReview');
  return { content, fingerprint: fingerprint(content) };
}

/** Where a review request stands, for every view: asked and waiting for the head, or decided with an outcome. */
export type ReviewRequestState = 'none' | 'awaitingDecision' | ReviewDecisionOutcome;

export function reviewRequestState(request: ReviewRequest | undefined): ReviewRequestState {
  if (request === undefined) return 'none';
  return request.decision === undefined ? 'awaitingDecision' : request.decision.outcome;
}
