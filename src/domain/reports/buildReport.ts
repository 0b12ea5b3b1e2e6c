/**
 * Builds the governor report from anonymised people: scope, groups (rule 1), counts of people, suppression (rules
 * 2–4, audited exactly), percentages, notes and equality flags. Pure: the caller supplies the date.
 */
import type { IsoDate } from '../isoDate';
import { groupingFor, groupOf, type Grouping } from './grouping';
import { allStaffGrouping, isolatesFewerThanK } from './differencing';
import { coarsened, inPopulation, MEASURES, type Measure } from './measures';
import { suppressTable, type CountTable } from './suppression';
import { pinnedCells, type HiddenMask } from './audit';
import { equalityFlags, publishableFlags } from './equality';
import { BREAKDOWN_DIMENSIONS as BREAKDOWNS } from './dimensions';
import type {
  ColumnKey,
  Dimension,
  GovernorReportSnapshot,
  GroupKey,
  PublishedCell,
  PublishedTable,
  ReportNote,
  ReportOptions,
  ReportPerson
} from './types';

/** People who may appear in a report at all: those without a staff category never do (DOMAIN §6). */
export const inScope = (people: readonly ReportPerson[]): ReportPerson[] => people.filter((p) => p.staffCategory !== undefined);

const percent = (count: number, of: number): number => (of > 0 ? Math.round((count / of) * 100) : 0);
const cell = (count: number, of: number, hidden: boolean): PublishedCell =>
  hidden ? { count: '[c]', percent: '[c]' } : { count, percent: percent(count, of) };

/** The columns a measure publishes here: "not due" only when someone is not due yet (it varies for planning only). */
function columnsFor(measure: Measure, people: readonly ReportPerson[]): ColumnKey[] {
  return measure.columns.filter((c) => c !== 'notDue' || people.some((p) => measure.classify(p) === 'notDue'));
}

interface Draft {
  dimension: Dimension;
  groups: GroupKey[];
  table: CountTable;
}

function draftFor(
  measure: Measure,
  people: readonly ReportPerson[],
  columns: ColumnKey[],
  dimension: Dimension,
  rows: Array<{ key: GroupKey; members: GroupKey[] }>
): Draft {
  const counts = rows.map(() => columns.map(() => 0));
  const rowOf = new Map<GroupKey, number>(rows.flatMap((row, r) => row.members.map((g) => [g, r] as const)));
  const columnOf = new Map<ColumnKey, number>(columns.map((c, j) => [c, j]));
  for (const p of people)
    counts[dimension === 'none' ? 0 : (rowOf.get(groupOf(p, dimension)) as number)][columnOf.get(measure.classify(p)) as number]++;
  return { dimension, groups: rows.map((r) => r.key), table: { counts } };
}

function publish(measure: Measure, columns: ColumnKey[], draft: Draft, mask: HiddenMask): PublishedTable {
  const { counts } = draft.table;
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  const colTotals = columns.map((_c, j) => counts.reduce((n, row) => n + row[j], 0));
  return {
    measure: measure.key,
    population: measure.population,
    dimension: draft.dimension,
    columns,
    rows: counts.map((row, i) => ({
      group: draft.groups[i],
      cells: row.map((v, j) => cell(v, rowTotals[i], mask.cells[i][j])),
      total: rowTotals[i]
    })),
    totals: counts.length > 1 ? { cells: colTotals.map((v, j) => cell(v, grand, mask.columnTotals[j])), total: grand } : undefined
  };
}

/**
 * Tables and notes for one measure. Breakdowns of one measure share its totals row; once one of them hides a column
 * total, publishing a second would link the two through it (the per-table audit would no longer be exact), so any
 * further breakdown is dropped with a note.
 */
function tablesFor(
  fine: Measure,
  people: readonly ReportPerson[],
  k: number,
  mergeBelow: number,
  groupingOf: (d: (typeof BREAKDOWNS)[number]) => Grouping
): { tables: PublishedTable[]; notes: ReportNote[]; audited: AuditedTable[] } {
  const notes: ReportNote[] = [];
  const audited: AuditedTable[] = [];
  if (people.length < k)
    return { tables: [], notes: [{ code: 'tooFewInPopulation', measure: fine.key, population: fine.population }], audited };
  const classes = new Set(people.map((p) => fine.classify(p)));
  if (classes.size === 1 && (classes.has('notDue') || classes.has('notAssessed')))
    return { tables: [], notes: [{ code: 'notDueYet', measure: fine.key }], audited };
  // Merged columns below COARSE_BELOW × k people: decided on the headcount, which governors know, so it reveals nothing.
  const measure = (people.length < mergeBelow * k && coarsened(fine)) || fine;
  if (measure !== fine && fine.coarse)
    notes.push({ code: 'columnsMerged', measure: fine.key, merged: [...fine.coarse.merged], into: fine.coarse.into });
  const columns = columnsFor(measure, people);
  const tables: PublishedTable[] = [];
  let totalsHidden = false;
  for (const dimension of BREAKDOWNS) {
    const grouping = groupingOf(dimension);
    if (grouping.kind === 'dropped' || totalsHidden) {
      notes.push({ code: 'breakdownDropped', measure: measure.key, dimension });
      continue;
    }
    const draft = draftFor(measure, people, columns, dimension, grouping.rows);
    const mask = suppressTable(draft.table, k);
    // Two breakdowns that both hide a column total are linked through it; publishing one keeps the audit exact.
    if (tables.length && mask.columnTotals.some(Boolean)) {
      notes.push({ code: 'breakdownDropped', measure: measure.key, dimension });
      continue;
    }
    // A breakdown whose every number would be hidden adds nothing: it is left out with a note, not shown as `[c]`.
    if (mask.cells.every((row) => row.every(Boolean))) {
      notes.push({ code: 'nothingToShow', measure: measure.key, dimension });
      continue;
    }
    if (grouping.merged.length)
      notes.push({
        code: 'groupsMerged',
        measure: measure.key,
        dimension,
        merged: grouping.merged,
        into: grouping.rows[grouping.rows.length - 1].key
      });
    totalsHidden = mask.columnTotals.some(Boolean);
    tables.push(publish(measure, columns, draft, mask));
    audited.push({ counts: draft.table.counts, mask });
  }
  if (!tables.length) {
    const draft = draftFor(measure, people, columns, 'none', [{ key: 'all', members: [] }]);
    const mask = suppressTable(draft.table, k);
    tables.push(publish(measure, columns, draft, mask));
    audited.push({ counts: draft.table.counts, mask });
  }
  return { tables, notes, audited };
}

/** The true counts and the mask of a published table, kept only for the audit (never published). */
interface AuditedTable {
  counts: number[][];
  mask: HiddenMask;
}

/** What the audit of a whole report found: figures shown and hidden, and disclosures (must be 0). */
export interface ReportAudit {
  /** Numbers shown in the tables (interior cells and column totals; row totals are headcounts and not counted). */
  visible: number;
  /** Every interior cell and column total of the published tables. */
  figures: number;
  /** Published numbers below k, plus hidden values the published numbers pin to one value (audit.ts). */
  disclosures: number;
}

/** The audit of one table from its true counts and mask: figures, visible ones, and disclosures (must be 0). */
export function auditTable(counts: number[][], mask: HiddenMask, k: number): ReportAudit {
  let visible = 0;
  let figures = 0;
  let disclosures = 0;
  const columnTotals = counts[0].map((_v, c) => counts.reduce((n, row) => n + row[c], 0));
  const lines =
    counts.length > 1
      ? [
          ...counts.map((row, r) => row.map((v, c) => [v, mask.cells[r][c]] as const)),
          columnTotals.map((v, c) => [v, mask.columnTotals[c]] as const)
        ]
      : [counts[0].map((v, c) => [v, mask.cells[0][c]] as const)];
  for (const line of lines) {
    for (const [value, hidden] of line) {
      figures++;
      if (!hidden) visible++;
      if (!hidden && value < k) disclosures++;
    }
  }
  disclosures += pinnedCells(counts, mask).filter((p) => counts.length > 1 || p.kind === 'cell').length;
  return { visible, figures, disclosures };
}

function auditOf(tables: readonly AuditedTable[], k: number): ReportAudit {
  return tables
    .map((t) => auditTable(t.counts, t.mask, k))
    .reduce((a, b) => ({ visible: a.visible + b.visible, figures: a.figures + b.figures, disclosures: a.disclosures + b.disclosures }), {
      visible: 0,
      figures: 0,
      disclosures: 0
    });
}

/** Below this many times k people, a measure's small columns are merged (`Measure.coarse`). */
export const COARSE_BELOW = 20;

/** The report as governors will see it, built from anonymised people (the app maps records to them). */
export function buildGovernorReport(
  people: readonly ReportPerson[],
  cycleLabel: string,
  preparedOn: IsoDate,
  options: ReportOptions
): GovernorReportSnapshot {
  return buildAuditedReport(people, cycleLabel, preparedOn, options).snapshot;
}

/** The report and its exact audit: how many figures it shows, and how many disclosures the audit finds (must be 0). */
export function buildAuditedReport(
  people: readonly ReportPerson[],
  cycleLabel: string,
  preparedOn: IsoDate,
  options: ReportOptions
): { snapshot: GovernorReportSnapshot; audit: ReportAudit } {
  const { k } = options;
  const scoped = inScope(people);
  const base = { v: 1 as const, cycleLabel, k, preparedOn };
  if (scoped.length < k)
    return { snapshot: { ...base, scope: 'tooFew', tables: [], notes: [], flags: [] }, audit: { visible: 0, figures: 0, disclosures: 0 } };
  const tables: PublishedTable[] = [];
  const notes: ReportNote[] = [];
  const audited: AuditedTable[] = [];
  const eligible = scoped.filter((p) => inPopulation(p, 'eligible'));
  for (const measure of MEASURES) {
    if (measure.population === 'all' && isolatesFewerThanK(scoped, eligible, k)) {
      notes.push({ code: 'wouldIsolate', measure: measure.key });
      continue;
    }
    const people = measure.population === 'all' ? scoped : eligible;
    const grouping =
      measure.population === 'all'
        ? (d: (typeof BREAKDOWNS)[number]) => allStaffGrouping(scoped, eligible, d, k)
        : (d: (typeof BREAKDOWNS)[number]) => groupingFor(eligible, d, k);
    const result = tablesFor(measure, people, k, options.mergeColumnsBelow ?? COARSE_BELOW, grouping);
    tables.push(...result.tables);
    notes.push(...result.notes);
    audited.push(...result.audited);
  }
  const snapshot: GovernorReportSnapshot = {
    ...base,
    scope: 'reported',
    tables,
    notes,
    flags: publishableFlags(equalityFlags(scoped, options), tables)
  };
  return { snapshot, audit: auditOf(audited, k) };
}
