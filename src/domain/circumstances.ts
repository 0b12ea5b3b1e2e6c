/**
 * What HR records about a person's year that moves their deadlines (DOMAIN §2, scenarios 17 and 18): a stage marked
 * "not required" with a reason, and long absences that pause due dates. Kept on the roster entry, which only the
 * head and HR write, so neither party can excuse a stage or pause their own deadlines.
 */
import type { IsoDate, IsoInstant } from './isoDate';
import type { Stage } from './stageDates';

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
  absences?: readonly LongAbsence[];
}

/** Whether an absence covers a day. */
export const absentOn = (absence: LongAbsence, day: IsoDate): boolean => absence.from <= day && (absence.to === undefined || day <= absence.to);

/** Refuses an absence that ends before it starts. */
export const validAbsence = (absence: LongAbsence): boolean => absence.to === undefined || absence.from <= absence.to;
