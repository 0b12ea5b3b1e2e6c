/**
 * Equality monitoring (UK-13): where two groups of at least k people differ by the configured gap or more on a
 * measure's rate, a neutral "worth checking" flag names the measure and the two groups, never a person or a number.
 */
import { BREAKDOWN_DIMENSIONS } from './dimensions';
import { groupingFor, groupOf } from './grouping';
import { inPopulation, MEASURES } from './measures';
import type { EqualityFlag, GroupKey, PublishedTable, ReportOptions, ReportPerson } from './types';

/** Flags for every measure with a rate and every breakdown, over people already in scope. */
export function equalityFlags(people: readonly ReportPerson[], { k, equalityGapPoints }: ReportOptions): EqualityFlag[] {
  const flags: EqualityFlag[] = [];
  for (const measure of MEASURES) {
    const rate = measure.rate;
    if (!rate) continue;
    const counted = people.filter((p) => inPopulation(p, measure.population) && rate.of.includes(measure.classify(p)));
    for (const dimension of BREAKDOWN_DIMENSIONS) {
      const grouping = groupingFor(counted, dimension, k);
      if (grouping.kind === 'dropped') continue;
      const rates = grouping.rows.map((row) => ({ key: row.key, n: 0, hits: 0, rate: 0 }));
      const rowOf = new Map(grouping.rows.flatMap((row, r) => row.members.map((g) => [g, r] as const)));
      for (const p of counted) {
        const r = rowOf.get(groupOf(p, dimension));
        if (r === undefined) continue;
        rates[r].n++;
        if (measure.classify(p) === rate.column) rates[r].hits++;
      }
      for (const r of rates) r.rate = r.n ? r.hits / r.n : 0;
      for (let a = 0; a < rates.length; a++) {
        for (let b = a + 1; b < rates.length; b++) {
          if (rates[a].n >= k && rates[b].n >= k && Math.abs(rates[a].rate - rates[b].rate) * 100 >= equalityGapPoints - 1e-9) {
            flags.push({ measure: measure.key, dimension, groups: [rates[a].key, rates[b].key], points: equalityGapPoints });
          }
        }
      }
    }
  }
  return flags;
}

const isOther = (g: GroupKey): boolean => g === 'otherCategories' || g === 'otherContracts';

/**
 * The flags governors may see: those that follow from published numbers alone, so a flag can never narrow a hidden
 * cell. Both groups must be rows of the measure's published table for that breakdown (never a merged "other" group,
 * whose members may differ) with every cell of the rate visible. The head sees every flag (equalityFlags).
 */
export function publishableFlags(flags: readonly EqualityFlag[], tables: readonly PublishedTable[]): EqualityFlag[] {
  return flags.filter((flag) => {
    const measure = MEASURES.find((m) => m.key === flag.measure);
    const table = tables.find((t) => t.measure === flag.measure && t.dimension === flag.dimension);
    if (!measure?.rate || !table || flag.groups.some(isOther)) return false;
    const needed = [measure.rate.column, ...measure.rate.of];
    return flag.groups.every((g) => {
      const row = table.rows.find((r) => r.group === g);
      return row !== undefined && needed.every((c) => table.columns.indexOf(c) >= 0 && row.cells[table.columns.indexOf(c)].count !== '[c]');
    });
  });
}
