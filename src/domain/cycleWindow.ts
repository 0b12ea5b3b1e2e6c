/** Which cycle a date falls in (AB4: April to March by default; the start month is the school's setting). */
import { addDays, addMonths, dateParts, isoDate, type IsoDate } from './isoDate';
import type { AppraisalTrack, StaffMember } from './staff';

/** One appraisal year: "2026/27", 1 April 2026 – 31 March 2027 by default. */
export interface CycleWindow {
  label: string;
  start: IsoDate;
  end: IsoDate;
}

/** The cycle containing `date` for a scheme starting in `startMonth` (1–12). */
export function cycleContaining(date: IsoDate, startMonth: number): CycleWindow {
  const { year, month } = dateParts(date);
  const startYear = month >= startMonth ? year : year - 1;
  const start = isoDate(startYear, startMonth, 1);
  const end = addDays(addMonths(start, 12), -1);
  const endYear = dateParts(end).year;
  return { label: startYear === endYear ? String(startYear) : `${startYear}/${String(endYear).slice(2)}`, start, end };
}

/** A key-safe form of the label for ids and folder names ("2026/27" → "2026-27"). */
export const cycleKeyOf = (cycle: CycleWindow): string => cycle.label.replace('/', '-');

/** Keep until: the cycle's end plus the retention years (AB12, UK-15: six by default). */
export function retainUntil(cycle: CycleWindow, years: number): IsoDate {
  return addMonths(cycle.end, years * 12);
}

/**
 * The track a person is on for a cycle (UK-2, UK-3), or undefined when they are not in it at all (left before it
 * started). Casual staff and staff still in probation have one-to-ones only.
 */
export function trackFor(member: StaffMember, cycle: CycleWindow): AppraisalTrack | undefined {
  if (member.leftOn && member.leftOn < cycle.start) return undefined;
  if (member.contract === 'casual' || !member.probationPassed) return 'oneToOneOnly';
  return 'fullCycle';
}
