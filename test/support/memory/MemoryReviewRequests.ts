/** Review requests in memory, with the same answers as SpReviewRequests (permissions are the emulator's to prove). */
import { fail, ok, type Result, type ReviewRequest } from '../../../src/domain';
import type { DataError } from '../../../src/data/ports';
import type {
  AskForReview,
  DecideReview,
  ReviewRequestStore,
  ReviewRequestSummary,
  ReviewWriteError
} from '../../../src/data/ports/reviewRequests';

export class MemoryReviewRequests implements ReviewRequestStore {
  readonly requests = new Map<string, { staffKey: string; cycleKey: string; request: ReviewRequest }>();
  /** Audit actions written, in order. */
  readonly audit: Array<{ action: string; cycleKey: string }> = [];

  async get(_staffKey: string, cycleKey: string): Promise<Result<ReviewRequest | undefined, DataError>> {
    return ok(this.requests.get(cycleKey)?.request);
  }

  async ask(r: AskForReview): Promise<Result<ReviewRequest, ReviewWriteError>> {
    const existing = this.requests.get(r.cycleKey);
    if (existing) return existing.request.reasons === r.reasons ? ok(existing.request) : fail({ code: 'alreadyAsked' });
    const request: ReviewRequest = { askedAt: r.askedAt, reasons: r.reasons, recordAsItWas: r.recordAsItWas, decision: undefined };
    this.requests.set(r.cycleKey, { staffKey: r.staffKey, cycleKey: r.cycleKey, request });
    this.audit.push({ action: 'reviewRequested', cycleKey: r.cycleKey });
    return ok(request);
  }

  async decide(input: DecideReview): Promise<Result<ReviewRequest, ReviewWriteError>> {
    const existing = this.requests.get(input.cycleKey);
    if (!existing) return fail({ code: 'notAsked' });
    const d = existing.request.decision;
    if (d) {
      const same = d.outcome === input.decision.outcome && d.reasons === input.decision.reasons && (d.amendment ?? '') === (input.decision.amendment ?? '');
      return same ? ok(existing.request) : fail({ code: 'alreadyDecided' });
    }
    const decision = { ...input.decision, amendment: input.decision.outcome === 'amended' ? input.decision.amendment : undefined };
    existing.request = { ...existing.request, decision };
    this.audit.push({ action: 'reviewDecided', cycleKey: input.cycleKey });
    return ok(existing.request);
  }

  async list(): Promise<Result<ReviewRequestSummary[], DataError>> {
    return ok(
      Array.from(this.requests.values())
        .map(({ staffKey, cycleKey, request }) => ({
          staffKey,
          cycleKey,
          askedAt: request.askedAt,
          state: request.decision ? request.decision.outcome : ('awaitingDecision' as const)
        }))
        .sort((a, b) => a.askedAt.localeCompare(b.askedAt))
    );
  }
}
