import { openDisagreements, type DisagreementEvent } from '../../../src/domain';

const event = (action: DisagreementEvent['action'], recordRef: string, at: string): DisagreementEvent => ({
  action,
  staffKey: recordRef.split(':')[0],
  recordRef,
  at
});

describe('open disagreements for administrators (UK-7)', () => {
  it('lists a stage whose latest disagreement has no response, and drops one the reviewer answered', () => {
    const open = openDisagreements([
      event('disagreementRecorded', 'S1:2026-27:planning:v1', '2026-05-14T08:00:00Z'),
      event('disagreementAnswered', 'S1:2026-27:planning:v1', '2026-05-15T08:00:00Z'),
      event('disagreementRecorded', 'S2:2026-27:interimReview:v2', '2026-10-20T08:00:00Z')
    ]);

    expect(open).toEqual([{ staffKey: 'S2', cycleKey: 'S2:2026-27', stage: 'interimReview', recordedAt: '2026-10-20T08:00:00Z' }]);
  });

  it('reopens a stage when the appraisee disagrees again after an answer, whatever order the events arrive in', () => {
    const open = openDisagreements([
      event('disagreementRecorded', 'S1:2026-27:finalReview:v2', '2027-03-20T08:00:00Z'),
      event('disagreementRecorded', 'S1:2026-27:finalReview:v1', '2027-03-10T08:00:00Z'),
      event('disagreementAnswered', 'S1:2026-27:finalReview:v1', '2027-03-12T08:00:00Z')
    ]);

    expect(open.map((o) => [o.stage, o.recordedAt])).toEqual([['finalReview', '2027-03-20T08:00:00Z']]);
  });
});
