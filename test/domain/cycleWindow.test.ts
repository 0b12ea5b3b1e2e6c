import {
  cycleContaining,
  DEFAULT_SCHEME_SETTINGS,
  directoryId,
  retainUntil,
  staffId,
  stageDueDate,
  trackFor,
  validateSchemeSettings,
  type StaffMember
} from '../../src/domain';
import { isoDate as d, optionalIsoDate } from '../support/builders';


describe('cycleContaining', () => {
  it.each([
    ['AB4: a November date in an April scheme', '2026-11-24', 4, { label: '2026/27', start: '2026-04-01', end: '2027-03-31' }],
    [
      'AB4: a March date belongs to the cycle that started the April before',
      '2027-03-31',
      4,
      { label: '2026/27', start: '2026-04-01', end: '2027-03-31' }
    ],
    ['scenario 26: a September scheme', '2026-11-24', 9, { label: '2026/27', start: '2026-09-01', end: '2027-08-31' }],
    ['a January scheme is a calendar year', '2026-11-24', 1, { label: '2026', start: '2026-01-01', end: '2026-12-31' }]
  ])('%s', (_label, date, month, expected) => {
    expect(cycleContaining(d(date), month)).toEqual(expected);
  });

  it('UK-15: keeps 2025/26 records until 31 March 2032', () => {
    expect(retainUntil(cycleContaining(d('2025-06-01'), 4), 6)).toBe('2032-03-31');
  });
});

describe('trackFor', () => {
  const cycle = cycleContaining(d('2026-11-24'), 4);
  const member = (change: Partial<StaffMember>): StaffMember => ({
    id: staffId('s'), directoryId: directoryId('d'), displayName: 'X', jobTitle: 'TA', category: 'learningSupport', contract: 'permanent',
    workingPattern: { kind: 'fullTime', days: ['Mon'], start: '08:30', end: '15:30', termTimeOnly: true }, reviewer: undefined,
    jobDescriptionUrl: undefined, startDate: undefined, probationPassed: true, leftOn: undefined, ...change
  });

  it.each<[string, Partial<StaffMember>, string | undefined]>([
    ['UK-2: permanent staff past probation have the full cycle', {}, 'fullCycle'],
    ['scenario 16: a casual midday supervisor has one-to-ones only', { contract: 'casual' }, 'oneToOneOnly'],
    ['UK-3: staff in probation have one-to-ones only', { probationPassed: false }, 'oneToOneOnly'],
    ['a leaver before the cycle is not in it', { leftOn: d('2026-03-31') }, undefined]
  ])('%s', (_label, change, track) => {
    expect(trackFor(member(change), cycle)).toBe(track);
  });
});

describe('stageDueDate', () => {
  const cycle = cycleContaining(d('2026-11-24'), 4);

  it.each([
    ['planning is due at the end of the first month', 'planning', undefined, '2026-04-30'],
    ['the six-monthly review at the end of the seventh', 'interimReview', undefined, '2026-10-31'],
    ['the final review at the end of the twelfth', 'finalReview', undefined, '2027-03-31'],
    ['UK-4: a record opened in November has a month for planning', 'planning', '2026-11-24', '2026-12-24'],
    ['a record opened early keeps the April window', 'planning', '2026-04-02', '2026-04-30']
  ] as const)('%s', (_label, stage, openedOn, due) => {
    expect(stageDueDate(cycle, stage, optionalIsoDate(openedOn))).toBe(due);
  });
});

describe('validateSchemeSettings', () => {
  const valid = {
    ...DEFAULT_SCHEME_SETTINGS,
    termDates: [
      { start: '2026-09-03', end: '2026-10-23' },
      { start: '2026-11-02', end: '2026-12-18' }
    ]
  };

  it('accepts the defaults and real term dates', () => {
    expect(validateSchemeSettings(valid)).toEqual([]);
  });

  it.each([
    ['UK-12: a threshold below 3', { suppressionThreshold: 2 }, { field: 'suppressionThreshold', code: 'belowThree' }],
    ['UK-15 / scenario 22: three years of retention', { retentionYears: 3 }, { field: 'retentionYears', code: 'belowSix' }],
    ['month 13', { cycleStartMonth: 13 }, { field: 'cycleStartMonth', code: 'notAMonth' }],
    ['a five-minute one-to-one', { oneToOneMinutes: 5 }, { field: 'oneToOneMinutes', code: 'outOfRange' }],
    [
      'a term that ends before it starts',
      { termDates: [{ start: '2026-10-23', end: '2026-09-03' }] },
      { field: 'termDates', code: 'endBeforeStart', index: 0 }
    ],
    [
      'overlapping terms',
      {
        termDates: [
          { start: '2026-09-03', end: '2026-10-23' },
          { start: '2026-10-20', end: '2026-12-18' }
        ]
      },
      { field: 'termDates', code: 'overlap', index: 1 }
    ]
  ])('refuses %s', (_label, change, error) => {
    expect(validateSchemeSettings({ ...valid, ...change })).toContainEqual(error);
  });
});
