/**
 * Builds the governor report from anonymised people: scope, groups (rule 1), counts of people, suppression (rules
 * 2–4, audited exactly), percentages, notes and equality flags. Pure: the caller supplies the date.
 */
import type { IsoDate } from '../isoDate';
import { groupingFor, groupOf, type Grouping } from './grouping';
import { allStaffGrouping, isolatesFewerThanK } from './differencing';
import { inPopulation, MEASURES, type Measure } from './measures';
import { suppressTable, type CountTable } from './suppression';
import type { HiddenMask } from './audit';
import { equalityFlags, publishableFlags } from './equality';
import { BREAKDOWN_DIMENSIONS as BREAKDOWNS } from './dimensions';
import type { ColumnKey, Dimension, GovernorReportSnapshot, GroupKey, PublishedCell, PublishedTable, ReportNote, ReportOptions, ReportPerson } from './types';

/** People who may appear in a report at all: those without a staff category never do (DOMAIN §6). */
export const inScope = (people: readonly ReportPerson[]): ReportPerson[] => people.filter((p) => p.staffCategory !== undefined);

const percent = (count: number, of: number): number => (of > 0 ? Math.round((count / of) * 100) : 0);
const cell = (count: number, of: number, hidden: boolean): PublishedCell => (hidden ? { count: '[c]', percent: '[c]' } : { count, percent: percent(count, of) });

/** The columns a measure publishes here: "not due" only when someone is not due yet (it varies for planning only). */
function columnsFor(measure: Measure, people: readonly ReportPerson[]): ColumnKey[] {
  return measure.columns.filter((c) => c !== 'notDue' || people.some((p) => measure.classify(p) === 'notDue'));
}

interface Draft {
  dimension: Dimension;
  groups: GroupKey[];
  table: CountTable;
}

function draftFor(measure: Measure, people: readonly ReportPerson[], columns: ColumnKey[], dimension: Dimension, rows: Array<{ key: GroupKey; members: GroupKey[] }>): Draft {
  const counts = rows.map(() => columns.map(() => 0));
  const rowOf = new Map<GroupKey, number>(rows.flatMap((row, r) => row.members.map((g) => [g, r] as const)));
  const columnOf = new Map<ColumnKey, number>(columns.map((c, j) => [c, j]));
  for (const p of people) counts[dimension === 'none' ? 0 : (rowOf.get(groupOf(p, dimension)) as number)][columnOf.get(measure.classify(p)) as number]++;
  return { dimension, groups: rows.map((r) => r.key), table: { counts } };
}

function publish(measure: Measure, columns: ColumnKey[], draft: Draft, mask: HiddenMask): PublishedTable {
  const { counts } = draft.table;
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  const colTotals = columns.map((_c, j) => counts.reduce((n, row) => n + row[j], 0));
  return {
    measure: measure.key, population: measure.population, dimension: draft.dimension, columns,
    rows: counts.map((row, i) => ({ group: draft.groups[i], cells: row.map((v, j) => cell(v, rowTotals[i], mask.cells[i][j])), total: rowTotals[i] })),
    totals: counts.length > 1 ? { cells: colTotals.map((v, j) => cell(v, grand, mask.columnTotals[j])), total: grand } : undefined
  };
}

/**
 * Tables and notes for one measure. Breakdowns of one measure share its totals row; once one of them hides a column
 * total, publishing a second would link the two through it (the per-table audit would no longer be exact), so any
 * further breakdown is dropped with a note.
 */
function tablesFor(measure: Measure, people: readonly ReportPerson[], k: number, groupingOf: (d: (typeof BREAKDOWNS)[number]) => Grouping): { tables: PublishedTable[]; notes: ReportNote[] } {
  const notes: ReportNote[] = [];
  if (people.length < k) return { tables: [], notes: [{ code: 'tooFewInPopulation', measure: measure.key, population: measure.population }] };
  const classes = new Set(people.map((p) => measure.classify(p)));
  if (classes.size === 1 && (classes.has('notDue') || classes.has('notAssessed'))) return { tables: [], notes: [{ code: 'notDueYet', measure: measure.key }] };
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
    if (grouping.merged.length) notes.push({ code: 'groupsMerged', measure: measure.key, dimension, merged: grouping.merged, into: grouping.rows[grouping.rows.length - 1].key });
    totalsHidden = mask.columnTotals.some(Boolean);
    tables.push(publish(measure, columns, draft, mask));
  }
  if (!tables.length) {
    const draft = draftFor(measure, people, columns, 'none', [{ key: 'all', members: [] }]);
    tables.push(publish(measure, columns, draft, suppressTable(draft.table, k)));
  }
  return { tables, notes };
}

/** The report as governors will see it, built from anonymised people (the app maps records to them). */
export function buildGovernorReport(people: readonly ReportPerson[], cycleLabel: string, preparedOn: IsoDate, options: ReportOptions): GovernorReportSnapshot {
  const { k } = options;
  const scoped = inScope(people);
  const base = { v: 1 as const, cycleLabel, k, preparedOn };
  if (scoped.length < k) return { ...base, scope: 'tooFew', tables: [], notes: [], flags: [] };
  const tables: PublishedTable[] = [];
  const notes: ReportNote[] = [];
  const eligible = scoped.filter((p) => inPopulation(p, 'eligible'));
  for (const measure of MEASURES) {
    if (measure.population === 'all' && isolatesFewerThanK(scoped, eligible, k)) {
      notes.push({ code: 'wouldIsolate', measure: measure.key });
      continue;
    }
    const people = measure.population === 'all' ? scoped : eligible;
    const grouping = measure.population === 'all' ? (d: (typeof BREAKDOWNS)[number]) => allStaffGrouping(scoped, eligible, d, k) : (d: (typeof BREAKDOWNS)[number]) => groupingFor(eligible, d, k);
    const result = tablesFor(measure, people, k, grouping);
    tables.push(...result.tables);
    notes.push(...result.notes);
  }
  return { ...base, scope: 'reported', tables, notes, flags: publishableFlags(equalityFlags(scoped, options), tables) };
}
