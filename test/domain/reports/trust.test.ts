import fc from 'fast-check';
import {
  buildGovernorReport,
  buildTrustReport,
  trustReturnOf,
  type ReportPerson,
  type StageCompletion,
  type TrustSchool,
  type TrustTable
} from '../../../src/domain';
import { possibleValues, type Published } from './bruteForce';
import { riversideYearEnd, smallPrimaryYearEnd } from '../../../fixtures/tenant/yearEndPeople';
import { aReportPerson } from './builders';
import { isoDate } from '../../support/builders';

const ON = isoDate('2027-04-20');
const OPTIONS = { k: 5, equalityGapPoints: 20 };

const schoolOf = (school: string, people: ReportPerson[]): TrustSchool => ({
  school, trustReturn: trustReturnOf(people, '2026/27'), published: buildGovernorReport(people, '2026/27', ON, OPTIONS)
});

/**
 * What trust board members know of a trust table, for the brute-force check: every value the schools' own reports
 * give away (the snapshot shows it, or it is the school report's only unknown), the headcounts and the shown totals.
 */
function knownOf(table: TrustTable, schools: readonly TrustSchool[]): Published {
  return {
    cells: table.rows.map((row) => {
      const school = schools.find((s) => s.school === row.school);
      const report = school?.published?.tables.find((t) => t.measure === table.measure);
      if (!school || !report) return row.cells.map(() => null);
      const line = report.totals ?? report.rows[0];
      const values = table.columns.map((c) => {
        const i = report.columns.indexOf(c);
        // A column the school's report leaves out (nobody in it) is a known zero.
        if (i === -1) return 0;
        const v = line.cells[i].count;
        return v === '[c]' ? null : v;
      });
      if (values.filter((v) => v === null).length === 1)
        values[values.indexOf(null)] = row.total - values.reduce<number>((n, v) => n + (v ?? 0), 0);
      return values;
    }),
    rowTotals: table.rows.map((r) => r.total),
    columnTotals: table.totals.cells.map((c) => (c.count === '[c]' ? null : c.count))
  };
}

const stage: fc.Arbitrary<StageCompletion> = fc.constantFrom('onTime', 'onTime', 'late', 'notHeld');
const person: fc.Arbitrary<ReportPerson> = fc
  .record({ planning: stage, interimReview: stage, finalReview: stage, three: fc.boolean() })
  .map(({ planning, interimReview, finalReview, three }) =>
    aReportPerson({
      stages: { planning, interimReview, finalReview },
      oneToOnesHeld: three ? 3 : 1,
      objectiveOutcomes: { met: 1, partlyMet: three ? 0 : 1, notMet: 0, withdrawn: 0 }
    })
  );

describe('the trust roll-up (issue 17)', () => {
  it('never shows a school cell below k, shows no more of a school than its own report, and leaves nothing derivable', () => {
    fc.assert(
      fc.property(fc.array(fc.array(person, { minLength: 2, maxLength: 9 }), { minLength: 2, maxLength: 3 }), (peoples) => {
        const schools = peoples.map((people, i) => schoolOf(`School ${i + 1}`, people));
        const { snapshot, audit } = buildTrustReport(schools, '2026/27', ON, 5);
        expect(audit.disclosures).toBe(0);
        for (const t of snapshot.tables) {
          for (const row of t.rows) for (const c of row.cells) if (c.count !== '[c]') expect(c.count).toBeGreaterThanOrEqual(5);
          const known = knownOf(t, schools);
          for (const [cell, values] of possibleValues(known))
            expect({ table: t.measure, cell, distinct: values.size >= 2 }).toEqual({ table: t.measure, cell, distinct: true });
        }
        return true;
      }),
      { numRuns: 150, seed: 20261202 }
    );
  });

  it('rolls 20 schools up: every school in the totals, small schools only there, exact totals where shown', () => {
    const schools = Array.from({ length: 20 }, (_v, i) =>
      schoolOf(`School ${i + 1}`, i % 4 === 3 ? smallPrimaryYearEnd().slice(0, 4) : i % 2 ? smallPrimaryYearEnd() : riversideYearEnd())
    );

    const { snapshot, audit } = buildTrustReport(schools, '2026/27', ON, 5);

    expect(audit.disclosures).toBe(0);
    expect(snapshot.schools).toHaveLength(20);
    const final = snapshot.tables.find((t) => t.measure === 'finalReview') as TrustTable;
    const eligible = schools.reduce(
      (n, s) => n + Object.values(s.trustReturn.counts.finalReview ?? {}).reduce<number>((a, b) => a + (b ?? 0), 0),
      0
    );
    expect(final.totals.total).toBe(eligible);
    expect(final.rows.some((r) => r.school === 'School 1' && r.cells.some((c) => c.count !== '[c]'))).toBe(true);
    expect(final.rows.some((r) => r.school === 'School 4')).toBe(false);
    expect(final.rows[final.rows.length - 1].school).toBeUndefined();
  });

  it('does not show a school separately when its return does not match what it published', () => {
    const people = riversideYearEnd();
    const stale = { ...schoolOf('Riverside', people), trustReturn: trustReturnOf(people.slice(1), '2026/27') };

    const { snapshot } = buildTrustReport([stale, schoolOf('Other', riversideYearEnd(1))], '2026/27', ON, 5);

    expect(snapshot.tables.every((t) => !t.rows.some((r) => r.school === 'Riverside'))).toBe(true);
  });
});
