/**
 * "Never publish two breakdowns whose difference isolates fewer than k people" (DOMAIN §7.5). One-to-ones count all
 * staff; everything else counts eligible staff. Set side by side, a group's two headcounts would give away how many
 * of its people are not eligible (on probation, casual, or on long absence: sensitive). So the all-staff tables use
 * the eligible grouping and are dropped wherever a group's difference, or the whole school's, is between 1 and k − 1.
 */
import { groupingFor, groupOf, type Grouping } from './grouping';
import type { Dimension, ReportPerson } from './types';

/** Whether the all-staff whole-school headcount, set against eligible staff's, would single out fewer than k people. */
export function isolatesFewerThanK(all: readonly ReportPerson[], eligible: readonly ReportPerson[], k: number): boolean {
  const difference = all.length - eligible.length;
  return eligible.length >= k && difference > 0 && difference < k;
}

/** The grouping of an all-staff table: the eligible one where that is published, unless a row's difference is small. */
export function allStaffGrouping(
  all: readonly ReportPerson[],
  eligible: readonly ReportPerson[],
  dimension: Exclude<Dimension, 'none'>,
  k: number
): Grouping {
  const base = eligible.length >= k ? groupingFor(eligible, dimension, k) : { kind: 'dropped' as const };
  if (base.kind === 'dropped') return groupingFor(all, dimension, k);
  const rowOf = new Map(base.rows.flatMap((row, r) => row.members.map((g) => [g, r] as const)));
  const difference = base.rows.map(() => 0);
  for (const p of all) {
    const r = rowOf.get(groupOf(p, dimension));
    // A group with no eligible member at all would be a new row made only of people who are not eligible.
    if (r === undefined) return { kind: 'dropped' };
    difference[r]++;
  }
  for (const p of eligible) difference[rowOf.get(groupOf(p, dimension)) as number]--;
  return difference.some((d) => d > 0 && d < k) ? { kind: 'dropped' } : base;
}
