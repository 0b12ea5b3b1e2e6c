/** Informal support pauses the cycle by the same rule as a long absence, and a day under both counts once. */
import { cycleContaining, cycleProgress, pausesOf, stageDeadline, supportOpenOn, validSupportText } from '../../src/domain';
import { isoDate as d } from '../support/builders';

const cycle = cycleContaining(d('2026-04-01'), 4);

describe('informal support and the cycle', () => {
  it('a plan moves each later due date on by its length, exactly as an absence of the same days would', () => {
    const span = { from: d('2026-09-01'), to: d('2026-09-30') };
    for (const stage of ['planning', 'interimReview', 'finalReview'] as const) {
      expect(stageDeadline(cycle, stage, { supportPeriods: [span] })).toEqual(stageDeadline(cycle, stage, { absences: [span] }));
    }
    expect(stageDeadline(cycle, 'interimReview', { supportPeriods: [span] }).due).toBe('2026-11-30');
  });

  it('an open plan holds every later deadline; nothing is overdue while it runs and the record shows the marker', () => {
    const open = { from: d('2026-06-01'), to: undefined };
    expect(stageDeadline(cycle, 'interimReview', { supportPeriods: [open] })).toEqual({ due: undefined, optional: false, paused: true });
    const progress = cycleProgress({ cycle, supportPeriods: [{ from: d('2026-04-10'), to: d('2026-06-30') }] }, d('2026-06-01'));
    expect(progress).toMatchObject({ informalSupport: true, away: false });
    expect(progress.stages.planning.overdue).toBe(false);
    expect(
      cycleProgress({ cycle, supportPeriods: [{ from: d('2026-04-10'), to: d('2026-06-30') }] }, d('2026-07-01')).informalSupport
    ).toBe(false);
  });

  it('an absence and a plan over the same days pause once, not twice', () => {
    const absences = [{ from: d('2026-09-01'), to: d('2026-09-30') }];
    const supportPeriods = [{ from: d('2026-09-15'), to: d('2026-10-10') }];
    expect(pausesOf(absences, supportPeriods)).toEqual([{ from: '2026-09-01', to: '2026-10-10' }]);
    expect(stageDeadline(cycle, 'interimReview', { absences, supportPeriods })).toEqual(
      stageDeadline(cycle, 'interimReview', { absences: [{ from: d('2026-09-01'), to: d('2026-10-10') }] })
    );
    expect(pausesOf([{ from: d('2026-05-01'), to: undefined }], supportPeriods)).toEqual([{ from: '2026-05-01', to: undefined }]);
  });

  it('the marker and the text check', () => {
    expect(supportOpenOn([{ from: d('2026-05-01'), to: undefined }], d('2027-01-01'))).toBe(true);
    expect(supportOpenOn(undefined, d('2027-01-01'))).toBe(false);
    expect(validSupportText({ concerns: ' ', supportAgreed: '', outcome: '' })).toBe(false);
    expect(validSupportText({ concerns: 'Pacing', supportAgreed: 'x'.repeat(4001), outcome: '' })).toBe(false);
  });
});
