/**
 * Computing the governor report for a 5,000-staff trust from generated report people (pure domain: grouping,
 * suppression with the exact audit, equality flags). Budget 50 ms; warm up, then the median of several runs.
 */
import { performance } from 'node:perf_hooks';
import {
  buildAuditedReport,
  buildGovernorReport,
  buildTrustReport,
  trustReturnOf,
  CONTRACT_TYPES,
  STAFF_CATEGORIES,
  type IsoDate,
  type ReportPerson,
  type StageCompletion
} from '../src/domain';
import type { Bench } from './types';
import { riversideYearEnd, smallPrimaryYearEnd } from '../fixtures/tenant/yearEndPeople';

/** Issue 17: at least 60% of the seeded 35-staff school's year-end figures shown, with 0 disclosures. */
const VISIBLE_GOAL = 0.6;

const BUDGET_MS = 50;
const STAGE: readonly StageCompletion[] = ['onTime', 'onTime', 'onTime', 'late', 'notHeld'];

/** Deterministic people with a spread of every measure (a linear congruential generator, seeded). */
function trust(size: number): ReportPerson[] {
  let seed = 20261201;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: size }, () => {
    const identified = next(3);
    return {
      staffCategory: STAFF_CATEGORIES[next(STAFF_CATEGORIES.length)],
      workingPattern: next(3) ? 'fullTime' : 'partTime',
      contract: CONTRACT_TYPES[next(CONTRACT_TYPES.length)],
      track: next(10) ? 'fullCycle' : 'oneToOneOnly',
      paused: next(40) === 0,
      stages: { planning: STAGE[next(5)], interimReview: STAGE[next(5)], finalReview: STAGE[next(5)] },
      objectiveOutcomes: { met: next(4), partlyMet: next(2), notMet: next(8) ? 0 : 1, withdrawn: next(10) ? 0 : 1 },
      developmentNeeds: { identified, supported: Math.min(identified, next(3)) },
      disagreements: next(30) ? 0 : 1,
      reviewRequests: next(60) ? 0 : 1,
      oneToOnesHeld: next(6),
      jobDescriptionChangesProposed: next(8) === 0
    };
  });
}

export const governorReport: Bench = {
  name: 'governorReport',
  async run({ smoke }) {
    const people = trust(5000);
    const build = (): unknown => buildGovernorReport(people, '2026/27', '2027-04-20' as IsoDate, { k: 5, equalityGapPoints: 20 });
    for (let i = 0; i < (smoke ? 1 : 3); i++) build();
    const times: number[] = [];
    for (let i = 0; i < (smoke ? 3 : 15); i++) {
      const start = performance.now();
      build();
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    const share = (people: ReportPerson[]): { share: number; disclosures: number } => {
      const { audit } = buildAuditedReport(people, '2026/27', '2027-04-20' as IsoDate, { k: 5, equalityGapPoints: 20 });
      return { share: audit.figures ? audit.visible / audit.figures : 0, disclosures: audit.disclosures };
    };
    // The trust roll-up of 20 school sites, in the domain alone (trustReport.bench.ts reads the emulator's 20 school sites).
    const sites = Array.from({ length: 20 }, (_v, i) => {
      const people = i % 2 ? smallPrimaryYearEnd() : riversideYearEnd();
      return {
        school: `School ${i + 1}`,
        trustReturn: trustReturnOf(people, '2026/27'),
        published: buildGovernorReport(people, '2026/27', '2027-04-20' as IsoDate, { k: 5, equalityGapPoints: 20 })
      };
    });
    const trustStart = performance.now();
    const trustReport = buildTrustReport(sites, '2026/27', '2027-04-20' as IsoDate, 5);
    const trustMs = performance.now() - trustStart;
    const school35 = share(riversideYearEnd());
    const school10 = share(smallPrimaryYearEnd());
    return [
      ['governor_report_school35_visible_share', Number(school35.share.toFixed(3))],
      ['governor_report_school35_visible_goal_ratio', Number((school35.share / VISIBLE_GOAL).toFixed(3))],
      ['governor_report_school35_disclosures', school35.disclosures],
      ['governor_report_school10_visible_share', Number(school10.share.toFixed(3))],
      ['governor_report_school10_visible_goal_ratio', Number((school10.share / VISIBLE_GOAL).toFixed(3))],
      ['governor_report_school10_disclosures', school10.disclosures],
      ['trust_report_20_schools_visible_share', Number((trustReport.audit.visible / trustReport.audit.figures).toFixed(3))],
      ['trust_report_20_schools_disclosures', trustReport.audit.disclosures],
      ['trust_report_20_schools_build_ms', Number(trustMs.toFixed(2))],
      ['governor_report_trust5000_ms', Number(median.toFixed(2))],
      ['governor_report_trust5000_budget_ratio', Number((median / BUDGET_MS).toFixed(3))]
    ];
  }
};
