/** The Governor reports tab's steps: choose a cycle, prepare, preview, confirm, publish. */
import type { EqualityFlag, GovernorReportSnapshot, TrustReturn } from '../../../../domain';
import type { DataError, PublishedReportSummary } from '../../../../data/ports';

/** Where the tab is. */
export type GovState =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'prepared'; snapshot: GovernorReportSnapshot; flagsForHead: EqualityFlag[]; confirming: boolean; trustReturn?: TrustReturn }
  | { phase: 'publishing'; snapshot: GovernorReportSnapshot }
  | { phase: 'published'; snapshot: GovernorReportSnapshot; summary: PublishedReportSummary }
  | { phase: 'failed'; error: DataError; snapshot: GovernorReportSnapshot | undefined };

/** What can happen. */
export type GovAction =
  | { type: 'prepare' }
  | { type: 'prepared'; snapshot: GovernorReportSnapshot; flagsForHead: EqualityFlag[]; trustReturn?: TrustReturn }
  | { type: 'confirm'; open: boolean }
  | { type: 'publish' }
  | { type: 'published'; summary: PublishedReportSummary }
  | { type: 'failed'; error: DataError }
  | { type: 'reset' };

const snapshotOf = (s: GovState): GovernorReportSnapshot | undefined => ('snapshot' in s ? s.snapshot : undefined);

/** The tab's reducer. */
export function govReducer(state: GovState, action: GovAction): GovState {
  switch (action.type) {
    case 'prepare':
      return { phase: 'preparing' };
    case 'prepared':
      return {
        phase: 'prepared',
        snapshot: action.snapshot,
        flagsForHead: action.flagsForHead,
        confirming: false,
        trustReturn: action.trustReturn
      };
    case 'confirm':
      return state.phase === 'prepared' ? { ...state, confirming: action.open } : state;
    case 'publish':
      return state.phase === 'prepared' ? { phase: 'publishing', snapshot: state.snapshot } : state;
    case 'published':
      return state.phase === 'publishing' ? { phase: 'published', snapshot: state.snapshot, summary: action.summary } : state;
    case 'failed':
      return { phase: 'failed', error: action.error, snapshot: snapshotOf(state) };
    case 'reset':
      return { phase: 'idle' };
    default: {
      const never: never = action;
      return never;
    }
  }
}
