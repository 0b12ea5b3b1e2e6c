/**
 * When each formal stage is due (DOMAIN §2): planning in month 1, the six-monthly review in month 7, final in month
 * 12, counted from when the person's cycle actually started, paused by long absences. The one deadline rule: the
 * record, the lists, Monitoring and the governor counts all read it (through `cycleProgress`).
 */
import { addDays, addMonths, dateParts, daysBetween, isoDate, type IsoDate } from './isoDate';
import type { CycleWindow } from './cycleWindow';
import { pausesOf } from './informalSupport';
import { absentOn, type CycleCircumstances, type LongAbsence } from './circumstances';

/** The formal stages of a cycle, in order. */
export const STAGES = ['planning', 'interimReview', 'finalReview'] as const;
/** One formal stage. */
export type Stage = (typeof STAGES)[number];

const MONTH_OF: Record<Stage, number> = { planning: 1, interimReview: 7, finalReview: 12 };

/** When a stage is due for one person, and whether it is expected at all. */
export interface StageDeadline {
  /** Undefined while an open-ended absence holds it, or when the stage is optional. */
  due: IsoDate | undefined;
  /** The six-monthly review of a cycle that started too late for one (scenario 17: under six months left). */
  optional: boolean;
  /** An absence with no end date yet holds this deadline. */
  paused: boolean;
}

const firstOfMonth = (date: IsoDate): IsoDate => {
  const { year, month } = dateParts(date);
  return isoDate(year, month, 1);
};

/** The day the person's cycle actually started: the cycle's start, or the day their record was opened if later. */
export function cycleStartedOn(cycle: CycleWindow, openedOn: IsoDate | undefined): IsoDate {
  return openedOn && openedOn > cycle.start ? openedOn : cycle.start;
}

/** The due date before absences: the stage's month window, counted from the month the person's cycle started. */
function windowEnd(
  cycle: CycleWindow,
  stage: Stage,
  started: IsoDate
): { due: IsoDate; optional: false } | { due: undefined; optional: true } {
  const standard = addDays(addMonths(cycle.start, MONTH_OF[stage]), -1);
  if (started === cycle.start || stage === 'finalReview') return { due: standard, optional: false };
  // UK-4: a record opened after the planning window has a month from opening for planning, never an instant overdue.
  if (stage === 'planning') return { due: started <= standard ? standard : addMonths(started, 1), optional: false };
  // Six months after the month the person's cycle started; with less than a month left before the final review's
  // month it is optional (scenario 17), so nobody is told it is overdue; it can then be marked not required.
  const due = addDays(addMonths(firstOfMonth(started), MONTH_OF.interimReview), -1);
  const latest = addDays(addMonths(cycle.start, MONTH_OF.finalReview - 1), -1);
  if (due > latest) return { due: undefined, optional: true };
  return { due: due < standard ? standard : due, optional: false };
}

/** Moves a due date on by the days of each absence that began by then (scenario 18: due dates pause). */
function afterAbsences(due: IsoDate, started: IsoDate, absences: readonly LongAbsence[]): { due: IsoDate | undefined; paused: boolean } {
  let moved = due;
  for (const absence of [...absences].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    if (absence.to !== undefined && absence.to < started) continue;
    const from = absence.from < started ? started : absence.from;
    if (from > moved) continue;
    if (absence.to === undefined) return { due: undefined, paused: true };
    moved = addDays(moved, daysBetween(from, absence.to) + 1);
  }
  return { due: moved, paused: false };
}

/** The deadline of one stage for one person's cycle. */
export function stageDeadline(cycle: CycleWindow, stage: Stage, circumstances: CycleCircumstances = {}): StageDeadline {
  const started = cycleStartedOn(cycle, circumstances.openedOn);
  const window = windowEnd(cycle, stage, started);
  if (window.due === undefined) return { due: undefined, optional: true, paused: false };
  const moved = afterAbsences(window.due, started, pausesOf(circumstances.absences, circumstances.supportPeriods));
  return { due: moved.due, optional: false, paused: moved.paused };
}

/** Whether a stage not yet held is overdue on `today`: never while optional, paused, or the person is away. */
export function deadlinePassed(cycle: CycleWindow, stage: Stage, today: IsoDate, circumstances: CycleCircumstances = {}): boolean {
  if (pausesOf(circumstances.absences, circumstances.supportPeriods).some((a) => absentOn(a, today))) return false;
  const { due } = stageDeadline(cycle, stage, circumstances);
  return due !== undefined && today > due;
}

/**
 * The due date as one date (kept for callers that show a single date): an optional stage shows the final review's
 * date, an open-ended absence the cycle's end.
 */
export function stageDueDate(cycle: CycleWindow, stage: Stage, openedOn?: IsoDate): IsoDate {
  return stageDeadline(cycle, stage, { openedOn }).due ?? cycle.end;
}

/** Whether a stage not yet held is overdue on `today` (no absences known). */
export function isOverdue(cycle: CycleWindow, stage: Stage, today: IsoDate, openedOn?: IsoDate): boolean {
  return deadlinePassed(cycle, stage, today, { openedOn });
}
