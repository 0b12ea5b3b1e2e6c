import { movedPast, pausedInCycle, RECORD_STAGES } from '../../../src/domain';
import { CYCLE_2026, isoDate } from '../../support/builders';

const d = isoDate;

describe('cycle record summaries', () => {
  it('move through the stages in order, then agreed, then closed', () => {
    expect(RECORD_STAGES).toEqual(['planning', 'interimReview', 'finalReview', 'agreed', 'closed']);
    expect(movedPast({ stage: 'interimReview' }, 'planning')).toBe(true);
    expect(movedPast({ stage: 'interimReview' }, 'interimReview')).toBe(false);
    expect(movedPast({ stage: 'planning' }, 'finalReview')).toBe(false);
    expect(movedPast({ stage: 'agreed' }, 'finalReview')).toBe(true);
    expect(movedPast({ stage: 'closed' }, 'finalReview')).toBe(true);
  });

  it('are paused for the cycle when a long absence overlaps it, open-ended ones included', () => {
    expect(pausedInCycle({ cycle: CYCLE_2026, absences: undefined })).toBe(false);
    expect(pausedInCycle({ cycle: CYCLE_2026, absences: [{ from: d('2025-09-01'), to: d('2026-03-31') }] })).toBe(false);
    expect(pausedInCycle({ cycle: CYCLE_2026, absences: [{ from: d('2025-09-01'), to: d('2026-04-01') }] })).toBe(true);
    expect(pausedInCycle({ cycle: CYCLE_2026, absences: [{ from: d('2027-03-31'), to: undefined }] })).toBe(true);
    expect(pausedInCycle({ cycle: CYCLE_2026, absences: [{ from: d('2027-04-01'), to: undefined }] })).toBe(false);
  });
});
