/**
 * Records → anonymised report people: the one place that reads records for the governor report. Names, ids, free
 * text and dates stop here. Outcomes count only once the final review is agreed (or its disagreement recorded);
 * a development need counts as supported once support has been given or it is met.
 */
import {
  cycleProgress,
  deadlinePassed,
  isStageComplete,
  STAGES,
  type CycleDocument,
  type IsoDate,
  type IsoInstant,
  type ReportPerson,
  type Stage,
  type StageCompletion
} from '../../domain';
import type { CycleRecordSummary, MeetingRecord, PersonRecords } from '../../data/ports';
import type { ReviewRequestSummary } from '../../data/ports/reviewRequests';

const ORDER: ReadonlyArray<CycleRecordSummary['stage']> = [...STAGES, 'agreed', 'closed'];

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
    (progress.state !== 'notRequired' && ORDER.indexOf(summary.stage) > ORDER.indexOf(stage));
  if (!held) return progress.overdue ? 'notHeld' : 'notDue';
  const meeting = meetings.find((m) => m.kind === stage && m.status === 'booked');
  if (!meeting) return 'onTime';
  return deadlinePassed(summary.cycle, stage, meeting.start.slice(0, 10) as IsoDate, {
    openedOn: summary.openedOn,
    absences: summary.absences,
    supportPeriods: summary.supportPeriods
  })
    ? 'late'
    : 'onTime';
}

/** Paused for the cycle (UK-5, scenario 18): a long absence overlaps it, so the person is outside its completion figures. */
const pausedIn = (summary: CycleRecordSummary): boolean =>
  (summary.absences ?? []).some((a) => a.from <= summary.cycle.end && (a.to === undefined || a.to >= summary.cycle.start));

/** One-to-ones held: not cancelled, already ended, and started within the cycle. */
function oneToOnesHeld(summary: CycleRecordSummary, meetings: readonly MeetingRecord[], now: IsoInstant): number {
  return meetings.filter((m) => {
    const day = m.start.slice(0, 10);
    return m.kind === 'oneToOne' && m.status === 'booked' && m.end <= now && day >= summary.cycle.start && day <= summary.cycle.end;
  }).length;
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
      paused: pausedIn(summary),
      stages: {
        planning: completion(summary, 'planning', meetings, today),
        interimReview: completion(summary, 'interimReview', meetings, today),
        finalReview: completion(summary, 'finalReview', meetings, today)
      },
      ...content(summary.document),
      reviewRequests: reviewRequests.filter((r) => r.staffKey === summary.staffKey && r.cycleKey === summary.cycleKey).length,
      oneToOnesHeld: oneToOnesHeld(summary, meetings, now)
    });
  }
  return people;
}
