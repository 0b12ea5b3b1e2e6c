/**
 * Review requests after the final review (UK-8, DOMAIN §7.3, issue 15): the appraisee asks with reasons, the head
 * (an Appraisal Administrator) decides with reasons, and both versions are kept. SharePoint's permissions decide who
 * can write each part (docs/security.md): the request sits in the appraisee's own signature folder, where they can
 * add and never change, and the decision in the person's review folder, where only administrators can write.
 */
import type { DirectoryId, IsoInstant, Result, ReviewDecision, ReviewDecisionOutcome, ReviewRequest } from '../../domain';
import type { DataError } from './dataError';

/** One request as lists and counts need it: no reasons, no text. */
export interface ReviewRequestSummary {
  staffKey: string;
  cycleKey: string;
  askedAt: IsoInstant;
  /** Waiting for the head, or the head's outcome. */
  state: 'awaitingDecision' | ReviewDecisionOutcome;
}

/** What the appraisee sends. */
export interface AskForReview {
  staffKey: string;
  cycleKey: string;
  reasons: string;
  /** The final record's canonical text as the appraisee saw it; its fingerprint is checked on every read. */
  recordAsItWas: string;
  askedAt: IsoInstant;
  by: DirectoryId;
  name: string;
}

/** What the head sends. The appraisee's and reviewer's sign-in names are given Read on the review folder. */
export interface DecideReview {
  staffKey: string;
  cycleKey: string;
  decision: ReviewDecision;
  appraiseeUpn: string;
  reviewerUpn: string | undefined;
}

/** Why a request or decision was not written. */
export type ReviewWriteError = DataError | { code: 'alreadyAsked' } | { code: 'notAsked' } | { code: 'alreadyDecided' };

/** Reads and writes review requests. Every write can be sent again after a lost response and lands once. */
export interface ReviewRequestStore {
  /** The cycle's request with its decision, from the folders only their writers can write; undefined when none. */
  get(staffKey: string, cycleKey: string): Promise<Result<ReviewRequest | undefined, DataError>>;
  /** The appraisee asks (in their own folder). Sent again with the same request, it answers the one already there. */
  ask(request: AskForReview): Promise<Result<ReviewRequest, ReviewWriteError>>;
  /** The head decides. The first decision stands: the same one sent again is answered, a different one refused. */
  decide(input: DecideReview): Promise<Result<ReviewRequest, ReviewWriteError>>;
  /** Every request the reader may see (administrators: the whole school), oldest first. */
  list(): Promise<Result<ReviewRequestSummary[], DataError>>;
}
