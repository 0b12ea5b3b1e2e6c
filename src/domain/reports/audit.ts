/**
 * The audit of DOMAIN §7.5 rule 4, exact rather than approximate. Governors know every row total (headcounts), the
 * grand total and every published cell; the unknowns are the hidden interior cells, and each hidden column total is
 * their column's sum. These constraints form a flow network (rows → columns; columns whose total is hidden drain
 * into one free node whose sum is known), so the integer solutions differ from the true table by circulations. A
 * hidden value can take another value if and only if a cycle in the residual graph runs through its edge: increase
 * needs a path back from head to tail, decrease (value ≥ 1) a path from tail to head, never through the edge itself.
 */

/** Which cells are hidden: interior cells by row and column, and the column totals (the totals row). */
export interface HiddenMask {
  cells: boolean[][];
  columnTotals: boolean[];
}

/** A hidden cell that the published numbers pin to one value. */
export type PinnedCell = { kind: 'cell'; row: number; column: number } | { kind: 'columnTotal'; column: number };

interface Edge {
  from: number;
  to: number;
  value: number;
  ref: PinnedCell;
}

function edgesOf(counts: number[][], mask: HiddenMask): { edges: Edge[]; nodes: number } {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const free = rows + columns;
  const edges: Edge[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++)
      if (mask.cells[r][c]) edges.push({ from: r, to: rows + c, value: counts[r][c], ref: { kind: 'cell', row: r, column: c } });
  }
  for (let c = 0; c < columns; c++) {
    if (!mask.columnTotals[c]) continue;
    let hiddenSum = 0;
    for (let r = 0; r < rows; r++) if (mask.cells[r][c]) hiddenSum += counts[r][c];
    edges.push({ from: rows + c, to: free, value: hiddenSum, ref: { kind: 'columnTotal', column: c } });
  }
  return { edges, nodes: free + 1 };
}

function reachable(nodes: number, edges: Edge[], skip: number, start: number, goal: number): boolean {
  const next: number[][] = Array.from({ length: nodes }, () => []);
  edges.forEach((e, i) => {
    if (i === skip) return;
    next[e.from].push(e.to);
    if (e.value >= 1) next[e.to].push(e.from);
  });
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift() as number;
    if (node === goal) return true;
    for (const n of next[node]) if (!seen.has(n)) { seen.add(n); queue.push(n); }
  }
  return false;
}

/**
 * The hidden cells and hidden column totals that the published table pins to a single value. A column total whose
 * column has no hidden cell is fully derivable too, so it is reported pinned (its edge carries no flow freedom).
 */
export function pinnedCells(counts: number[][], mask: HiddenMask): PinnedCell[] {
  const { edges, nodes } = edgesOf(counts, mask);
  const pinned: PinnedCell[] = [];
  edges.forEach((e, i) => {
    const canIncrease = reachable(nodes, edges, i, e.to, e.from);
    const canDecrease = e.value >= 1 && reachable(nodes, edges, i, e.from, e.to);
    if (!canIncrease && !canDecrease) pinned.push(e.ref);
  });
  return pinned;
}
