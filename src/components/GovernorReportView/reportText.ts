/** Words for the report's codes: one exhaustive map per code set, shared by the page, the charts and the Word pack. */
import * as strings from 'CommonStrings';
import type { ColumnKey, Dimension, EqualityFlag, GovernorReportSnapshot, GroupKey, MeasureKey, PublishedCell, PublishedTable, ReportNote } from '../../domain';
import { categoryLabel } from '../labels/staffLabels';
import { format } from '../format';

const MEASURE: Record<MeasureKey, string> = {
  planning: strings.ReportMeasurePlanning, interimReview: strings.ReportMeasureInterimReview, finalReview: strings.ReportMeasureFinalReview,
  objectiveOutcomes: strings.ReportMeasureObjectiveOutcomes, developmentSupport: strings.ReportMeasureDevelopmentSupport,
  disagreements: strings.ReportMeasureDisagreements, jobDescriptions: strings.ReportMeasureJobDescriptions, oneToOnes: strings.ReportMeasureOneToOnes
};

const DIMENSION: Record<Dimension, string> = {
  none: strings.ReportWholeSchool, category: strings.ReportByCategory, contract: strings.ReportByContract, workingPattern: strings.ReportByWorkingPattern
};

const COLUMN: Record<ColumnKey, string> = {
  onTime: strings.ReportColOnTime, late: strings.ReportColLate, notHeld: strings.ReportColNotHeld, notDue: strings.ReportColNotDue,
  allMet: strings.ReportColAllMet, someNotMet: strings.ReportColSomeNotMet, notAssessed: strings.ReportColNotAssessed,
  noNeeds: strings.ReportColNoNeeds, allSupported: strings.ReportColAllSupported, notAllSupported: strings.ReportColNotAllSupported,
  neither: strings.ReportColNeither, disagreementOrReview: strings.ReportColDisagreementOrReview,
  changesProposed: strings.ReportColChangesProposed, noChangesProposed: strings.ReportColNoChangesProposed,
  none: strings.ReportColNone, oneOrTwo: strings.ReportColOneOrTwo, threeOrMore: strings.ReportColThreeOrMore
};

const GROUP: Record<Exclude<GroupKey, 'learningSupport' | 'pupilSupport' | 'specialistTechnical' | 'adminAndBusiness' | 'siteStaff'>, string> = {
  otherCategories: strings.ReportGroupOtherCategories, permanent: strings.ReportGroupPermanent, fixedTermOrTemporary: strings.ReportGroupFixedTermOrTemporary,
  casual: strings.ReportGroupCasual, otherContracts: strings.ReportGroupOtherContracts, fullTime: strings.ReportGroupFullTime, partTime: strings.ReportGroupPartTime,
  all: strings.ReportGroupAll
};

/** A measure's title. */
export const measureText = (m: MeasureKey): string => MEASURE[m];
/** A column's heading. */
export const columnText = (c: ColumnKey): string => COLUMN[c];
/** A row's group. */
export const groupText = (g: GroupKey): string => (g in GROUP ? GROUP[g as keyof typeof GROUP] : categoryLabel(g as Parameters<typeof categoryLabel>[0]));
/** A table's caption: what it measures and how it is broken down. */
export const tableCaption = (t: PublishedTable): string => format(strings.ReportTableCaption, MEASURE[t.measure], DIMENSION[t.dimension]);
/** Who a table counts. */
export const populationText = (t: PublishedTable): string => (t.population === 'eligible' ? strings.ReportPopulationEligible : strings.ReportPopulationAll);

/** A cell as read aloud and printed: "9 (75%)", or "[c]". */
export const cellText = (c: PublishedCell): string => (c.count === '[c]' ? strings.ReportHiddenValue : format(strings.ReportCellValue, c.count, c.percent));
/** What a hidden cell means, for its accessible label. */
export const hiddenLabel = (k: number): string => format(strings.ReportHiddenLabel, k);

/** A note in plain words. */
export function noteText(note: ReportNote): string {
  switch (note.code) {
    case 'breakdownDropped':
      return format(strings.ReportNoteDropped, MEASURE[note.measure], DIMENSION[note.dimension]);
    case 'groupsMerged':
      return format(strings.ReportNoteMerged, MEASURE[note.measure], note.merged.map(groupText).join(', '), groupText(note.into));
    case 'notDueYet':
      return format(strings.ReportNoteNotDue, MEASURE[note.measure]);
    case 'tooFewInPopulation':
      return format(strings.ReportNoteTooFew, MEASURE[note.measure]);
    case 'wouldIsolate':
      return format(strings.ReportNoteWouldIsolate, MEASURE[note.measure]);
    default: {
      const never: never = note;
      return never;
    }
  }
}

/** An equality flag in plain, neutral words. */
export const flagText = (f: EqualityFlag): string => format(strings.ReportFlag, MEASURE[f.measure], groupText(f.groups[0]), groupText(f.groups[1]), f.points);

/** The report's heading and how it protects staff. */
export const headingText = (s: GovernorReportSnapshot): string => format(strings.ReportHeading, s.cycleLabel);
/** The plain-English note on suppression. */
export const protectionText = (s: GovernorReportSnapshot): string => format(strings.ReportHowProtected, s.k);
