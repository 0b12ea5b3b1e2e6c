/**
 * Records → anonymised report people: the one place that reads records for the governor report. Names, ids, free
 * text and dates stop here. Outcomes count only once the final review is agreed (or its disagreement recorded);
 * a development need counts as supported once support has been given or it is met.
 */
import {
  bookedMeetingFor,
  countOneToOnesHeld,
  cycleProgress,
  deadlinePassed,
  isStageComplete,
  meetingDay,
  movedPast,
  pausedInCycle,
  STAGES,
  type CycleDocument,
  type CycleRecordSummary,
  type IsoDate,
  type IsoInstant,
  type MeetingRecord,
  type ReportPerson,
  type Stage,
  type StageCompletion
} from '../../domain';
import type { PersonRecords, ReviewRequestSummary } from '../../data/ports';

/**
 * How a stage went, by the one deadline rule (`cycleProgress`: windows from when the person's cycle started, paused
 * by long absences). Held when the record has moved past it: late if its meeting started after the due date, else on
 * time (a stage held without a booked meeting counts as on time: the summary carries no held date). Not held:
 * overdue or not due yet. A stage marked not required is never overdue; until the report has a column for it, it
 * counts as not due.
 */
function completion(summary: CycleRecordSummary, stage: Stage, meetings: readonly MeetingRecord[], today: IsoDate): StageCompletion {
  const progress = cycleProgress(summary, today).stages[stage];
  const held =
    progress.state === 'complete' ||
    progress.state === 'closedNotAgreed' ||
    (progress.state !== 'notRequired' && movedPast(summary, stage));
  if (!held) return progress.overdue ? 'notHeld' : 'notDue';
  const meeting = bookedMeetingFor(meetings, stage);
  if (!meeting) return 'onTime';
  return deadlinePassed(summary.cycle, stage, meetingDay(meeting), {
    openedOn: summary.openedOn,
    absences: summary.absences,
    supportPeriods: summary.supportPeriods
  })
    ? 'late'
    : 'onTime';
}

/** What the cycle's content contributes: outcome, development-need, disagreement and job-description counts. */
function content(
  doc: CycleDocument | undefined
): Pick<ReportPerson, 'objectiveOutcomes' | 'developmentNeeds' | 'disagreements' | 'jobDescriptionChangesProposed'> {
  const outcomes = { met: 0, partlyMet: 0, notMet: 0, withdrawn: 0 };
  if (!doc)
    return {
      objectiveOutcomes: outcomes,
      developmentNeeds: { identified: 0, supported: 0 },
      disagreements: 0,
      jobDescriptionChangesProposed: false
    };
  if (isStageComplete(doc, 'finalReview')) for (const o of doc.objectives) if (o.outcome) outcomes[o.outcome]++;
  const supported = doc.developmentNeeds.filter((n) => n.status === 'met' || n.supportGiven.trim() !== '').length;
  return {
    objectiveOutcomes: outcomes,
    developmentNeeds: { identified: doc.developmentNeeds.length, supported },
    disagreements: STAGES.reduce((sum, stage) => sum + (doc.stages[stage]?.disagreements.length ?? 0), 0),
    jobDescriptionChangesProposed: doc.stages.finalReview?.reviewer.jobDescriptionReview?.decision === 'changesProposed'
  };
}

/**
 * The people of one cycle as the report counts them; people without a record for the cycle are not in it. Review
 * requests (UK-8) count for the cycle they were asked on, read from where only the appraisee could ask
 * (`ReviewRequestStore.list`); the report counts the people with one, suppressed like every measure.
 */
export function toReportPeople(
  records: readonly PersonRecords[],
  cycleLabel: string,
  today: IsoDate,
  now: IsoInstant,
  reviewRequests: readonly ReviewRequestSummary[] = []
): ReportPerson[] {
  const people: ReportPerson[] = [];
  for (const { person, cycles, meetings } of records) {
    const summary = cycles.find((c) => c.cycle.label === cycleLabel);
    if (!summary) continue;
    people.push({
      staffCategory: person.category,
      workingPattern: person.workingPattern.kind,
      contract: person.contract,
      track: summary.track,
      paused: pausedInCycle(summary),
      stages: {
        planning: completion(summary, 'planning', meetings, today),
        interimReview: completion(summary, 'interimReview', meetings, today),
        finalReview: completion(summary, 'finalReview', meetings, today)
      },
      ...content(summary.document),
      reviewRequests: reviewRequests.filter((r) => r.staffKey === summary.staffKey && r.cycleKey === summary.cycleKey).length,
      oneToOnesHeld: countOneToOnesHeld(meetings, summary.cycle, now)
    });
  }
  return people;
}
