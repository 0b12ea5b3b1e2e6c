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
  /**
   * Columns shown together when that shows more figures (issue 17): each listed column is counted in the merged one.
   * At school size a "late" or "not held" column is often below k, and hiding it hides the on-time figure with it.
   */
  coarse: { merged: readonly ColumnKey[]; into: ColumnKey } | undefined;
}

const STAGE_COLUMNS = ['onTime', 'late', 'notHeld', 'notDue'] as const;

const stageMeasure = (key: 'planning' | 'interimReview' | 'finalReview'): Measure => ({
  key,
  population: 'eligible',
  columns: STAGE_COLUMNS,
  classify: (p) => p.stages[key],
  rate: { column: 'onTime', of: ['onTime', 'late', 'notHeld'] },
  coarse: { merged: ['late', 'notHeld'], into: 'lateOrNotHeld' }
});

/** The measures of a governor report, in the order they are published. */
export const MEASURES: readonly Measure[] = [
  stageMeasure('planning'),
  stageMeasure('interimReview'),
  stageMeasure('finalReview'),
  {
    key: 'objectiveOutcomes',
    population: 'eligible',
    columns: ['allMet', 'someNotMet', 'notAssessed'],
    classify: ({ objectiveOutcomes: o }) => (o.partlyMet + o.notMet > 0 ? 'someNotMet' : o.met > 0 ? 'allMet' : 'notAssessed'),
    rate: { column: 'allMet', of: ['allMet', 'someNotMet'] },
    coarse: { merged: ['someNotMet', 'notAssessed'], into: 'notAllMet' }
  },
  {
    key: 'developmentSupport',
    population: 'eligible',
    columns: ['noNeeds', 'allSupported', 'notAllSupported'],
    classify: ({ developmentNeeds: d }) =>
      d.identified === 0 ? 'noNeeds' : d.supported >= d.identified ? 'allSupported' : 'notAllSupported',
    rate: { column: 'allSupported', of: ['allSupported', 'notAllSupported'] },
    coarse: { merged: ['noNeeds', 'allSupported'], into: 'noUnmetNeeds' }
  },
  {
    key: 'disagreements',
    population: 'eligible',
    columns: ['neither', 'disagreementOrReview'],
    classify: (p) => (p.disagreements + p.reviewRequests > 0 ? 'disagreementOrReview' : 'neither'),
    rate: { column: 'disagreementOrReview', of: ['neither', 'disagreementOrReview'] },
    coarse: undefined
  },
  {
    key: 'jobDescriptions',
    population: 'eligible',
    columns: ['changesProposed', 'noChangesProposed'],
    classify: (p) => (p.jobDescriptionChangesProposed ? 'changesProposed' : 'noChangesProposed'),
    rate: undefined,
    coarse: undefined
  },
  {
    key: 'oneToOnes',
    population: 'all',
    columns: ['none', 'oneOrTwo', 'threeOrMore'],
    classify: (p) => (p.oneToOnesHeld === 0 ? 'none' : p.oneToOnesHeld <= 2 ? 'oneOrTwo' : 'threeOrMore'),
    rate: { column: 'threeOrMore', of: ['none', 'oneOrTwo', 'threeOrMore'] },
    coarse: { merged: ['none', 'oneOrTwo'], into: 'fewerThanThree' }
  }
];

/** Whether a person is in a population: eligible staff are on the full cycle and not paused (UK-5). */
export const inPopulation = (p: ReportPerson, population: Population): boolean =>
  population === 'all' || (p.track === 'fullCycle' && !p.paused);

/**
 * The measure with its small columns merged (`coarse`): the same people, fewer columns. Its rate is dropped, so no
 * equality flag is published from a merged table (publishableFlags needs the separate columns).
 */
export function coarsened(measure: Measure): Measure | undefined {
  const coarse = measure.coarse;
  if (!coarse) return undefined;
  const columns = measure.columns.flatMap((c) => (c === coarse.merged[0] ? [coarse.into] : coarse.merged.includes(c) ? [] : [c]));
  return {
    ...measure, columns, rate: undefined, coarse: undefined,
    classify: (p) => {
      const c = measure.classify(p);
      return coarse.merged.includes(c) ? coarse.into : c;
    }
  };
}
