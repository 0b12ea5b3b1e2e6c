import fc from 'fast-check';
import { pinnedCells, suppressTable, type HiddenMask } from '../../../src/domain';
import { possibleValues, type Published } from './bruteForce';

const publishedOf = (counts: number[][], mask: HiddenMask): Published => ({
  cells: counts.map((row, r) => row.map((v, c) => (mask.cells[r][c] ? null : v))),
  rowTotals: counts.map((row) => row.reduce((a, b) => a + b, 0)),
  columnTotals: counts[0].map((_v, c) => (mask.columnTotals[c] ? null : counts.reduce((s, row) => s + row[c], 0)))
});

const show = (counts: number[][], mask: HiddenMask): Array<Array<number | '[c]'>> => [
  ...counts.map((row, r) => row.map((v, c) => (mask.cells[r][c] ? '[c]' : v))),
  counts[0].map((_v, c) => (mask.columnTotals[c] ? '[c]' : counts.reduce((s, row) => s + row[c], 0)))
];

describe('small-number suppression (DOMAIN §7.5)', () => {
  it('publishes the worked example exactly as DOMAIN §7.5 shows it', () => {
    const counts = [[9, 2, 1], [5, 3, 0]];

    const mask = suppressTable({ counts }, 5);

    expect(show(counts, mask)).toEqual([[9, '[c]', '[c]'], [5, '[c]', '[c]'], [14, '[c]', '[c]']]);
  });

  it('finds that primary suppression alone pins Not held in the worked example', () => {
    const counts = [[9, 2, 1], [5, 3, 0]];
    const primaryOnly: HiddenMask = { cells: [[false, true, true], [false, true, true]], columnTotals: [false, false, true] };

    expect(pinnedCells(counts, primaryOnly)).toContainEqual({ kind: 'columnTotal', column: 2 });
  });

  it('hides a whole-school line whose hidden cells are all zero, since zeros there would be pinned', () => {
    const counts = [[20, 0, 0]];

    const mask = suppressTable({ counts }, 5);

    expect(mask.cells[0]).toEqual([true, true, true]);
  });

  it('publishes every cell of a table with no small numbers', () => {
    const counts = [[9, 6], [5, 7]];

    const mask = suppressTable({ counts }, 5);

    expect(show(counts, mask)).toEqual([[9, 6], [5, 7], [14, 13]]);
  });

  it('agrees with an independent brute-force check: no published table lets a hidden value be derived', () => {
    const table = fc
      .record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 2, max: 3 }), k: fc.integer({ min: 3, max: 5 }) })
      .chain(({ rows, cols, k }) =>
        fc.record({
          k: fc.constant(k),
          counts: fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { minLength: cols, maxLength: cols }), {
            minLength: rows,
            maxLength: rows
          })
        })
      )
      .filter(({ counts, k }) => counts.every((row) => row.reduce((a, b) => a + b, 0) >= k));

    fc.assert(
      fc.property(table, ({ counts, k }) => {
        const mask = suppressTable({ counts }, k);
        const published = publishedOf(counts, mask);

        for (const row of published.cells) for (const v of row) if (v !== null) expect(v).toBeGreaterThanOrEqual(k);
        if (counts.length > 1) for (const v of published.columnTotals) if (v !== null) expect(v).toBeGreaterThanOrEqual(k);
        for (const [cell, values] of possibleValues(published))
          expect({ cell, distinct: values.size >= 2 }).toEqual({ cell, distinct: true });
        return true;
      }),
      { numRuns: 400, seed: 20261201 }
    );
  });

  it('the brute-force checker itself catches a table that reveals a value', () => {
    const published: Published = { cells: [[9, null, null], [5, null, null]], rowTotals: [12, 8], columnTotals: [14, 5, null] };

    const values = possibleValues(published);

    expect(values.get('t,2')).toEqual(new Set([1]));
  });
});
