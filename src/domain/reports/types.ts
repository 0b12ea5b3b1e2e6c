/**
 * Governor reporting (DOMAIN §7.5, §7.6): the anonymised input per person and the published snapshot. Nothing here
 * carries a name, an id, free text or an individual date.
 */
import type { AppraisalTrack, ContractType, StaffCategory } from '../staff';
import type { IsoDate } from '../isoDate';
import type { Stage } from '../stageDates';

/** How a formal stage went for one person: held by its due date, held late, not held though due, or not due yet. */
export type StageCompletion = 'onTime' | 'late' | 'notHeld' | 'notDue';

/** One person in a cycle, already without name or id: what the report counts. */
export interface ReportPerson {
  /** People without a category are left out of reports altogether (DOMAIN §6). */
  staffCategory: StaffCategory | undefined;
  workingPattern: 'fullTime' | 'partTime';
  contract: ContractType;
  track: AppraisalTrack;
  /** Long absence (UK-5): out of completion denominators. */
  paused: boolean;
  stages: Record<Stage, StageCompletion>;
  objectiveOutcomes: { met: number; partlyMet: number; notMet: number; withdrawn: number };
  developmentNeeds: { identified: number; supported: number };
  disagreements: number;
  reviewRequests: number;
  oneToOnesHeld: number;
  jobDescriptionChangesProposed: boolean;
}

/** Who a table counts: eligible staff (full cycle, not paused) or all staff in scope (for one-to-ones). */
export type Population = 'eligible' | 'all';

/** The dimensions a table may be broken down by (UK-11, UK-13); `none` is the whole school. */
export type Dimension = 'none' | 'category' | 'contract' | 'workingPattern';

/** A row of a breakdown: a category, contract group or working pattern, a merged "other" group, or everyone. */
export type GroupKey =
  StaffCategory | 'otherCategories' | 'permanent' | 'fixedTermOrTemporary' | 'casual' | 'otherContracts' | 'fullTime' | 'partTime' | 'all';

/** What a table measures; each has fixed columns that partition the people counted. */
export type MeasureKey =
  | 'planning'
  | 'interimReview'
  | 'finalReview'
  | 'objectiveOutcomes'
  | 'developmentSupport'
  | 'disagreements'
  | 'jobDescriptions'
  | 'oneToOnes';

/** Column keys, per measure (see MEASURES). */
export type ColumnKey =
  | StageCompletion
  | 'allMet' | 'someNotMet' | 'notAssessed'
  | 'noNeeds' | 'allSupported' | 'notAllSupported'
  | 'neither' | 'disagreementOrReview'
  | 'changesProposed' | 'noChangesProposed'
  | 'none' | 'oneOrTwo' | 'threeOrMore'
  /** Merged columns, used when the separate ones would hide more figures (MEASURES' `coarse` schemes). */
  | 'lateOrNotHeld' | 'notAllMet' | 'noUnmetNeeds' | 'fewerThanThree';

/** A published number, or `[c]` where it is hidden to protect individuals. */
export type PublishedValue = number | '[c]';

/** What governors see in one cell: a count and its percentage of the row, or both hidden. */
export interface PublishedCell {
  count: PublishedValue;
  percent: PublishedValue;
}

/** One row of a published table. */
export interface PublishedRow {
  group: GroupKey;
  cells: PublishedCell[];
  /** The row's headcount: never hidden (groups below k are merged or dropped first). */
  total: number;
}

/** A table as governors see it. `totals` is absent for a whole-school table (its only row is the total). */
export interface PublishedTable {
  measure: MeasureKey;
  population: Population;
  dimension: Dimension;
  columns: ColumnKey[];
  rows: PublishedRow[];
  totals: { cells: PublishedCell[]; total: number } | undefined;
}

/** Why something is missing or merged, in codes the UI words. */
export type ReportNote =
  | { code: 'breakdownDropped'; measure: MeasureKey; dimension: Exclude<Dimension, 'none'> }
  | { code: 'groupsMerged'; measure: MeasureKey; dimension: Exclude<Dimension, 'none'>; merged: GroupKey[]; into: GroupKey }
  | { code: 'notDueYet'; measure: MeasureKey }
  | { code: 'tooFewInPopulation'; measure: MeasureKey; population: Population }
  /** Set beside the other tables, this one would single out fewer than k people (DOMAIN §7.5, differencing). */
  | { code: 'wouldIsolate'; measure: MeasureKey }
  /** Every number of this breakdown would be hidden, so it is left out rather than shown as a table of `[c]`. */
  | { code: 'nothingToShow'; measure: MeasureKey; dimension: Exclude<Dimension, 'none'> }
  /** Small columns of this measure are shown together, so that more of its figures can be shown. */
  | { code: 'columnsMerged'; measure: MeasureKey; merged: ColumnKey[]; into: ColumnKey };

/** A neutral "worth checking" flag (UK-13): two groups of at least k differ by `points` or more. Names no one. */
export interface EqualityFlag {
  measure: MeasureKey;
  dimension: Exclude<Dimension, 'none'>;
  groups: [GroupKey, GroupKey];
  points: number;
}

/** The report exactly as published: only values that passed suppression. */
export interface GovernorReportSnapshot {
  v: 1;
  cycleLabel: string;
  k: number;
  preparedOn: IsoDate;
  /** `tooFew`: fewer than k staff in scope, so nothing but this state is published. */
  scope: 'reported' | 'tooFew';
  tables: PublishedTable[];
  notes: ReportNote[];
  /** Only flags that follow from published numbers (publishableFlags); the head sees every flag when preparing. */
  flags: EqualityFlag[];
}

/** Options of a report: k from the settings (UK-12) and the equality gap in percentage points (UK-13). */
export interface ReportOptions {
  k: number;
  equalityGapPoints: number;
  /**
   * Below this many times k people, a measure's small columns are merged (`Measure.coarse`); 0 never merges.
   * Default COARSE_BELOW. Decided on the headcount, which governors know, so the choice itself reveals nothing.
   */
  mergeColumnsBelow?: number;
}

/** The default equality gap (UK-13): 20 percentage points. */
export const DEFAULT_EQUALITY_GAP_POINTS = 20;
