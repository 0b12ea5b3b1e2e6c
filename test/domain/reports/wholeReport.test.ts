import fc from 'fast-check';
import {
  auditTable,
  buildAuditedReport,
  CONTRACT_TYPES,
  STAFF_CATEGORIES,
  type PublishedTable,
  type ReportPerson,
  type StageCompletion
} from '../../../src/domain';
import { possibleValues, type Published } from './bruteForce';
import { riversideYearEnd, smallPrimaryYearEnd } from '../../../fixtures/tenant/yearEndPeople';
import { isoDate } from '../../support/builders';

const ON = isoDate('2027-04-20');
const STAGES: StageCompletion[] = ['onTime', 'late', 'notHeld', 'notDue'];

/** A published table as the brute-force checker reads it: only what governors see. */
const publishedOf = (t: PublishedTable): Published => {
  const rows = t.rows;
  return {
    cells: rows.map((r) => r.cells.map((c) => (c.count === '[c]' ? null : c.count))),
    rowTotals: rows.map((r) => r.total),
    columnTotals: (t.totals?.cells ?? rows[0].cells).map((c) => (c.count === '[c]' ? null : c.count))
  };
};

const person: fc.Arbitrary<ReportPerson> = fc.record({
  staffCategory: fc.constantFrom(...STAFF_CATEGORIES.slice(0, 3)),
  workingPattern: fc.constantFrom('fullTime' as const, 'partTime' as const),
  contract: fc.constantFrom(...CONTRACT_TYPES),
  track: fc.constantFrom('fullCycle' as const, 'fullCycle' as const, 'oneToOneOnly' as const),
  paused: fc.constant(false),
  stages: fc.record({
    planning: fc.constantFrom(...STAGES.slice(0, 3)),
    interimReview: fc.constantFrom(...STAGES),
    finalReview: fc.constantFrom(...STAGES)
  }),
  objectiveOutcomes: fc.record({
    met: fc.integer({ min: 0, max: 2 }),
    partlyMet: fc.integer({ min: 0, max: 1 }),
    notMet: fc.constant(0),
    withdrawn: fc.constant(0)
  }),
  developmentNeeds: fc
    .integer({ min: 0, max: 2 })
    .chain((identified) => fc.record({ identified: fc.constant(identified), supported: fc.integer({ min: 0, max: identified }) })),
  disagreements: fc.integer({ min: 0, max: 1 }),
  reviewRequests: fc.constant(0),
  oneToOnesHeld: fc.integer({ min: 0, max: 4 }),
  jobDescriptionChangesProposed: fc.boolean()
});

describe('a whole governor report at school size (issue 17)', () => {
  it('leaves nothing derivable: every table, with columns merged or not, checked by brute force from what governors see', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 5, maxLength: 13 }),
        fc.constantFrom(3, 5),
        fc.constantFrom(0, 20),
        (people, k, mergeColumnsBelow) => {
          const { snapshot, audit } = buildAuditedReport(people, '2026/27', ON, { k, equalityGapPoints: 20, mergeColumnsBelow });
          expect(audit.disclosures).toBe(0);
          for (const t of snapshot.tables) {
            const published = publishedOf(t);
            for (const row of published.cells) for (const v of row) if (v !== null) expect(v).toBeGreaterThanOrEqual(k);
            for (const v of published.columnTotals) if (v !== null) expect(v).toBeGreaterThanOrEqual(k);
            for (const [cell, values] of possibleValues(published))
              expect({ table: `${t.measure}/${t.dimension}`, cell, distinct: values.size >= 2 }).toEqual({
                table: `${t.measure}/${t.dimension}`,
                cell,
                distinct: true
              });
          }
          return true;
        }
      ),
      { numRuns: 120, seed: 20261202 }
    );
  });

  it('shows at least 60% of the seeded 35-staff school’s year-end figures, with no disclosure', () => {
    const { snapshot, audit } = buildAuditedReport(riversideYearEnd(), '2026/27', ON, { k: 5, equalityGapPoints: 20 });

    expect(snapshot.scope).toBe('reported');
    expect(audit.disclosures).toBe(0);
    expect(audit.visible / audit.figures).toBeGreaterThanOrEqual(0.6);
  });

  it('shows more of the 35-staff school’s figures with small columns merged than without', () => {
    const merged = buildAuditedReport(riversideYearEnd(), '2026/27', ON, { k: 5, equalityGapPoints: 20 }).audit;
    const separate = buildAuditedReport(riversideYearEnd(), '2026/27', ON, { k: 5, equalityGapPoints: 20, mergeColumnsBelow: 0 }).audit;

    expect(merged.visible / merged.figures).toBeGreaterThan(separate.visible / separate.figures);
    expect(separate.disclosures).toBe(0);
  });

  it('still reports a 10-staff primary with no disclosure, whatever it can show', () => {
    const { snapshot, audit } = buildAuditedReport(smallPrimaryYearEnd(), '2026/27', ON, { k: 5, equalityGapPoints: 20 });

    expect(snapshot.scope).toBe('reported');
    expect(audit.disclosures).toBe(0);
    expect(snapshot.tables.length).toBeGreaterThan(0);
  });

  it('the audit counts a disclosure when a table would let a hidden value be worked out, or shows one below k', () => {
    const counts = [[9, 2, 1], [5, 3, 0]];
    const primaryOnly = { cells: [[false, true, true], [false, true, true]], columnTotals: [false, false, true] };
    const showsTwo = { cells: [[false, false, true], [false, true, true]], columnTotals: [false, true, true] };

    expect(auditTable(counts, primaryOnly, 5).disclosures).toBeGreaterThan(0);
    expect(auditTable(counts, showsTwo, 5).disclosures).toBeGreaterThan(0);
  });
});
