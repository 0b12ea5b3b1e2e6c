/**
 * What HR records about a person's year that moves their deadlines (DOMAIN §2, scenarios 17 and 18): a stage marked
 * "not required" with a reason, and long absences that pause due dates. Kept on the roster entry, which only the
 * head and HR write, so neither party can excuse a stage or pause their own deadlines.
 */
import type { IsoDate, IsoInstant } from './isoDate';
import type { Stage } from './stageDates';
import type { SupportPeriod } from './informalSupport';

/** Why a stage is not required this cycle: the two reasons DOMAIN §2 allows. */
export const NOT_REQUIRED_REASONS = ['joinedLate', 'longAbsence'] as const;
/** One reason. */
export type NotRequiredReason = (typeof NOT_REQUIRED_REASONS)[number];

/** A stage of one cycle marked not required, with the reason, a note, and who marked it when. */
export interface StageNotRequired {
  cycleKey: string;
  stage: Stage;
  reason: NotRequiredReason;
  note: string;
  by: string;
  at: IsoInstant;
}

/** Why HR closed a stage without the appraisee's agreement (DOMAIN §4: they cannot respond). */
export const CLOSED_REASONS = ['appraiseeAbsent', 'appraiseeLeft'] as const;
/** One reason. */
export type ClosedReason = (typeof CLOSED_REASONS)[number];

/**
 * A shared stage HR closed "not agreed" because the appraisee cannot respond: the stage counts as held, the record
 * keeps what the reviewer shared, and it is never shown as agreed. It counts only once the stage was shared.
 */
export interface StageClosedNotAgreed {
  cycleKey: string;
  stage: Stage;
  reason: ClosedReason;
  note: string;
  by: string;
  at: IsoInstant;
}

/** A long absence (sickness, maternity, shared parental leave): due dates pause from `from` to `to` inclusive. */
export interface LongAbsence {
  from: IsoDate;
  /** Undefined while the person is still away: every due date after `from` waits. */
  to: IsoDate | undefined;
}

/** The circumstances of one person's cycle that the deadline rule reads. */
export interface CycleCircumstances {
  /** When the person's record for the cycle was opened: windows run from then when it is after the cycle's start. */
  openedOn?: IsoDate;
  notRequired?: readonly StageNotRequired[];
  closedNotAgreed?: readonly StageClosedNotAgreed[];
  absences?: readonly LongAbsence[];
  /** Open and past informal support plans (the fact only): deadlines pause while one runs, as for an absence. */
  supportPeriods?: readonly SupportPeriod[];
}

/** Whether an absence covers a day. */
export const absentOn = (absence: LongAbsence, day: IsoDate): boolean =>
  absence.from <= day && (absence.to === undefined || day <= absence.to);

/** Refuses an absence that ends before it starts. */
export const validAbsence = (absence: LongAbsence): boolean => absence.to === undefined || absence.from <= absence.to;

type StageMark = { cycleKey: string; stage: Stage };

/** The person's marks with this one set: a second mark for the same cycle and stage replaces the first. */
export function withNotRequired<T extends StageMark>(marks: readonly T[] | undefined, mark: T): T[] {
  return [...(marks ?? []).filter((m) => m.cycleKey !== mark.cycleKey || m.stage !== mark.stage), mark];
}

/** The person's marks without the one for this cycle and stage (HR undoes a mark made in error). */
export function withoutNotRequired<T extends StageMark>(marks: readonly T[] | undefined, cycleKey: string, stage: Stage): T[] {
  return (marks ?? []).filter((m) => m.cycleKey !== cycleKey || m.stage !== stage);
}

/**
 * The person's absences with this one added, in date order; refused (undefined) when it ends before it starts or
 * overlaps one already recorded, so no day is counted twice.
 */
export function withAbsence(absences: readonly LongAbsence[] | undefined, absence: LongAbsence): LongAbsence[] | undefined {
  if (!validAbsence(absence)) return undefined;
  const end = (a: LongAbsence): string => a.to ?? '9999-12-31';
  if ((absences ?? []).some((a) => a.from <= end(absence) && absence.from <= end(a))) return undefined;
  return [...(absences ?? []), absence].sort((a, b) => (a.from < b.from ? -1 : 1));
}
