import {
  buildGovernorReport,
  equalityFlags,
  type GovernorReportSnapshot,
  type MeasureKey,
  type PublishedTable,
  type ReportPerson
} from '../../../src/domain';
import { aReportPerson, times } from './builders';
import { isoDate } from '../../support/builders';

const OPTIONS = { k: 5, equalityGapPoints: 20, mergeColumnsBelow: 0 };
const report = (people: ReportPerson[]): GovernorReportSnapshot => buildGovernorReport(people, '2025/26', isoDate('2026-04-20'), OPTIONS);
const tablesOf = (r: GovernorReportSnapshot, measure: MeasureKey): PublishedTable[] => r.tables.filter((t) => t.measure === measure);
const counts = (t: PublishedTable): Array<Array<number | '[c]'>> => [
  ...t.rows.map((row) => row.cells.map((c) => c.count)),
  ...(t.totals ? [t.totals.cells.map((c) => c.count)] : [])
];
const final = (stage: 'onTime' | 'late' | 'notHeld', over: Partial<ReportPerson> = {}): Partial<ReportPerson> => ({
  stages: { planning: 'onTime', interimReview: 'onTime', finalReview: stage },
  ...over
});

describe('buildGovernorReport', () => {
  it('publishes the §7.5 worked example cell for cell as the final-review table (scenario 6)', () => {
    const fullTime = [...times(9, final('onTime')), ...times(2, final('late')), ...times(1, final('notHeld'))];
    const partTime = [
      ...times(5, final('onTime', { workingPattern: 'partTime' })),
      ...times(3, final('late', { workingPattern: 'partTime' }))
    ];

    const [table] = tablesOf(report([...fullTime, ...partTime]), 'finalReview');

    expect(table.dimension).toBe('workingPattern');
    expect(table.columns).toEqual(['onTime', 'late', 'notHeld']);
    expect(counts(table)).toEqual([[9, '[c]', '[c]'], [5, '[c]', '[c]'], [14, '[c]', '[c]']]);
    expect(table.rows.map((row) => row.total)).toEqual([12, 8]);
    expect(table.totals?.total).toBe(20);
    expect(table.rows[0].cells[1].percent).toBe('[c]');
  });

  it('gives eight TAs (5 part-time, 3 full-time) whole-school figures only, every cell under 5 hidden (scenario 5)', () => {
    const tas = [
      ...times(5, { workingPattern: 'partTime', oneToOnesHeld: 1 }),
      ...times(3, { workingPattern: 'fullTime', oneToOnesHeld: 4 })
    ];

    const r = report(tas);
    const [oneToOnes] = tablesOf(r, 'oneToOnes');

    expect(r.tables.every((t) => t.dimension === 'none' && t.totals === undefined)).toBe(true);
    expect(r.notes).toContainEqual({ code: 'breakdownDropped', measure: 'oneToOnes', dimension: 'workingPattern' });
    expect(counts(oneToOnes)).toEqual([['[c]', 5, '[c]']]);
    for (const t of r.tables) for (const c of t.rows[0].cells) expect(c.count === '[c]' || c.count >= 5).toBe(true);
  });

  it('counts people, not objectives: a TA with six objectives in a category of three is one person, merged away (scenario 7)', () => {
    const six = aReportPerson({ staffCategory: 'siteStaff', objectiveOutcomes: { met: 6, partlyMet: 0, notMet: 0, withdrawn: 0 } });
    const people = [six, ...times(2, { staffCategory: 'siteStaff', objectiveOutcomes: { met: 1, partlyMet: 1, notMet: 0, withdrawn: 0 } }),
      ...times(6, { staffCategory: 'adminAndBusiness', objectiveOutcomes: { met: 2, partlyMet: 0, notMet: 0, withdrawn: 0 } }),
      ...times(8, { objectiveOutcomes: { met: 1, partlyMet: 0, notMet: 1, withdrawn: 0 } })];

    const r = report(people);
    const [whole] = tablesOf(r, 'objectiveOutcomes');

    // 17 people (not 23 objectives); by category (learning support 8, the rest merged into 9) every number would be
    // hidden, so the breakdown is left out with a note rather than shown as a table of [c].
    expect(whole.rows.map((row) => [row.group, row.total])).toEqual([['all', 17]]);
    expect(counts(whole)).toEqual([['[c]', 10, '[c]']]);
    expect(r.notes).toContainEqual({ code: 'nothingToShow', measure: 'objectiveOutcomes', dimension: 'category' });
  });

  it('flags support for development needs by working pattern and never shows the fixed-term group of three (scenario 23)', () => {
    const needs = (supported: boolean, over: Partial<ReportPerson>): Partial<ReportPerson> => ({
      developmentNeeds: { identified: 1, supported: supported ? 1 : 0 },
      ...over
    });
    const partTime = [...times(4, needs(true, { workingPattern: 'partTime' })), ...times(5, needs(false, { workingPattern: 'partTime' }))];
    const fullTime = [
      ...times(9, needs(true, {})),
      ...times(2, needs(false, { contract: 'fixedTerm' })),
      ...times(1, needs(true, { contract: 'temporary' }))
    ];

    const r = report([...partTime, ...fullTime]);
    const forHead = equalityFlags([...partTime, ...fullTime], OPTIONS);

    expect(forHead).toContainEqual({
      measure: 'developmentSupport',
      dimension: 'workingPattern',
      groups: ['fullTime', 'partTime'],
      points: 20
    });
    expect(forHead.some((f) => f.dimension === 'contract')).toBe(false);
    expect(r.tables.some((t) => t.rows.some((row) => row.group === 'fixedTermOrTemporary'))).toBe(false);
    // Part-time "all supported" is 4, hidden: publishing the flag would tell governors something about it.
    expect(r.flags.some((f) => f.measure === 'developmentSupport')).toBe(false);
  });

  it('publishes a flag to governors only when it follows from published numbers', () => {
    const needs = (identified: number, supported: number, over: Partial<ReportPerson> = {}): ReportPerson[] =>
      times(1, { developmentNeeds: { identified, supported }, ...over });
    const group = (pattern: ReportPerson['workingPattern'], none: number, all: number, some: number): ReportPerson[] =>
      [...Array(none)]
        .flatMap(() => needs(0, 0, { workingPattern: pattern }))
        .concat(
          [...Array(all)].flatMap(() => needs(1, 1, { workingPattern: pattern })),
          [...Array(some)].flatMap(() => needs(2, 1, { workingPattern: pattern }))
        );

    const r = report([...group('partTime', 5, 5, 10), ...group('fullTime', 5, 12, 5)]);

    expect(counts(tablesOf(r, 'developmentSupport')[0])).toEqual([[5, 12, 5], [5, 5, 10], [10, 17, 15]]);
    expect(r.flags).toEqual([{ measure: 'developmentSupport', dimension: 'workingPattern', groups: ['fullTime', 'partTime'], points: 20 }]);
  });

  it('raises no flag when the gap is under 20 points', () => {
    const people = [
      ...times(5, { workingPattern: 'partTime', oneToOnesHeld: 3 }),
      ...times(5, { workingPattern: 'partTime', oneToOnesHeld: 0 }),
      ...times(6, { oneToOnesHeld: 3 }),
      ...times(4, { oneToOnesHeld: 0 })
    ];

    expect(report(people).flags).toEqual([]);
  });

  it('says "too few staff" and publishes nothing else with fewer than k people in scope', () => {
    const r = report([...times(4), aReportPerson({ staffCategory: undefined })]);

    expect(r).toMatchObject({ scope: 'tooFew', tables: [], flags: [] });
  });

  it('leaves paused and one-to-one-only staff out of completion but counts their one-to-ones', () => {
    const people = [...times(6), ...times(2, { paused: true }), ...times(3, { track: 'oneToOneOnly' })];

    const r = report(people);

    expect(tablesOf(r, 'planning')[0].rows[0].total).toBe(6);
    expect(tablesOf(r, 'oneToOnes')[0].rows[0].total).toBe(11);
  });

  it('notes a stage not due yet instead of a table of zeros', () => {
    expect(report(times(10)).notes).toContainEqual({ code: 'notDueYet', measure: 'finalReview' });
  });

  it('drops one-to-ones when, set beside eligible staff, they would single out the two on long absence', () => {
    const r = report([...times(10), ...times(2, { paused: true })]);

    expect(tablesOf(r, 'oneToOnes')).toEqual([]);
    expect(r.notes).toContainEqual({ code: 'wouldIsolate', measure: 'oneToOnes' });
  });

  it('drops a one-to-ones breakdown whose group headcounts differ from eligible staff by fewer than k', () => {
    const people = [
      ...times(10),
      ...times(2, { paused: true }),
      ...times(10, { staffCategory: 'pupilSupport' }),
      ...times(5, { staffCategory: 'pupilSupport', track: 'oneToOneOnly' })
    ];

    const r = report(people);

    expect(tablesOf(r, 'planning').map((t) => t.dimension)).toEqual(['none']);
    expect(tablesOf(r, 'oneToOnes').some((t) => t.dimension === 'category')).toBe(false);
    expect(r.notes).toContainEqual({ code: 'breakdownDropped', measure: 'oneToOnes', dimension: 'category' });
  });
});
