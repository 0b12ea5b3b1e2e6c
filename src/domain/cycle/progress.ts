/**
 * Where one person's cycle stands, in one function (DOMAIN §2, §4): each stage complete, not required, current or to
 * come, with its deadline and whether it is overdue. The record, the lists, Monitoring and the governor counts all
 * read this, so no screen can tell a person something another screen contradicts.
 */
import { absentOn, type CycleCircumstances, type StageClosedNotAgreed, type StageNotRequired } from '../circumstances';
import { supportOpenOn } from '../informalSupport';
import { cycleKeyOf, type CycleWindow } from '../cycleWindow';
import type { IsoDate } from '../isoDate';
import { deadlinePassed, stageDeadline, STAGES, type Stage, type StageDeadline } from '../stageDates';
import { currentStage, effectiveStatus, isStageComplete } from './agreement';
import { emptyCycleDocument } from './document';
import type { CycleDocument, RecordStatus } from './types';

/** Where one stage stands. */
export type StageState = 'complete' | 'closedNotAgreed' | 'notRequired' | 'current' | 'toCome';

/** One stage of one person's cycle. */
export interface StageProgress extends StageDeadline {
  stage: Stage;
  state: StageState;
  status: RecordStatus;
  /** Not complete, required, and past its due date while the person is not away. */
  overdue: boolean;
  /** Set when HR marked the stage not required. */
  notRequired: StageNotRequired | undefined;
  /** Set when HR closed the shared stage "not agreed" because the appraisee cannot respond. */
  closedNotAgreed: StageClosedNotAgreed | undefined;
}

/** The whole cycle for one person. */
export interface CycleProgress {
  current: Stage | 'agreed';
  stages: Record<Stage, StageProgress>;
  /** The person is on a long absence today: nothing is overdue. */
  away: boolean;
  /** An informal support plan is open today: the record shows the stage marker, never the plan. */
  informalSupport: boolean;
}

/** What the rule reads: a cycle record summary has exactly these fields. */
export interface ProgressInput extends CycleCircumstances {
  cycle: CycleWindow;
  document?: CycleDocument;
}

/** The marks recorded for this cycle only (the roster keeps every cycle's). */
export function notRequiredFor<T extends { cycleKey: string }>(cycle: CycleWindow, all: readonly T[] | undefined): T[] {
  const key = cycleKeyOf(cycle);
  return (all ?? []).filter((w) => w.cycleKey === key);
}

/** The stages that no longer wait: marked not required, or shared and closed "not agreed" by HR. */
export function stagesSetAside(input: ProgressInput): Stage[] {
  const doc = input.document ?? emptyCycleDocument();
  const closed = notRequiredFor(input.cycle, input.closedNotAgreed).filter((c) => (doc.stages[c.stage]?.version ?? 0) >= 1);
  return [...notRequiredFor(input.cycle, input.notRequired), ...closed].map((m) => m.stage);
}

/** Where the cycle stands on `today`. */
export function cycleProgress(input: ProgressInput, today: IsoDate): CycleProgress {
  const doc = input.document ?? emptyCycleDocument();
  const waivers = notRequiredFor(input.cycle, input.notRequired);
  const closures = notRequiredFor(input.cycle, input.closedNotAgreed).filter((c) => (doc.stages[c.stage]?.version ?? 0) >= 1);
  const current = currentStage(doc, stagesSetAside(input));
  const entries = STAGES.map((stage): [Stage, StageProgress] => {
    const deadline = stageDeadline(input.cycle, stage, input);
    const complete = isStageComplete(doc, stage);
    const closure = complete ? undefined : closures.find((c) => c.stage === stage);
    const waiver = complete || closure ? undefined : waivers.find((w) => w.stage === stage);
    const state: StageState = complete
      ? 'complete'
      : closure
        ? 'closedNotAgreed'
        : waiver
          ? 'notRequired'
          : stage === current
            ? 'current'
            : 'toCome';
    const overdue = (state === 'current' || state === 'toCome') && deadlinePassed(input.cycle, stage, today, input);
    return [
      stage,
      { ...deadline, stage, state, status: effectiveStatus(doc, stage), overdue, notRequired: waiver, closedNotAgreed: closure }
    ];
  });
  const stages = Object.fromEntries(entries) as Record<Stage, StageProgress>;
  return {
    current,
    stages,
    away: (input.absences ?? []).some((a) => absentOn(a, today)),
    informalSupport: supportOpenOn(input.supportPeriods, today)
  };
}
