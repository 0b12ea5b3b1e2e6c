import * as strings from 'CommonStrings';
import { awaitingTooLong, isOverdue, stageDueDate, STAGES, type IsoDate, type SchemeSettings, type Stage } from '../../domain';
import type { CycleRecordSummary } from '../../data/ports';
import { format, formatDate } from '../format';

/** "Due by 30 April 2026" or "Overdue since 30 April 2026" for a formal stage; undefined once agreed or closed. */
export function dueText(record: CycleRecordSummary, today: IsoDate): { text: string; overdue: boolean } | undefined {
  if (!STAGES.includes(record.stage as Stage)) return undefined;
  const stage = record.stage as Stage;
  const due = stageDueDate(record.cycle, stage, record.openedOn);
  const overdue = isOverdue(record.cycle, stage, today, record.openedOn);
  return { text: format(overdue ? strings.Overdue : strings.DueBy, formatDate(due)), overdue };
}

/**
 * "Waiting for agreement since 15 October 2026" while a shared stage is unanswered; flagged after ten school days
 * (DOMAIN §4: silence is never agreement). Without the school's term dates every weekday counts.
 */
export function awaitingText(record: CycleRecordSummary, today: IsoDate, settings: Pick<SchemeSettings, 'termDates'> = { termDates: [] }): { text: string; flagged: boolean } | undefined {
  if (!record.awaitingAgreement) return undefined;
  const since = record.awaitingAgreement.since.slice(0, 10) as IsoDate;
  const flagged = awaitingTooLong(settings, since, today);
  return { text: format(flagged ? strings.AwaitingFlagged : strings.AwaitingSince, formatDate(since)), flagged };
}
