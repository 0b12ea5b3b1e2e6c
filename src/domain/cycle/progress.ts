/**
 * Where one person's cycle stands, in one function (DOMAIN §2, §4): each stage complete, not required, current or to
 * come, with its deadline and whether it is overdue. The record, the lists, Monitoring and the governor counts all
 * read this, so no screen can tell a person something another screen contradicts.
 */
import { absentOn, type CycleCircumstances, type StageNotRequired } from '../circumstances';
import { cycleKeyOf, type CycleWindow } from '../cycleWindow';
import type { IsoDate } from '../isoDate';
import { deadlinePassed, stageDeadline, STAGES, type Stage, type StageDeadline } from '../stageDates';
import { currentStage, effectiveStatus, isStageComplete } from './agreement';
import { emptyCycleDocument } from './document';
import type { CycleDocument, RecordStatus } from './types';

/** Where one stage stands. */
export type StageState = 'complete' | 'notRequired' | 'current' | 'toCome';

/** One stage of one person's cycle. */
export interface StageProgress extends StageDeadline {
  stage: Stage;
  state: StageState;
  status: RecordStatus;
  /** Not complete, required, and past its due date while the person is not away. */
  overdue: boolean;
  /** Set when HR marked the stage not required. */
  notRequired: StageNotRequired | undefined;
}

/** The whole cycle for one person. */
export interface CycleProgress {
  current: Stage | 'agreed';
  stages: Record<Stage, StageProgress>;
  /** The person is on a long absence today: nothing is overdue. */
  away: boolean;
}

/** What the rule reads: a cycle record summary has exactly these fields. */
export interface ProgressInput extends CycleCircumstances {
  cycle: CycleWindow;
  document?: CycleDocument;
}

/** The waivers recorded for this cycle only (the roster keeps every cycle's). */
export function notRequiredFor(cycle: CycleWindow, all: readonly StageNotRequired[] | undefined): StageNotRequired[] {
  const key = cycleKeyOf(cycle);
  return (all ?? []).filter((w) => w.cycleKey === key);
}

/** Where the cycle stands on `today`. */
export function cycleProgress(input: ProgressInput, today: IsoDate): CycleProgress {
  const doc = input.document ?? emptyCycleDocument();
  const waivers = notRequiredFor(input.cycle, input.notRequired);
  const current = currentStage(doc, waivers.map((w) => w.stage));
  const entries = STAGES.map((stage): [Stage, StageProgress] => {
    const deadline = stageDeadline(input.cycle, stage, input);
    const complete = isStageComplete(doc, stage);
    const waiver = complete ? undefined : waivers.find((w) => w.stage === stage);
    const state: StageState = complete ? 'complete' : waiver ? 'notRequired' : stage === current ? 'current' : 'toCome';
    const overdue = !complete && !waiver && deadlinePassed(input.cycle, stage, today, input);
    return [stage, { ...deadline, stage, state, status: effectiveStatus(doc, stage), overdue, notRequired: waiver }];
  });
  const stages = Object.fromEntries(entries) as Record<Stage, StageProgress>;
  return { current, stages, away: (input.absences ?? []).some((a) => absentOn(a, today)) };
}
