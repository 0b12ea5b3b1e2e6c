/**
 * The trust roll-up (issue 17): one table per measure with a row per school and the trust's totals, under the same
 * protection as a school's own report. What trust board members can already know is taken into account:
 * - each school's own published report (its whole-school line): a school's row shows exactly what that report shows,
 *   never more, and the audit counts every value that report lets anyone work out as known;
 * - every school's headcount, and the trust's.
 * The trust totals come from each school's exact return (trustReturnOf), which only trust administrators read.
 * Schools whose report does not show the measure (too few staff, or a stale return) are one row, "schools not shown
 * separately", with every cell hidden: they count only in the trust totals. Trust totals are hidden (smallest first)
 * until the exact audit (audit.ts) finds no hidden value pinned, school cells included.
 */
import type { IsoDate } from '../isoDate';
import { pinnedCells, type HiddenMask } from './audit';
import { inScope } from './buildReport';
import { inPopulation, MEASURES, type Measure } from './measures';
import type { ColumnKey, GovernorReportSnapshot, MeasureKey, Population, PublishedCell, ReportPerson } from './types';

/** A school's exact whole-school counts per measure, by the measure's own columns. Trust administrators only. */
export interface TrustReturn {
  v: 1;
  cycleLabel: string;
  counts: Partial<Record<MeasureKey, Partial<Record<ColumnKey, number>>>>;
}

/** One school as the trust roll-up reads it: its name, its exact return and its published report (if any). */
export interface TrustSchool {
  school: string;
  trustReturn: TrustReturn;
  published: GovernorReportSnapshot | undefined;
}

/** A row of a trust table: a school by name, or `undefined` for the schools not shown separately. */
export interface TrustRow {
  school: string | undefined;
  cells: PublishedCell[];
  total: number;
}

/** One measure across the trust. */
export interface TrustTable {
  measure: MeasureKey;
  population: Population;
  columns: ColumnKey[];
  rows: TrustRow[];
  totals: { cells: PublishedCell[]; total: number };
}

/** The trust report as trust board members read it. */
export interface TrustReportSnapshot {
  v: 1;
  cycleLabel: string;
  k: number;
  preparedOn: IsoDate;
  schools: string[];
  tables: TrustTable[];
  /** Measures left out because the schools' own reports would let a hidden value be worked out whatever is hidden. */
  leftOut: MeasureKey[];
}

/** A school's exact return for a cycle, from its report people (in scope only, as the school's own report). */
export function trustReturnOf(people: readonly ReportPerson[], cycleLabel: string): TrustReturn {
  const scoped = inScope(people);
  const counts: TrustReturn['counts'] = {};
  for (const m of MEASURES) {
    const byColumn: Partial<Record<ColumnKey, number>> = {};
    for (const p of scoped) if (inPopulation(p, m.population)) byColumn[m.classify(p)] = (byColumn[m.classify(p)] ?? 0) + 1;
    counts[m.key] = byColumn;
  }
  return { v: 1, cycleLabel, counts };
}

/** The trust table's columns for a measure: merged ones if any school's report merged them (they can then be compared). */
function columnsOf(measure: Measure, schools: readonly TrustSchool[]): ColumnKey[] {
  const coarse = measure.coarse;
  const merged =
    coarse !== undefined &&
    schools.some((s) => s.published?.tables.some((t) => t.measure === measure.key && t.columns.includes(coarse.into)));
  const columns =
    merged && coarse
      ? measure.columns.flatMap((c) => (c === coarse.merged[0] ? [coarse.into] : coarse.merged.includes(c) ? [] : [c]))
      : [...measure.columns];
  const present = (c: ColumnKey): boolean =>
    schools.some((s) =>
      Object.entries(s.trustReturn.counts[measure.key] ?? {}).some(
        ([col, n]) => (n ?? 0) > 0 && (col === c || (merged && coarse?.into === c && coarse.merged.includes(col as ColumnKey)))
      )
    );
  return columns.filter((c) => c !== 'notDue' || present(c));
}

/** The exact count of a trust column in a school's return (a merged column sums its members). */
function exact(measure: Measure, column: ColumnKey, r: TrustReturn): number {
  const counts = r.counts[measure.key] ?? {};
  const members = measure.coarse?.into === column ? measure.coarse.merged : [column];
  return members.reduce((n, c) => n + (counts[c] ?? 0), 0);
}

/**
 * What a school's published whole-school line tells anyone about each trust column: the value, or undefined where
 * it cannot be worked out. A column is known when every one of its columns in the school's report is shown, or when
 * it is the only one not known in the line (the headcount gives it away). Undefined if the report has no such line.
 */
function knownFromReport(measure: Measure, columns: readonly ColumnKey[], s: TrustSchool): Array<number | undefined> | undefined {
  const table = s.published?.scope === 'reported' ? s.published.tables.find((t) => t.measure === measure.key) : undefined;
  if (!table) return undefined;
  const line = table.totals ?? table.rows[0];
  const shown = new Map<ColumnKey, number | '[c]'>(table.columns.map((c, i) => [c, line.cells[i].count]));
  const known = columns.map((c): number | undefined => {
    if (shown.has(c)) {
      const v = shown.get(c);
      return v === '[c]' ? undefined : v;
    }
    const members = measure.coarse?.into === c ? measure.coarse.merged : [c];
    // A column the school's report leaves out (no one in it, e.g. "not due yet") is a known zero.
    if (members.every((m) => !shown.has(m))) return 0;
    let sum = 0;
    for (const m of members) {
      const v = shown.get(m);
      if (v === '[c]') return undefined;
      sum += v ?? 0;
    }
    return sum;
  });
  const unknown = known.filter((v) => v === undefined).length;
  if (unknown === 1) {
    const rest = known.reduce<number>((n, v) => n + (v ?? 0), 0);
    return known.map((v) => v ?? line.total - rest);
  }
  return known;
}

const percent = (count: number, of: number): number => (of > 0 ? Math.round((count / of) * 100) : 0);
const shownCell = (value: number, of: number, show: boolean): PublishedCell =>
  show ? { count: value, percent: percent(value, of) } : { count: '[c]', percent: '[c]' };

/** The trust table of one measure and its audit, or undefined when it cannot be published safely. */
function trustTable(
  measure: Measure,
  schools: readonly TrustSchool[],
  k: number
): { table: TrustTable; disclosures: number; visible: number; figures: number } | undefined {
  const columns = columnsOf(measure, schools);
  const rows: Array<{ school: string | undefined; counts: number[]; known: Array<number | undefined> }> = [];
  const rest = columns.map(() => 0);
  let restCount = 0;
  for (const s of schools) {
    const counts = columns.map((c) => exact(measure, c, s.trustReturn));
    const known = knownFromReport(measure, columns, s);
    // A stale return (not what the school published) is not shown separately: it counts in the totals only.
    const consistent =
      known !== undefined &&
      known.every((v, i) => v === undefined || v === counts[i]) &&
      s.published?.tables.find((t) => t.measure === measure.key)?.rows.reduce((n, r) => n + r.total, 0) ===
        counts.reduce((a, b) => a + b, 0);
    if (known && consistent) rows.push({ school: s.school, counts, known });
    else {
      counts.forEach((v, i) => {
        rest[i] += v;
      });
      restCount++;
    }
  }
  if (restCount) rows.push({ school: undefined, counts: rest, known: columns.map(() => undefined) });
  const grid = rows.map((r) => r.counts);
  const columnTotals = columns.map((_c, j) => grid.reduce((n, row) => n + row[j], 0));
  if (columnTotals.reduce((a, b) => a + b, 0) < k) return undefined;
  const mask: HiddenMask = { cells: rows.map((r) => r.known.map((v) => v === undefined)), columnTotals: columnTotals.map((v) => v < k) };
  for (;;) {
    const pinned = pinnedCells(grid, mask);
    if (!pinned.length) break;
    const visible = columnTotals.map((v, j) => ({ v, j })).filter(({ j }) => !mask.columnTotals[j]);
    if (!visible.length) return undefined;
    const first = pinned[0];
    const own =
      first.column !== undefined && !mask.columnTotals[first.column] ? first.column : visible.reduce((a, b) => (b.v < a.v ? b : a)).j;
    mask.columnTotals[own] = true;
  }
  let visibleCount = 0;
  let figures = 0;
  let disclosures = 0;
  const show = (value: number, known: boolean): boolean => {
    figures++;
    const shown = known && value >= k;
    if (shown) visibleCount++;
    return shown;
  };
  const table: TrustTable = {
    measure: measure.key,
    population: measure.population,
    columns,
    rows: rows.map((r) => {
      const total = r.counts.reduce((a, b) => a + b, 0);
      return {
        school: r.school,
        total,
        cells: r.counts.map((v, j) => shownCell(v, total, r.school !== undefined && show(v, !mask.cells[rows.indexOf(r)][j])))
      };
    }),
    totals: {
      total: columnTotals.reduce((a, b) => a + b, 0),
      cells: columnTotals.map((v, j) =>
        shownCell(
          v,
          columnTotals.reduce((a, b) => a + b, 0),
          show(v, !mask.columnTotals[j])
        )
      )
    }
  };
  for (const row of table.rows) for (const c of row.cells) if (c.count !== '[c]' && c.count < k) disclosures++;
  disclosures += pinnedCells(grid, mask).length;
  return { table, disclosures, visible: visibleCount, figures };
}

/** The trust report and its audit: figures shown and disclosures (must be 0), like buildAuditedReport. */
export function buildTrustReport(
  schools: readonly TrustSchool[],
  cycleLabel: string,
  preparedOn: IsoDate,
  k: number
): { snapshot: TrustReportSnapshot; audit: { visible: number; figures: number; disclosures: number } } {
  const tables: TrustTable[] = [];
  const leftOut: MeasureKey[] = [];
  const audit = { visible: 0, figures: 0, disclosures: 0 };
  const ofCycle = schools
    .filter((s) => s.trustReturn.cycleLabel === cycleLabel)
    .map((s) => (s.published?.cycleLabel === cycleLabel ? s : { ...s, published: undefined }));
  for (const m of MEASURES) {
    const built = trustTable(m, ofCycle, k);
    if (!built) {
      leftOut.push(m.key);
      continue;
    }
    tables.push(built.table);
    audit.visible += built.visible;
    audit.figures += built.figures;
    audit.disclosures += built.disclosures;
  }
  return { snapshot: { v: 1, cycleLabel, k, preparedOn, schools: ofCycle.map((s) => s.school), tables, leftOut }, audit };
}
