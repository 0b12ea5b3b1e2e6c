/**
 * Informal support and the capability firewall (DOMAIN §7.4, UK-9, UK-10): a support plan is its own record, read
 * only by the person, their reviewer and HR; a referral to the formal capability procedure is kept as a fact (when,
 * by whom), never with appraisal text; and the cycle's deadlines pause while a plan is open, by the same rule as a
 * long absence (stageDates: a plan's period is one more pause).
 */
import type { LongAbsence } from './circumstances';
import { addDays, type IsoDate } from './isoDate';

/** Longest text in one field of a plan. */
export const SUPPORT_TEXT_LIMIT = 4000;

/** A referral to the formal capability procedure: the fact only, kept apart from the plan, for HR and the head. */
export interface CapabilityReferral {
  on: IsoDate;
  by: string;
}

/** An informal support plan. Its text never leaves the plan; appraisal text never enters it. */
export interface SupportPlan {
  id: number;
  staffKey: string;
  openedOn: IsoDate;
  openedBy: string;
  concerns: string;
  supportAgreed: string;
  reviewOn: IsoDate | undefined;
  outcome: string;
  /** Set when the plan ends; the pause ends that day. */
  closedOn: IsoDate | undefined;
}

/** The only thing about a plan the record shows: that one is open, and since when. */
export interface SupportPeriod {
  from: IsoDate;
  to: IsoDate | undefined;
}

/** A plan's period, for the stage marker and the pause. */
export const periodOf = (plan: Pick<SupportPlan, 'openedOn' | 'closedOn'>): SupportPeriod => ({ from: plan.openedOn, to: plan.closedOn });

/** Whether a plan is open on `day` (the stage marker "Informal support"). */
export const supportOpenOn = (periods: readonly SupportPeriod[] | undefined, day: IsoDate): boolean =>
  (periods ?? []).some((p) => p.from <= day && (p.to === undefined || day <= p.to));

/** Whether the plan's text fits (each field at most SUPPORT_TEXT_LIMIT characters, concerns not empty). */
export function validSupportText(plan: Pick<SupportPlan, 'concerns' | 'supportAgreed' | 'outcome'>): boolean {
  return plan.concerns.trim() !== '' && [plan.concerns, plan.supportAgreed, plan.outcome].every((t) => t.length <= SUPPORT_TEXT_LIMIT);
}

/**
 * Long absences and support periods as one set of pauses, overlapping spans joined, so a day under both counts once.
 * The deadline rule reads only this: a support plan pauses the cycle exactly as an absence does.
 */
export function pausesOf(absences: readonly LongAbsence[] | undefined, support: readonly SupportPeriod[] | undefined): LongAbsence[] {
  const spans = [...(absences ?? []), ...(support ?? [])]
    .map((s) => ({ from: s.from, to: s.to }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  const out: LongAbsence[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    // Joined when they overlap or touch (the next starts the day after the last ends, or earlier).
    if (last && (last.to === undefined || s.from <= addDays(last.to, 1))) {
      if (last.to !== undefined && (s.to === undefined || s.to > last.to)) last.to = s.to;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}
