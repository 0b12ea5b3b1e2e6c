import {
  agreeRecord,
  cycleContaining,
  cycleProgress,
  shareForAgreement,
  stageDeadline,
  withAbsence,
  withNotRequired,
  withoutNotRequired,
  type CycleDocument,
  type LongAbsence,
  type Stage,
  type StageNotRequired
} from '../../../src/domain';
import { optionalIsoDate } from '../../support/builders';
import { appraisee, d, plannedDoc, reviewer, stageWith, t } from './cycleFixtures';
import { value } from '../../support/results';

const cycle = cycleContaining(d('2026-04-01'), 4);
const agreedPlanning = (): CycleDocument => {
  const shared = value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-12-03T15:00:00Z')));
  return value(agreeRecord(shared, 'planning', appraisee, t('2026-12-03T16:00:00Z')));
};
/** A stage settled by a recorded disagreement (the cycle continues, UK-6). */
const settled = (doc: CycleDocument, stage: Stage): CycleDocument => ({
  ...doc,
  stages: { ...doc.stages, [stage]: stageWith(stage, { status: 'disagreementRecorded', version: 1 }) }
});
const waiver = (stage: Stage, cycleKey = '2026-27'): StageNotRequired => ({
  cycleKey,
  stage,
  reason: 'joinedLate',
  note: 'Started in January',
  by: 'Helen Ward',
  at: t('2027-01-12T09:00:00Z')
});

describe('stageDeadline: windows from when the person’s cycle started (DOMAIN §2)', () => {
  it.each([
    ['AB4: on time, planning by the end of April', 'planning', undefined, '2026-04-30'],
    ['AB6: on time, the six-monthly review by the end of October', 'interimReview', undefined, '2026-10-31'],
    ['AB7: the final review by the end of March', 'finalReview', undefined, '2027-03-31'],
    ['a record opened during April keeps the October window', 'interimReview', '2026-04-14', '2026-10-31'],
    ['UK-4: opened in December, a month for planning', 'planning', '2026-12-02', '2027-01-02'],
    ['opened in July, six months on: the end of January', 'interimReview', '2026-07-06', '2027-01-31'],
    ['opened in December, the final review stays at the end of March', 'finalReview', '2026-12-02', '2027-03-31']
  ] as const)('%s', (_label, stage, openedOn, due) => {
    expect(stageDeadline(cycle, stage, { openedOn: optionalIsoDate(openedOn) })).toEqual({ due, optional: false, paused: false });
  });

  it.each(['2026-09-01', '2026-12-02', '2027-01-11'])('scenario 17: opened %s, the six-monthly review is optional', (openedOn) => {
    expect(stageDeadline(cycle, 'interimReview', { openedOn: d(openedOn) })).toEqual({ due: undefined, optional: true, paused: false });
  });

  it('scenario 18: an absence moves each later due date on by its length', () => {
    const absences: LongAbsence[] = [{ from: d('2026-09-01'), to: d('2026-09-30') }];
    expect(stageDeadline(cycle, 'planning', { absences }).due).toBe('2026-04-30');
    expect(stageDeadline(cycle, 'interimReview', { absences }).due).toBe('2026-11-30');
    expect(stageDeadline(cycle, 'finalReview', { absences }).due).toBe('2027-04-30');
  });

  it('scenario 18: an absence with no end yet holds every later deadline', () => {
    expect(stageDeadline(cycle, 'interimReview', { absences: [{ from: d('2026-09-01'), to: undefined }] })).toEqual({
      due: undefined,
      optional: false,
      paused: true
    });
  });

  it('an absence before the person’s cycle started moves nothing', () => {
    expect(
      stageDeadline(cycle, 'planning', { openedOn: d('2026-12-02'), absences: [{ from: d('2026-05-01'), to: d('2026-06-30') }] }).due
    ).toBe('2027-01-02');
  });
});

describe('cycleProgress: one answer for every view', () => {
  it('issue 15: a cycle opened in December shows nothing overdue the day after an on-time planning meeting', () => {
    const progress = cycleProgress({ cycle, openedOn: d('2026-12-02'), document: agreedPlanning() }, d('2026-12-04'));
    expect(progress.current).toBe('interimReview');
    expect(Object.values(progress.stages).map((s) => s.overdue)).toEqual([false, false, false]);
    expect(progress.stages.interimReview).toMatchObject({ state: 'current', optional: true, due: undefined });
  });

  it('an on-time cycle with no planning by May is overdue for planning only', () => {
    const progress = cycleProgress({ cycle, openedOn: d('2026-04-02') }, d('2026-05-01'));
    expect(progress.stages.planning).toMatchObject({ state: 'current', overdue: true });
    expect(progress.stages.interimReview).toMatchObject({ state: 'toCome', overdue: false });
  });

  it('DOMAIN §2: a January joiner’s six-monthly review marked not required makes the final review current', () => {
    const input = { cycle, openedOn: d('2027-01-11'), document: agreedPlanning(), notRequired: [waiver('interimReview')] };
    const progress = cycleProgress(input, d('2027-02-01'));
    expect(progress.current).toBe('finalReview');
    expect(progress.stages.interimReview).toMatchObject({ state: 'notRequired', overdue: false, notRequired: { reason: 'joinedLate' } });
    expect(cycleProgress({ ...input, document: settled(agreedPlanning(), 'finalReview') }, d('2027-03-20')).current).toBe('agreed');
  });

  it('without the mark the January joiner’s record stays at the six-monthly review', () => {
    expect(cycleProgress({ cycle, openedOn: d('2027-01-11'), document: agreedPlanning() }, d('2027-02-01')).current).toBe('interimReview');
  });

  it('a mark for another cycle does not count', () => {
    expect(
      cycleProgress({ cycle, document: agreedPlanning(), notRequired: [waiver('interimReview', '2025-26')] }, d('2027-02-01')).current
    ).toBe('interimReview');
  });

  it('a stage held anyway counts as complete, not as not required', () => {
    const progress = cycleProgress(
      { cycle, document: settled(agreedPlanning(), 'interimReview'), notRequired: [waiver('interimReview')] },
      d('2027-02-01')
    );
    expect(progress.stages.interimReview.state).toBe('complete');
  });

  it('scenario 18: while the person is away nothing is overdue', () => {
    const progress = cycleProgress({ cycle, absences: [{ from: d('2026-04-10'), to: d('2026-06-30') }] }, d('2026-06-01'));
    expect(progress.away).toBe(true);
    expect(progress.stages.planning.overdue).toBe(false);
    expect(
      cycleProgress({ cycle, absences: [{ from: d('2026-04-10'), to: d('2026-06-30') }] }, d('2026-09-01')).stages.planning
    ).toMatchObject({ overdue: true, due: '2026-07-21' });
  });
});

describe('recording circumstances', () => {
  it('a second mark for the same cycle and stage replaces the first; undo removes it', () => {
    const first = withNotRequired([], waiver('interimReview'));
    const second = withNotRequired(first, { ...waiver('interimReview'), reason: 'longAbsence' });
    expect(second).toEqual([{ ...waiver('interimReview'), reason: 'longAbsence' }]);
    expect(withoutNotRequired(second, '2026-27', 'interimReview')).toEqual([]);
  });

  it('refuses an absence that ends before it starts or overlaps one recorded', () => {
    const one = withAbsence([], { from: d('2026-09-01'), to: d('2026-10-31') })!;
    expect(withAbsence(one, { from: d('2026-10-01'), to: undefined })).toBeUndefined();
    expect(withAbsence(one, { from: d('2026-12-01'), to: d('2026-11-01') })).toBeUndefined();
    expect(withAbsence(one, { from: d('2026-05-01'), to: d('2026-05-31') })?.map((a) => a.from)).toEqual(['2026-05-01', '2026-09-01']);
  });
});

describe('HR closes a shared stage "not agreed" (DOMAIN §4)', () => {
  const closure = {
    cycleKey: '2026-27',
    stage: 'planning' as const,
    reason: 'appraiseeAbsent' as const,
    note: 'On long-term sick leave',
    by: 'Priya Shah',
    at: t('2027-01-12T09:00:00Z')
  };
  const shared = (): CycleDocument => value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-12-03T15:00:00Z')));

  it('a shared stage closed by HR is never agreed, but the cycle moves on', () => {
    const progress = cycleProgress({ cycle, document: shared(), closedNotAgreed: [closure] }, d('2027-01-13'));
    expect(progress.stages.planning).toMatchObject({
      state: 'closedNotAgreed',
      status: 'awaitingAgreement',
      overdue: false,
      closedNotAgreed: closure
    });
    expect(progress.current).toBe('interimReview');
  });

  it('a closure of a stage never shared does not count: silence on a draft is not a record', () => {
    const progress = cycleProgress({ cycle, document: plannedDoc(), closedNotAgreed: [closure] }, d('2027-01-13'));
    expect(progress.stages.planning.state).toBe('current');
  });

  it('if the appraisee agrees after all, the stage is agreed', () => {
    const agreed = value(agreeRecord(shared(), 'planning', appraisee, t('2027-02-01T09:00:00Z')));
    expect(cycleProgress({ cycle, document: agreed, closedNotAgreed: [closure] }, d('2027-02-02')).stages.planning.state).toBe('complete');
  });
});
