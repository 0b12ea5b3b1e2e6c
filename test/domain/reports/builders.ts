import type { ReportPerson } from '../../../src/domain';

/** A valid ReportPerson: a permanent, full-time learning-support TA on the full cycle, every due stage on time. */
export const aReportPerson = (over: Partial<ReportPerson> = {}): ReportPerson => ({
  staffCategory: 'learningSupport',
  workingPattern: 'fullTime',
  contract: 'permanent',
  track: 'fullCycle',
  paused: false,
  stages: { planning: 'onTime', interimReview: 'onTime', finalReview: 'notDue' },
  objectiveOutcomes: { met: 0, partlyMet: 0, notMet: 0, withdrawn: 0 },
  developmentNeeds: { identified: 0, supported: 0 },
  disagreements: 0,
  reviewRequests: 0,
  oneToOnesHeld: 3,
  jobDescriptionChangesProposed: false,
  ...over
});

/** `n` copies of a person. */
export const times = (n: number, over: Partial<ReportPerson> = {}): ReportPerson[] => Array.from({ length: n }, () => aReportPerson(over));
