import * as strings from 'CommonStrings';
import { isOverdue, stageDueDate, STAGES, type IsoDate, type Stage } from '../../domain';
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
