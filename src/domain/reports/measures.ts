/**
 * What each table counts. Every measure counts PEOPLE: its columns partition the people of its population, so a TA
 * with six objectives is one person in one cell, never six.
 *
 * Outcome measure: among a person's objectives that were not withdrawn, "all met" when every assessed one was met,
 * "some partly or not met" when at least one was partly met or not met, "not assessed yet" when none is assessed.
 * Development support: "all supported" when support was given for every need identified.
 */
import type { ColumnKey, MeasureKey, Population, ReportPerson } from './types';

/** A measure: its population, its columns, how a person is classified, and the column whose rate is compared. */
export interface Measure {
  key: MeasureKey;
  population: Population;
  columns: readonly ColumnKey[];
  classify: (p: ReportPerson) => ColumnKey;
  /** The column compared across groups for equality flags, and the columns that form its denominator. */
  rate: { column: ColumnKey; of: readonly ColumnKey[] } | undefined;
}

const STAGE_COLUMNS = ['onTime', 'late', 'notHeld', 'notDue'] as const;

const stageMeasure = (key: 'planning' | 'interimReview' | 'finalReview'): Measure => ({
  key, population: 'eligible', columns: STAGE_COLUMNS, classify: (p) => p.stages[key], rate: { column: 'onTime', of: ['onTime', 'late', 'notHeld'] }
});

/** The measures of a governor report, in the order they are published. */
export const MEASURES: readonly Measure[] = [
  stageMeasure('planning'),
  stageMeasure('interimReview'),
  stageMeasure('finalReview'),
  {
    key: 'objectiveOutcomes', population: 'eligible', columns: ['allMet', 'someNotMet', 'notAssessed'],
    classify: ({ objectiveOutcomes: o }) => (o.partlyMet + o.notMet > 0 ? 'someNotMet' : o.met > 0 ? 'allMet' : 'notAssessed'),
    rate: { column: 'allMet', of: ['allMet', 'someNotMet'] }
  },
  {
    key: 'developmentSupport', population: 'eligible', columns: ['noNeeds', 'allSupported', 'notAllSupported'],
    classify: ({ developmentNeeds: d }) => (d.identified === 0 ? 'noNeeds' : d.supported >= d.identified ? 'allSupported' : 'notAllSupported'),
    rate: { column: 'allSupported', of: ['allSupported', 'notAllSupported'] }
  },
  {
    key: 'disagreements', population: 'eligible', columns: ['neither', 'disagreementOrReview'],
    classify: (p) => (p.disagreements + p.reviewRequests > 0 ? 'disagreementOrReview' : 'neither'),
    rate: { column: 'disagreementOrReview', of: ['neither', 'disagreementOrReview'] }
  },
  {
    key: 'jobDescriptions', population: 'eligible', columns: ['changesProposed', 'noChangesProposed'],
    classify: (p) => (p.jobDescriptionChangesProposed ? 'changesProposed' : 'noChangesProposed'),
    rate: undefined
  },
  {
    key: 'oneToOnes', population: 'all', columns: ['none', 'oneOrTwo', 'threeOrMore'],
    classify: (p) => (p.oneToOnesHeld === 0 ? 'none' : p.oneToOnesHeld <= 2 ? 'oneOrTwo' : 'threeOrMore'),
    rate: { column: 'threeOrMore', of: ['none', 'oneOrTwo', 'threeOrMore'] }
  }
];

/** Whether a person is in a population: eligible staff are on the full cycle and not paused (UK-5). */
export const inPopulation = (p: ReportPerson, population: Population): boolean => population === 'all' || (p.track === 'fullCycle' && !p.paused);
