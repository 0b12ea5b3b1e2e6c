import * as strings from 'CommonStrings';
import {
  awaitingTooLong,
  cycleProgress,
  londonDateOf,
  STAGES,
  type IsoDate,
  type ClosedReason,
  type NotRequiredReason,
  type SchemeSettings,
  type Stage,
  type StageProgress
} from '../../domain';
import type { CycleRecordSummary } from '../../data/ports';
import { format, formatDate } from '../format';

/** "Not required: joined after the cycle started". */
export const notRequiredText = (reason: NotRequiredReason): string =>
  reason === 'joinedLate' ? strings.NotRequiredJoinedLate : strings.NotRequiredLongAbsence;

/** Whether HR closed this cycle's stage "not agreed" (the summary holds this cycle's closures only). */
const closedForStage = (record: CycleRecordSummary, stage: Stage): boolean => (record.closedNotAgreed ?? []).some((c) => c.stage === stage);

/** "Closed by HR without agreement: the appraisee has left". */
export const closedText = (reason: ClosedReason): string =>
  reason === 'appraiseeLeft' ? strings.ClosedAppraiseeLeft : strings.ClosedAppraiseeAbsent;

/** What one stage's deadline says: due by, overdue since, optional, or paused (from the one deadline rule). */
export function deadlineText(progress: StageProgress, away = false): { text: string; overdue: boolean } {
  if (progress.closedNotAgreed) return { text: closedText(progress.closedNotAgreed.reason), overdue: false };
  if (progress.notRequired) return { text: notRequiredText(progress.notRequired.reason), overdue: false };
  if (progress.optional) return { text: strings.DueOptional, overdue: false };
  if (progress.due === undefined || (away && !progress.overdue)) return { text: strings.DuePaused, overdue: false };
  return { text: format(progress.overdue ? strings.Overdue : strings.DueBy, formatDate(progress.due)), overdue: progress.overdue };
}

/** "Due by 30 April 2026" or "Overdue since 30 April 2026" for the current stage; undefined once agreed or closed. */
export function dueText(record: CycleRecordSummary, today: IsoDate): { text: string; overdue: boolean } | undefined {
  if (!STAGES.includes(record.stage as Stage)) return undefined;
  const progress = cycleProgress(record, today);
  if (progress.current === 'agreed') return undefined;
  return deadlineText(progress.stages[progress.current], progress.away);
}

/**
 * "Waiting for agreement since 15 October 2026" while a shared stage is unanswered; flagged after ten school days
 * (DOMAIN §4: silence is never agreement). Without the school's term dates every weekday counts.
 */
export function awaitingText(
  record: CycleRecordSummary,
  today: IsoDate,
  settings: Pick<SchemeSettings, 'termDates'> = { termDates: [] }
): { text: string; flagged: boolean } | undefined {
  if (!record.awaitingAgreement) return undefined;
  const { stage } = record.awaitingAgreement;
  if (closedForStage(record, stage)) return undefined;
  const since = londonDateOf(record.awaitingAgreement.since);
  const flagged = awaitingTooLong(settings, since, today);
  return { text: format(flagged ? strings.AwaitingFlagged : strings.AwaitingSince, formatDate(since)), flagged };
}
