/** When each formal stage is due (DOMAIN §2): planning in month 1, the six-monthly review in month 7, final in month 12. */
import { addDays, addMonths, type IsoDate } from './isoDate';
import type { CycleWindow } from './cycleWindow';

/** The formal stages of a cycle, in order. */
export const STAGES = ['planning', 'interimReview', 'finalReview'] as const;
/** One formal stage. */
export type Stage = (typeof STAGES)[number];

const MONTH_OF: Record<Stage, number> = { planning: 1, interimReview: 7, finalReview: 12 };

/**
 * The last day of the stage's month window. A record opened after the planning window (a mid-cycle starter, or a
 * school adopting the scheme mid-year) has a month from opening for planning (UK-4), never an instant overdue.
 */
export function stageDueDate(cycle: CycleWindow, stage: Stage, openedOn?: IsoDate): IsoDate {
  const window = addDays(addMonths(cycle.start, MONTH_OF[stage]), -1);
  if (stage !== 'planning' || !openedOn || openedOn <= window) return window;
  return addMonths(openedOn, 1);
}

/** Whether a stage not yet held is overdue on `today`. */
export function isOverdue(cycle: CycleWindow, stage: Stage, today: IsoDate, openedOn?: IsoDate): boolean {
  return today > stageDueDate(cycle, stage, openedOn);
}
