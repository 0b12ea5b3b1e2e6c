/**
 * The SMART check on an objective as the reviewer writes it (issue 18): gentle hints, never a block — sharing for
 * agreement is decided by validation.ts alone. Specific (a title that says what will be done), measurable (success
 * criteria and agreed evidence, AB5.2–AB5.3), achievable (advice only: a manageable number of objectives), relevant
 * (linked to a standard or a school priority, UK-17) and time-bound (a target date inside the cycle, AB5.5).
 * Language-neutral: it counts words and looks at fields, never at English wording.
 */
import type { CycleWindow } from '../cycleWindow';
import type { Objective } from './types';

/** One hint, in the order shown. */
export type SmartHint = 'specific' | 'measurableCriteria' | 'measurableEvidence' | 'achievable' | 'relevant' | 'timeBound';

/** A title of fewer words than this rarely says what will be done, with whom or how ("Support reading"). */
export const SPECIFIC_MIN_WORDS = 5;
/** Success criteria of fewer words than this rarely say how both will know it is achieved. */
export const CRITERIA_MIN_WORDS = 4;
/** Beyond this many objectives, the advice is to do fewer well. */
export const ACHIEVABLE_MAX_OBJECTIVES = 5;

const words = (text: string): number => text.trim().split(/\s+/u).filter(Boolean).length;

/**
 * The hints for the objective at `index` of `objectives` in `cycle`; none for one written with criteria, evidence, a
 * standard or priority and a date inside the cycle. Nothing is hinted before a title is written.
 */
export function smartHints(objectives: readonly Objective[], index: number, cycle: CycleWindow): SmartHint[] {
  const objective = objectives[index];
  if (!objective || !objective.title.trim()) return [];
  const hints: SmartHint[] = [];
  if (words(objective.title) < SPECIFIC_MIN_WORDS) hints.push('specific');
  if (words(objective.successCriteria) < CRITERIA_MIN_WORDS) hints.push('measurableCriteria');
  if (!objective.agreedEvidence.trim()) hints.push('measurableEvidence');
  if (index >= ACHIEVABLE_MAX_OBJECTIVES) hints.push('achievable');
  if (objective.standardCodes.length === 0 && !objective.schoolPriority.trim()) hints.push('relevant');
  const date = objective.targetDate;
  if (!date || date < cycle.start || date > cycle.end) hints.push('timeBound');
  return hints;
}
