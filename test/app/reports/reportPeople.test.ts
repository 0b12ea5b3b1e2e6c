import { toReportPeople } from '../../../src/app/reports/reportPeople';
import {
  agreementContent,
  emptyCycleDocument,
  emptyStageRecord,
  fingerprint,
  newDevelopmentNeed,
  newObjective,
  objectiveId,
  type CycleDocument,
  type Objective,
  type ReportPerson
} from '../../../src/domain';
import type { ReviewRequestSummary } from '../../../src/data/ports/reviewRequests';
import { aMeeting, aPersonRecords, isoDate, isoInstant } from '../../support/builders';

const TODAY = isoDate('2026-11-24');
const NOW = isoInstant('2026-11-24T12:00:00Z');
const one = (records: Parameters<typeof toReportPeople>[0]): ReportPerson[] => toReportPeople(records, '2026/27', TODAY, NOW);

describe('toReportPeople', () => {
  it.each([
    ['planning held in April, on time', 'interimReview', [aMeeting('a', 'planning', '2026-04-20')], 'onTime'],
    ['planning held in June, after its April window', 'interimReview', [aMeeting('a', 'planning', '2026-06-02')], 'late'],
    ['planning held with no booked meeting', 'interimReview', [], 'onTime'],
    ['planning not held by November', 'planning', [], 'notHeld']
  ] as const)('gives %s', (_label, stage, meetings, expected) => {
    const [person] = one([aPersonRecords('a', stage, [...meetings])]);

    expect(person.stages.planning).toBe(expected);
  });

  it('says the final review is not due in November and the six-monthly review (due by October) was not held', () => {
    const [person] = one([aPersonRecords('a', 'interimReview')]);

    expect(person.stages).toEqual({ planning: 'onTime', interimReview: 'notHeld', finalReview: 'notDue' });
  });

  it('counts one-to-ones held in the cycle: not cancelled, not in the future, not in another cycle', () => {
    const meetings = [
      aMeeting('a', 'oneToOne', '2026-05-10'),
      aMeeting('a', 'oneToOne', '2026-09-15'),
      aMeeting('a', 'oneToOne', '2026-10-01', { status: 'cancelled' }),
      aMeeting('a', 'oneToOne', '2026-12-01'),
      aMeeting('a', 'oneToOne', '2026-02-01'),
      aMeeting('a', 'planning', '2026-04-20')
    ];

    const [person] = one([aPersonRecords('a', 'interimReview', meetings)]);

    expect(person.oneToOnesHeld).toBe(2);
  });

  it("counts a one-to-one on the cycle's first London day, though its UTC start is the day before", () => {
    const early = aMeeting('a', 'oneToOne', '2026-03-31', {
      start: isoInstant('2026-03-31T23:30:00Z'),
      end: isoInstant('2026-04-01T00:15:00Z')
    });

    const [person] = one([aPersonRecords('a', 'interimReview', [early])]);

    expect(person.oneToOnesHeld).toBe(1);
  });

  it('carries category, contract, pattern and track, and leaves out people with no record for the cycle', () => {
    const people = one([
      aPersonRecords(
        'a',
        'planning',
        [],
        {
          category: 'siteStaff',
          contract: 'fixedTerm',
          workingPattern: { kind: 'partTime', days: ['Mon'], start: '08:00', end: '12:00', termTimeOnly: false }
        },
        { track: 'oneToOneOnly' }
      ),
      aPersonRecords('b', 'planning', [], {}, { cycle: { label: '2025/26', start: isoDate('2025-04-01'), end: isoDate('2026-03-31') } })
    ]);

    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({
      staffCategory: 'siteStaff',
      contract: 'fixedTerm',
      workingPattern: 'partTime',
      track: 'oneToOneOnly',
      paused: false
    });
  });

  it('keeps a leaver in the figures of the cycle they left during (issue 16: leavers still count in that cycle)', () => {
    const people = one([
      aPersonRecords('a', 'interimReview', [aMeeting('a', 'planning', '2026-04-20')], { leftOn: isoDate('2026-10-31') }),
      aPersonRecords('b', 'interimReview', [aMeeting('b', 'planning', '2026-04-21')])
    ]);

    expect(people).toHaveLength(2);
    expect(people[0]).toMatchObject({ track: 'fullCycle', stages: { planning: 'onTime' } });
  });

  it('counts outcomes once the final review is agreed, needs supported, disagreements and proposed job description changes', () => {
    const objective = (id: string, outcome: Objective['outcome']): Objective => ({ ...newObjective(objectiveId(id)), title: id, outcome });
    const finalReview = {
      ...emptyStageRecord('finalReview'),
      status: 'agreed' as const,
      version: 1,
      reviewer: { summary: 's', feedback: 'f', jobDescriptionReview: { decision: 'changesProposed' as const, notes: 'n' } }
    };
    const written: CycleDocument = {
      ...emptyCycleDocument(),
      objectives: [objective('o1', 'met'), objective('o2', 'partlyMet'), objective('o3', 'met')],
      developmentNeeds: [{ ...newDevelopmentNeed('d1'), supportGiven: 'Course attended' }, newDevelopmentNeed('d2')],
      stages: {
        interimReview: { ...emptyStageRecord('interimReview'), disagreements: [{ at: NOW, version: 1, text: 'x', response: undefined }] },
        finalReview
      }
    };
    // Agreed as it stands: the agreed version's fingerprint is that of the current content.
    const agreed = [{ version: 1, fingerprint: fingerprint(agreementContent(written, 'finalReview')), content: '', agreedAt: NOW }];
    const document: CycleDocument = { ...written, stages: { ...written.stages, finalReview: { ...finalReview, agreed } } };

    const [person] = one([aPersonRecords('a', 'agreed', [], {}, { document })]);

    expect(person.objectiveOutcomes).toEqual({ met: 2, partlyMet: 1, notMet: 0, withdrawn: 0 });
    expect(person.developmentNeeds).toEqual({ identified: 2, supported: 1 });
    expect(person.disagreements).toBe(1);
    expect(person.jobDescriptionChangesProposed).toBe(true);
  });

  it('counts no outcomes before the final review is agreed', () => {
    const document: CycleDocument = { ...emptyCycleDocument(), objectives: [{ ...newObjective(objectiveId('o1')), outcome: 'met' }] };

    const [person] = one([aPersonRecords('a', 'finalReview', [], {}, { document })]);

    expect(person.objectiveOutcomes).toEqual({ met: 0, partlyMet: 0, notMet: 0, withdrawn: 0 });
  });

  it("counts each person's review requests for this cycle only, from the store's list (issue 15: no longer always 0)", () => {
    const asked = (staffKey: string, cycleKey: string, state: 'awaitingDecision' | 'upheld'): ReviewRequestSummary => ({
      staffKey,
      cycleKey,
      askedAt: NOW,
      state
    });
    const people = toReportPeople([aPersonRecords('a', 'agreed'), aPersonRecords('b', 'agreed')], '2026/27', TODAY, NOW, [
      asked('a', 'a:2026-27', 'upheld'),
      // Another cycle of b's, and a request naming b's cycle under a's key, count for nobody here.
      asked('b', 'b:2025-26', 'awaitingDecision'),
      asked('a', 'b:2026-27', 'awaitingDecision')
    ]);

    expect(people.map((p) => p.reviewRequests)).toEqual([1, 0]);
    expect(one([aPersonRecords('a', 'agreed')])[0].reviewRequests).toBe(0);
  });
});
