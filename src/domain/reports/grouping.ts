/**
 * Rule 1 of DOMAIN §7.5: a breakdown group with fewer than k people is merged into "other" or the breakdown is
 * dropped. Groups are decided per table population, from headcounts only.
 */
import { STAFF_CATEGORIES } from '../staff';
import type { Dimension, GroupKey, ReportPerson } from './types';

type Breakdown = Exclude<Dimension, 'none'>;

/** The group a person falls in for a dimension, before any merging. */
export function groupOf(person: ReportPerson, dimension: Breakdown): GroupKey {
  switch (dimension) {
    case 'category':
      return person.staffCategory ?? 'otherCategories';
    case 'contract':
      return person.contract === 'permanent' || person.contract === 'casual' ? person.contract : 'fixedTermOrTemporary';
    case 'workingPattern':
      return person.workingPattern;
    default: {
      const never: never = dimension;
      return never;
    }
  }
}

const ORDER: Record<Breakdown, { groups: readonly GroupKey[]; other: GroupKey | undefined }> = {
  category: { groups: STAFF_CATEGORIES, other: 'otherCategories' },
  contract: { groups: ['permanent', 'fixedTermOrTemporary', 'casual'], other: 'otherContracts' },
  // Two groups only: merging one into "other" would leave the whole school, so a small group drops the breakdown.
  workingPattern: { groups: ['fullTime', 'partTime'], other: undefined }
};

/** The rows of a breakdown: each row's key and which original groups it holds. */
export type Grouping =
  | { kind: 'rows'; rows: Array<{ key: GroupKey; members: GroupKey[] }>; merged: GroupKey[] }
  | { kind: 'dropped' };

/** Decides the rows for a dimension over `people`: every row has at least k people, and there are at least two. */
export function groupingFor(people: readonly ReportPerson[], dimension: Breakdown, k: number): Grouping {
  const { groups, other } = ORDER[dimension];
  const size = new Map<GroupKey, number>();
  for (const p of people) {
    const g = groupOf(p, dimension);
    size.set(g, (size.get(g) ?? 0) + 1);
  }
  const present = groups.filter((g) => (size.get(g) ?? 0) > 0);
  const big = present.filter((g) => (size.get(g) ?? 0) >= k);
  let small = present.filter((g) => (size.get(g) ?? 0) < k);
  if (small.length && !other) return { kind: 'dropped' };
  const count = (keys: readonly GroupKey[]): number => keys.reduce((n, g) => n + (size.get(g) ?? 0), 0);
  while (small.length && count(small) < k && big.length) {
    const smallest = big.reduce((a, b) => ((size.get(b) ?? 0) < (size.get(a) ?? 0) ? b : a));
    big.splice(big.indexOf(smallest), 1);
    small = groups.filter((g) => small.includes(g) || g === smallest);
  }
  const rows = big.map((g) => ({ key: g, members: [g] }));
  if (small.length) {
    if (count(small) < k) return { kind: 'dropped' };
    rows.push({ key: other as GroupKey, members: small });
  }
  return rows.length >= 2 ? { kind: 'rows', rows, merged: small } : { kind: 'dropped' };
}
