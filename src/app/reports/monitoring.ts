/**
 * The head's monitoring view (DOMAIN §5, UK-11): completion, overdue stages and the spread of outcomes by reviewer.
 * Reviewer names are fine here, for administrators only; none of this ever reaches a governor report.
 */
import { actionNeeded, nextSteps, STAGES, type IsoDate, type IsoInstant } from '../../domain';
import type { PersonRecords } from '../../data/ports';
import { toReportPeople } from './reportPeople';

/** One reviewer's line: counts of their appraisees with a record for the cycle. */
export interface ReviewerLine {
  reviewerKey: string | undefined;
  reviewerName: string | undefined;
  appraisees: number;
  stagesHeld: number;
  heldLate: number;
  overdue: number;
  oneToOnesHeld: number;
  /** People whose next step waits on their reviewer, or on themselves (nextSteps: the same rule as every view). */
  waitingOnReviewer: number;
  waitingOnAppraisee: number;
  /** People (not objectives) whose assessed objectives were all met, or some partly or not met. */
  allMet: number;
  someNotMet: number;
}

/** Lines by reviewer, those with most overdue stages first; people without a reviewer form one line. */
export function reviewerLines(records: readonly PersonRecords[], cycleLabel: string, today: IsoDate, now: IsoInstant): ReviewerLine[] {
  const byReviewer = new Map<string, PersonRecords[]>();
  for (const r of records) {
    const key = r.person.reviewer ?? '';
    byReviewer.set(key, [...(byReviewer.get(key) ?? []), r]);
  }
  const lines: ReviewerLine[] = [];
  for (const [key, group] of Array.from(byReviewer.entries())) {
    const people = toReportPeople(group, cycleLabel, today, now);
    if (!people.length) continue;
    const stages = people.flatMap((p) => STAGES.map((s) => p.stages[s]));
    const steps = group.flatMap((r) => {
      const summary = r.cycles.find((c) => c.cycle.label === cycleLabel);
      return summary ? [nextSteps({ ...summary, meetings: r.meetings }, today, now)] : [];
    });
    lines.push({
      reviewerKey: key || undefined,
      reviewerName: group[0].person.reviewerName,
      appraisees: people.length,
      stagesHeld: stages.filter((s) => s === 'onTime' || s === 'late').length,
      heldLate: stages.filter((s) => s === 'late').length,
      overdue: stages.filter((s) => s === 'notHeld').length,
      oneToOnesHeld: people.reduce((n, p) => n + p.oneToOnesHeld, 0),
      waitingOnReviewer: steps.filter((s) => actionNeeded(s.reviewer)).length,
      waitingOnAppraisee: steps.filter((s) => actionNeeded(s.appraisee)).length,
      allMet: people.filter((p) => p.objectiveOutcomes.met > 0 && p.objectiveOutcomes.partlyMet + p.objectiveOutcomes.notMet === 0).length,
      someNotMet: people.filter((p) => p.objectiveOutcomes.partlyMet + p.objectiveOutcomes.notMet > 0).length
    });
  }
  return lines.sort((a, b) => b.overdue - a.overdue || (a.reviewerName ?? '').localeCompare(b.reviewerName ?? '', 'en-GB'));
}
