/**
 * Year-end report people for two schools, fixed before any tuning of the report (issue 17): the seeded Riverside
 * Primary (its 35 categorised personas, with their real categories, contracts and working patterns) and a 10-staff
 * primary. Outcomes are drawn from a seeded generator with plausible year-end rates, so the figures are
 * reproducible and not chosen to make the report look good.
 */
import personas from './personas.json';
import type { ContractType, ReportPerson, StaffCategory, StageCompletion } from '../../src/domain';

type Shape = Pick<ReportPerson, 'staffCategory' | 'contract' | 'workingPattern'> & { probationPassed: boolean };

/** A linear congruential generator: the same seed gives the same school. */
function generator(seed: number): (p: number) => boolean {
  let s = seed;
  return (p) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 < p;
  };
}

/** One person at year end, with rates a school might see: most stages on time, some late, a few not held. */
function atYearEnd(shape: Shape, chance: (p: number) => boolean): ReportPerson {
  const stage = (late: number, notHeld: number): StageCompletion => (chance(notHeld) ? 'notHeld' : chance(late) ? 'late' : 'onTime');
  const fullCycle = shape.contract !== 'casual' && shape.probationPassed;
  const identified = chance(0.2) ? 0 : chance(0.5) ? 1 : 2;
  const allSupported = !chance(0.15);
  const someNotMet = chance(0.25);
  return {
    staffCategory: shape.staffCategory,
    contract: shape.contract,
    workingPattern: shape.workingPattern,
    track: fullCycle ? 'fullCycle' : 'oneToOneOnly',
    paused: false,
    stages: { planning: stage(0.1, 0.03), interimReview: stage(0.15, 0.06), finalReview: stage(0.2, 0.06) },
    objectiveOutcomes: chance(0.06)
      ? { met: 0, partlyMet: 0, notMet: 0, withdrawn: 0 }
      : { met: 2, partlyMet: someNotMet ? 1 : 0, notMet: 0, withdrawn: 0 },
    developmentNeeds: { identified, supported: allSupported ? identified : Math.max(0, identified - 1) },
    disagreements: chance(0.04) ? 1 : 0,
    reviewRequests: 0,
    oneToOnesHeld: chance(0.07) ? 0 : chance(0.3) ? 2 : 4,
    jobDescriptionChangesProposed: chance(0.12)
  };
}

const riversideShapes: Shape[] = personas.people.filter((p) => p.staffCategory).map((p) => ({
  staffCategory: p.staffCategory as StaffCategory, contract: (p.contractType ?? 'permanent') as ContractType,
  workingPattern: p.workingPattern.kind as ReportPerson['workingPattern'], probationPassed: p.probationPassed ?? true
}));

/** Riverside Primary's 35 categorised staff at the end of a cycle (`yearsAgo` 0 is this cycle). */
export const riversideYearEnd = (yearsAgo = 0): ReportPerson[] => {
  const chance = generator(20270331 - yearsAgo * 7919);
  return riversideShapes.map((shape) => atYearEnd(shape, chance));
};

const smallShapes: Shape[] = [
  ...Array.from({ length: 6 }, (_v, i): Shape => ({
    staffCategory: 'learningSupport',
    contract: 'permanent',
    workingPattern: i % 2 ? 'partTime' : 'fullTime',
    probationPassed: true
  })),
  { staffCategory: 'adminAndBusiness', contract: 'permanent', workingPattern: 'fullTime', probationPassed: true },
  { staffCategory: 'adminAndBusiness', contract: 'permanent', workingPattern: 'partTime', probationPassed: true },
  { staffCategory: 'siteStaff', contract: 'permanent', workingPattern: 'fullTime', probationPassed: true },
  { staffCategory: 'pupilSupport', contract: 'fixedTerm', workingPattern: 'partTime', probationPassed: true }
];

/** A 10-staff primary at the end of a cycle. */
export const smallPrimaryYearEnd = (yearsAgo = 0): ReportPerson[] => {
  const chance = generator(20270330 - yearsAgo * 7919);
  return smallShapes.map((shape) => atYearEnd(shape, chance));
};
