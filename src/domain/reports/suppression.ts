/**
 * Small-number suppression (DOMAIN §7.5, rules 2–4) on one table of people counts: primary suppression below k,
 * secondary suppression of lines with exactly one hidden cell, and the exact audit (audit.ts), repeated until no
 * hidden value can be pinned. Row totals are headcounts, which governors know, so they are never hidden: groups
 * below k are merged or dropped before a table is built (grouping.ts).
 */
import { pinnedCells, type HiddenMask } from './audit';

/** Interior counts by row and column. With one row the table is whole-school and has no separate totals row. */
export interface CountTable {
  counts: number[][];
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Column totals of a table. */
export const columnTotalsOf = (t: CountTable): number[] => (t.counts[0] ?? []).map((_v, c) => sum(t.counts.map((row) => row[c])));

/** Row totals of a table. */
export const rowTotalsOf = (t: CountTable): number[] => t.counts.map(sum);

type Cand = { value: number; hide: () => void };

function hideSmallest(candidates: Cand[]): boolean {
  if (!candidates.length) return false;
  candidates.reduce((best, c) => (c.value < best.value ? c : best)).hide();
  return true;
}

function interiorCands(t: CountTable, mask: HiddenMask, row: number | undefined, column: number | undefined): Cand[] {
  const out: Cand[] = [];
  t.counts.forEach((cells, r) => cells.forEach((value, c) => {
    if ((row === undefined || r === row) && (column === undefined || c === column) && !mask.cells[r][c])
      out.push({
        value,
        hide: () => {
          mask.cells[r][c] = true;
        }
      });
  }));
  return out;
}

function totalCands(t: CountTable, mask: HiddenMask, column?: number): Cand[] {
  return columnTotalsOf(t).flatMap((value, c) =>
    !mask.columnTotals[c] && (column === undefined || c === column)
      ? [
          {
            value,
            hide: () => {
              mask.columnTotals[c] = true;
            }
          }
        ]
      : []
  );
}

/** With one row the column totals are the row's own cells: keep the two views of the mask the same. */
function sync(t: CountTable, mask: HiddenMask): void {
  if (t.counts.length === 1) mask.columnTotals = mask.cells[0].slice();
}

/** Rule 3: while a line has exactly one hidden cell, hide the smallest visible non-total cell in it (or its total). */
function secondary(t: CountTable, mask: HiddenMask): void {
  const single = t.counts.length === 1;
  for (let changed = true; changed;) {
    changed = false;
    sync(t, mask);
    for (let r = 0; r < t.counts.length && !changed; r++) {
      if (mask.cells[r].filter(Boolean).length === 1) changed = hideSmallest(interiorCands(t, mask, r, undefined));
    }
    if (single || changed) continue;
    if (mask.columnTotals.filter(Boolean).length === 1) changed = hideSmallest(totalCands(t, mask));
    for (let c = 0; c < mask.columnTotals.length && !changed; c++) {
      const hidden = t.counts.filter((_row, r) => mask.cells[r][c]).length + (mask.columnTotals[c] ? 1 : 0);
      if (hidden === 1) changed = hideSmallest(interiorCands(t, mask, undefined, c)) || hideSmallest(totalCands(t, mask, c));
    }
  }
  sync(t, mask);
}

/** Rule 4's remedy: hide the next smallest visible cell in a pinned cell's lines, or anywhere if its lines are all hidden. */
function widen(t: CountTable, mask: HiddenMask, pinned: ReturnType<typeof pinnedCells>[number]): boolean {
  if (pinned.kind === 'cell') {
    if (hideSmallest(interiorCands(t, mask, pinned.row, undefined)) || hideSmallest(interiorCands(t, mask, undefined, pinned.column)))
      return true;
    if (t.counts.length > 1 && hideSmallest(totalCands(t, mask, pinned.column))) return true;
  } else if (hideSmallest(totalCands(t, mask)) || hideSmallest(interiorCands(t, mask, undefined, pinned.column))) {
    return true;
  }
  return hideSmallest(interiorCands(t, mask, undefined, undefined)) || (t.counts.length > 1 && hideSmallest(totalCands(t, mask)));
}

/** Which cells to hide. Every row total must be at least k: callers merge or drop smaller groups first. */
export function suppressTable(t: CountTable, k: number): HiddenMask {
  const rowTotals = rowTotalsOf(t);
  if (rowTotals.some((n) => n < k)) throw new Error('suppressTable: every group must have at least k people');
  const mask: HiddenMask = {
    cells: t.counts.map((row) => row.map((v) => v < k)),
    columnTotals: columnTotalsOf(t).map((v) => v < k)
  };
  for (;;) {
    secondary(t, mask);
    // With one row a column's "total" is its cell: the two edges are in series, so checking the cells suffices.
    const pinned = pinnedCells(t.counts, mask).filter((p) => t.counts.length > 1 || p.kind === 'cell');
    if (!pinned.length) return mask;
    // With every cell hidden nothing can be pinned (each row sums to at least k over two or more columns).
    if (!widen(t, mask, pinned[0])) throw new Error('suppressTable: nothing left to hide');
  }
}
