/**
 * What each person should do next, decided in one place (issue 15): prepare, book, hold, write up and share, agree,
 * answer a change request, answer a disagreement. The record's banner, My appraisal's home, the team list's "Action
 * needed" column and HR's counts all read this; `availableActions` says which agreement steps a party may take, and
 * components only render them.
 */
import { addDays, type IsoDate, type IsoInstant } from '../isoDate';
import { STAGES, type Stage } from '../stageDates';
import { effectiveStatus } from './agreement';
import { emptyCycleDocument, stageRecordOf } from './document';
import { cycleProgress, type CycleProgress, type ProgressInput } from './progress';
import type { CycleDocument, Party } from './types';
import type { MeetingRecord } from '../records/meetingRecord';

/** A meeting as the rule needs it: its kind, start and whether it still stands. */
export type MeetingFact = Pick<MeetingRecord, 'kind' | 'start' | 'status'>;

/** One next step, for one party. */
export type NextStep =
  | { kind: 'answerDisagreement'; stage: Stage; party: 'reviewer' }
  | { kind: 'answerChangeRequest'; stage: Stage; party: 'reviewer' }
  | { kind: 'agree'; stage: Stage; party: 'appraisee' }
  | { kind: 'reshare'; stage: Stage; party: 'reviewer' }
  | { kind: 'book'; stage: Stage; party: 'reviewer'; optional: boolean; needed: boolean }
  | { kind: 'prepare'; stage: Stage; party: 'appraisee'; meetingStart: IsoInstant | undefined }
  | { kind: 'hold'; stage: Stage; party: 'reviewer'; meetingStart: IsoInstant }
  | { kind: 'writeUp'; stage: Stage; party: 'reviewer' };

/** The kinds that need the party to act now, as opposed to a meeting simply coming up ('book' says itself). */
export const ACTION_NEEDED: ReadonlySet<NextStep['kind']> = new Set<NextStep['kind']>([
  'answerDisagreement',
  'answerChangeRequest',
  'agree',
  'reshare',
  'writeUp'
]);

/**
 * Booking counts as needed from this many days before the stage is due (six weeks: time to find a slot in both
 * diaries); before that, and for an optional stage, it is the next step but nothing waits on it yet.
 */
export const BOOK_AHEAD_DAYS = 42;

/** Everything the rule reads. */
export interface NextStepInput extends ProgressInput {
  track: 'fullCycle' | 'oneToOneOnly';
  meetings: readonly MeetingFact[];
}

/** Where the year stands and what each party does next. */
export interface NextSteps {
  progress: CycleProgress;
  appraisee: NextStep | undefined;
  reviewer: NextStep | undefined;
  /** The next meeting still to come, of any kind. */
  nextMeeting: MeetingFact | undefined;
}

const prepared = (doc: CycleDocument, stage: Stage): boolean => {
  const p = stageRecordOf(doc, stage).preparation;
  return p.selfReview.trim() !== '' || p.agendaItems.length > 0 || p.trainingWanted.trim() !== '';
};

/** The reviewer's step for the current stage, when no answer is owed. */
function reviewerStep(
  doc: CycleDocument,
  stage: Stage,
  meeting: MeetingFact | undefined,
  now: IsoInstant,
  progress: CycleProgress,
  today: IsoDate
): NextStep | undefined {
  const status = effectiveStatus(doc, stage);
  const record = stageRecordOf(doc, stage);
  if (status === 'awaitingAgreement') return undefined;
  if (status === 'changedSinceAgreed') return { kind: 'reshare', stage, party: 'reviewer' };
  // Shared once and back to draft: the appraisee asked for changes.
  if (status === 'draft' && record.version >= 1) return { kind: 'answerChangeRequest', stage, party: 'reviewer' };
  if (!meeting) {
    const { due, optional } = progress.stages[stage];
    return { kind: 'book', stage, party: 'reviewer', optional, needed: due !== undefined && addDays(today, BOOK_AHEAD_DAYS) >= due };
  }
  if (meeting.start > now) return { kind: 'hold', stage, party: 'reviewer', meetingStart: meeting.start };
  return { kind: 'writeUp', stage, party: 'reviewer' };
}

/** Each party's next step on `today` (`now` decides whether a booked meeting has happened). */
export function nextSteps(input: NextStepInput, today: IsoDate, now: IsoInstant): NextSteps {
  const progress = cycleProgress(input, today);
  const doc = input.document ?? emptyCycleDocument();
  const upcoming = input.meetings.filter((m) => m.status === 'booked' && m.start > now).sort((a, b) => (a.start < b.start ? -1 : 1));
  const result: NextSteps = { progress, appraisee: undefined, reviewer: undefined, nextMeeting: upcoming[0] };
  if (input.track !== 'fullCycle') return result;
  // A disagreement not yet answered, at any stage, comes first for the reviewer (UK-6).
  const disagreed = STAGES.find(
    (s) => stageRecordOf(doc, s).disagreements.some((d) => d.response === undefined) && effectiveStatus(doc, s) === 'disagreementRecorded'
  );
  if (disagreed) result.reviewer = { kind: 'answerDisagreement', stage: disagreed, party: 'reviewer' };
  const stage = progress.current;
  if (stage === 'agreed' || progress.away) return result;
  if (effectiveStatus(doc, stage) === 'awaitingAgreement') result.appraisee = { kind: 'agree', stage, party: 'appraisee' };
  const meeting = input.meetings.filter((m) => m.kind === stage && m.status === 'booked').sort((a, b) => (a.start < b.start ? 1 : -1))[0];
  if (!result.appraisee && stageRecordOf(doc, stage).version === 0 && !prepared(doc, stage) && (!meeting || meeting.start > now)) {
    result.appraisee = { kind: 'prepare', stage, party: 'appraisee', meetingStart: meeting?.start };
  }
  result.reviewer = result.reviewer ?? reviewerStep(doc, stage, meeting, now, progress, today);
  return result;
}

/** Whether the party's step needs them to act now. */
export const actionNeeded = (step: NextStep | undefined): boolean =>
  step !== undefined && (step.kind === 'book' ? step.needed : ACTION_NEEDED.has(step.kind));

/** The agreement steps a party may take on a stage (DOMAIN §4); components render exactly these. */
export type AgreementAction = 'share' | 'agree' | 'askForChanges' | 'disagree' | 'respond';

/** Which agreement steps `party` has on `stage` of `doc`. */
export function availableActions(doc: CycleDocument, stage: Stage, party: Party | 'viewer'): AgreementAction[] {
  if (party === 'viewer') return [];
  const status = effectiveStatus(doc, stage);
  const record = stageRecordOf(doc, stage);
  if (party === 'reviewer') {
    const actions: AgreementAction[] = [];
    if (status === 'draft' || status === 'changedSinceAgreed' || status === 'disagreementRecorded') actions.push('share');
    if (record.disagreements.some((d) => !d.response)) actions.push('respond');
    return actions;
  }
  const actions: AgreementAction[] = status === 'awaitingAgreement' ? ['agree', 'askForChanges'] : [];
  if (record.version > 0 && status !== 'disagreementRecorded' && status !== 'draft') actions.push('disagree');
  return actions;
}
