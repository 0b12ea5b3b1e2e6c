/** Words for review request outcomes and write errors (RecordStrings). */
import * as strings from 'RecordStrings';
import type { ReviewDecisionOutcome } from '../../domain';
import type { ReviewWriteError } from '../../data/ports/reviewRequests';

export function outcomeText(outcome: ReviewDecisionOutcome): string {
  switch (outcome) {
    case 'upheld':
      return strings.ReviewOutcomeUpheld;
    case 'notUpheld':
      return strings.ReviewOutcomeNotUpheld;
    case 'amended':
      return strings.ReviewOutcomeAmended;
  }
}

/** A write refusal the product words itself; other errors go to ErrorMessage. */
export function reviewWriteText(error: ReviewWriteError): string | undefined {
  if (error.code === 'alreadyDecided') return strings.ReviewAlreadyDecided;
  if (error.code === 'alreadyAsked') return strings.ReviewAlreadyAsked;
  if (error.code === 'notAsked') return strings.ReviewNotAsked;
  return undefined;
}
