/**
 * An independent check of a published table, by brute force: every non-negative integer table consistent with the
 * published cells, the row totals (headcounts governors know), the published column totals and the grand total.
 * Deliberately shares no code with src/domain/reports.
 */

/** A published table: null where a value is hidden. One row means the row is the whole-school table. */
export interface Published {
  cells: Array<Array<number | null>>;
  rowTotals: number[];
  columnTotals: Array<number | null>;
}

/** The values each hidden cell (key "r,c") and hidden column total (key "t,c") can take. */
export function possibleValues(p: Published): Map<string, Set<number>> {
  const rows = p.cells.length;
  const cols = p.cells[0].length;
  const values = new Map<string, Set<number>>();
  const note = (key: string, v: number): void => {
    if (!values.has(key)) values.set(key, new Set());
    values.get(key)?.add(v);
  };
  const table = p.cells.map((r) => r.map((v) => v ?? 0));
  const fillRow = (r: number, c: number, left: number, done: () => void): void => {
    if (c === cols) {
      if (left === 0) done();
      return;
    }
    if (p.cells[r][c] !== null) return fillRow(r, c + 1, left, done);
    const lastHidden = p.cells[r].every((v, j) => j <= c || v !== null);
    for (let v = lastHidden ? left : 0; v <= left; v++) {
      table[r][c] = v;
      fillRow(r, c + 1, left - v, done);
    }
  };
  const columnOk = (upTo: number): boolean =>
    rows === 1 ||
    p.columnTotals.every((t, c) => {
      if (t === null) return true;
      let s = 0;
      for (let r = 0; r <= upTo; r++) s += table[r][c];
      return upTo === rows - 1 ? s === t : s <= t;
    });
  const visit = (r: number): void => {
    if (r === rows) {
      table.forEach((row, i) => row.forEach((v, j) => { if (p.cells[i][j] === null) note(`${i},${j}`, v); }));
      if (rows > 1) p.columnTotals.forEach((t, j) => { if (t === null) note(`t,${j}`, table.reduce((s, row) => s + row[j], 0)); });
      return;
    }
    const visible = p.cells[r].reduce<number>((s, v) => s + (v ?? 0), 0);
    fillRow(r, 0, p.rowTotals[r] - visible, () => { if (columnOk(r)) visit(r + 1); });
  };
  visit(0);
  return values;
}
