/** Words for the report's codes: one exhaustive map per code set, shared by the page, the charts and the Word pack. */
import * as strings from 'CommonStrings';
import type {
  ColumnKey,
  Dimension,
  EqualityFlag,
  GovernorReportSnapshot,
  GroupKey,
  MeasureKey,
  PublishedCell,
  PublishedTable,
  ReportNote
} from '../../domain';
import { categoryLabel } from '../labels/staffLabels';
import { format } from '../format';

const MEASURE: Record<MeasureKey, string> = {
  planning: strings.ReportMeasurePlanning,
  interimReview: strings.ReportMeasureInterimReview,
  finalReview: strings.ReportMeasureFinalReview,
  objectiveOutcomes: strings.ReportMeasureObjectiveOutcomes,
  developmentSupport: strings.ReportMeasureDevelopmentSupport,
  disagreements: strings.ReportMeasureDisagreements,
  jobDescriptions: strings.ReportMeasureJobDescriptions,
  oneToOnes: strings.ReportMeasureOneToOnes
};

const DIMENSION: Record<Dimension, string> = {
  none: strings.ReportWholeSchool,
  category: strings.ReportByCategory,
  contract: strings.ReportByContract,
  workingPattern: strings.ReportByWorkingPattern
};

const COLUMN: Record<ColumnKey, string> = {
  onTime: strings.ReportColOnTime,
  late: strings.ReportColLate,
  notHeld: strings.ReportColNotHeld,
  notDue: strings.ReportColNotDue,
  allMet: strings.ReportColAllMet,
  someNotMet: strings.ReportColSomeNotMet,
  notAssessed: strings.ReportColNotAssessed,
  noNeeds: strings.ReportColNoNeeds,
  allSupported: strings.ReportColAllSupported,
  notAllSupported: strings.ReportColNotAllSupported,
  neither: strings.ReportColNeither,
  disagreementOrReview: strings.ReportColDisagreementOrReview,
  changesProposed: strings.ReportColChangesProposed,
  noChangesProposed: strings.ReportColNoChangesProposed,
  none: strings.ReportColNone,
  oneOrTwo: strings.ReportColOneOrTwo,
  threeOrMore: strings.ReportColThreeOrMore,
  lateOrNotHeld: strings.ReportColLateOrNotHeld,
  notAllMet: strings.ReportColNotAllMet,
  noUnmetNeeds: strings.ReportColNoUnmetNeeds,
  fewerThanThree: strings.ReportColFewerThanThree
};

const GROUP: Record<
  Exclude<GroupKey, 'learningSupport' | 'pupilSupport' | 'specialistTechnical' | 'adminAndBusiness' | 'siteStaff'>,
  string
> = {
  otherCategories: strings.ReportGroupOtherCategories,
  permanent: strings.ReportGroupPermanent,
  fixedTermOrTemporary: strings.ReportGroupFixedTermOrTemporary,
  casual: strings.ReportGroupCasual,
  otherContracts: strings.ReportGroupOtherContracts,
  fullTime: strings.ReportGroupFullTime,
  partTime: strings.ReportGroupPartTime,
  all: strings.ReportGroupAll
};

/** A measure's title. */
export const measureText = (m: MeasureKey): string => MEASURE[m];
/** A column's heading. */
export const columnText = (c: ColumnKey): string => COLUMN[c];
/** A row's group. */
export const groupText = (g: GroupKey): string =>
  g in GROUP ? GROUP[g as keyof typeof GROUP] : categoryLabel(g as Parameters<typeof categoryLabel>[0]);
/** A table's caption: what it measures and how it is broken down. */
export const tableCaption = (t: PublishedTable): string => format(strings.ReportTableCaption, MEASURE[t.measure], DIMENSION[t.dimension]);
/** Who a table counts. */
export const populationText = (t: PublishedTable): string =>
  t.population === 'eligible' ? strings.ReportPopulationEligible : strings.ReportPopulationAll;

/** A cell as read aloud and printed: "9 (75%)", or "[c]". */
export const cellText = (c: PublishedCell): string =>
  c.count === '[c]' ? strings.ReportHiddenValue : format(strings.ReportCellValue, c.count, c.percent);
/** What a hidden cell means, for its accessible label. */
export const hiddenLabel = (k: number): string => format(strings.ReportHiddenLabel, k);

/** What one note is about, as an item of its reason's list: "Planning meeting by category". */
function noteItem(note: ReportNote): string {
  switch (note.code) {
    case 'breakdownDropped':
    case 'nothingToShow':
      return format(strings.ReportNoteItemBy, MEASURE[note.measure], DIMENSION[note.dimension]);
    case 'groupsMerged':
      return format(
        strings.ReportNoteItemMerged,
        MEASURE[note.measure],
        DIMENSION[note.dimension],
        note.merged.map(groupText).join(', '),
        groupText(note.into)
      );
    case 'columnsMerged':
      return format(strings.ReportNoteItemColumns, MEASURE[note.measure], note.merged.map(columnText).join(', '), columnText(note.into));
    default:
      return MEASURE[note.measure];
  }
}

const GROUPED: Record<ReportNote['code'], string> = {
  breakdownDropped: strings.ReportNotesGroupDropped,
  nothingToShow: strings.ReportNotesGroupNothing,
  groupsMerged: strings.ReportNotesGroupMerged,
  columnsMerged: strings.ReportNotesGroupColumns,
  notDueYet: strings.ReportNotesGroupNotDue,
  tooFewInPopulation: strings.ReportNotesGroupTooFew,
  wouldIsolate: strings.ReportNotesGroupIsolate
};

/** The notes grouped by reason: one sentence per reason, listing what it applies to, in the order reasons first occur. */
export function groupedNoteTexts(notes: readonly ReportNote[]): string[] {
  const byCode = new Map<ReportNote['code'], string[]>();
  for (const n of notes) byCode.set(n.code, [...(byCode.get(n.code) ?? []), noteItem(n)]);
  return Array.from(byCode.entries()).map(([code, items]) => format(GROUPED[code], items.join('; ')));
}

/** The whole-school line of a table: its totals row, or its only row. */
export const wholeSchoolLine = (t: PublishedTable): { cells: PublishedCell[]; total: number } => t.totals ?? t.rows[0];

/** Whether a table shows no number at all (every cell hidden): it is shown as one line saying why. */
export const showsNothing = (t: PublishedTable): boolean => t.rows.every((r) => r.cells.every((c) => c.count === '[c]'));

/** The one line that stands for a table with nothing to show. */
export const nothingText = (t: PublishedTable, k: number): string => format(strings.ReportTableNothing, tableCaption(t), k);

/**
 * The summary: every whole-school figure that is shown, one sentence each ("Planning meeting — On time: 24 of 29
 * eligible staff (83%)"), from the first table of each measure, which is what the tables show. Nothing new is published.
 */
export function summaryLines(s: GovernorReportSnapshot): string[] {
  const lines: string[] = [];
  const seen = new Set<MeasureKey>();
  for (const t of s.tables) {
    if (seen.has(t.measure)) continue;
    seen.add(t.measure);
    const line = wholeSchoolLine(t);
    const who = t.population === 'eligible' ? strings.ReportSummaryEligible : strings.ReportSummaryAll;
    const shown = line.cells.flatMap((c, i) =>
      c.count === '[c]'
        ? []
        : [format(strings.ReportSummaryLine, MEASURE[t.measure], COLUMN[t.columns[i]], c.count, line.total, who, c.percent)]
    );
    lines.push(...(shown.length ? shown : [format(strings.ReportSummaryHidden, MEASURE[t.measure], s.k)]));
  }
  return lines;
}

/** An equality flag in plain, neutral words. */
export const flagText = (f: EqualityFlag): string =>
  format(strings.ReportFlag, MEASURE[f.measure], groupText(f.groups[0]), groupText(f.groups[1]), f.points);

/** The report's heading and how it protects staff. */
export const headingText = (s: GovernorReportSnapshot): string => format(strings.ReportHeading, s.cycleLabel);
/** The plain-English note on suppression. */
export const protectionText = (s: GovernorReportSnapshot): string => format(strings.ReportHowProtected, s.k);
