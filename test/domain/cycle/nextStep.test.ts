import {
  agreeRecord, askForChanges, availableActions, cycleContaining, nextSteps, recordDisagreement, shareForAgreement, actionNeeded,
  type CycleDocument, type MeetingFact
} from '../../../src/domain';
import { appraisee, d, plannedDoc, reviewer, stageWith, t } from './cycleFixtures';
import { value } from '../../support/results';

const cycle = cycleContaining(d('2026-04-01'), 4);
const today = d('2026-04-22');
const now = t('2026-04-22T12:00:00Z');
const shared = (): CycleDocument => value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-04-20T15:00:00Z')));
const steps = (document: CycleDocument | undefined, meetings: MeetingFact[] = []): ReturnType<typeof nextSteps> =>
  nextSteps({ cycle, track: 'fullCycle', document, meetings }, today, now);
const planningMeeting = (start: string): MeetingFact => ({ kind: 'planning', start: t(start), status: 'booked' });

describe('nextSteps: what each person does next (issue 15)', () => {
  it('nothing written or booked: the reviewer books, the appraisee prepares', () => {
    const s = steps(undefined);
    expect(s.reviewer).toEqual({ kind: 'book', stage: 'planning', party: 'reviewer', optional: false, needed: true });
    expect(s.appraisee).toEqual({ kind: 'prepare', stage: 'planning', party: 'appraisee', meetingStart: undefined });
    expect(actionNeeded(s.reviewer)).toBe(true);
    expect(actionNeeded(s.appraisee)).toBe(false);
  });

  it('booking waits on nobody until six weeks before the due date, nor for an optional stage', () => {
    const early = nextSteps({ cycle, track: 'fullCycle', meetings: [], document: undefined }, d('2026-03-01'), t('2026-03-01T12:00:00Z'));
    expect(early.reviewer).toMatchObject({ kind: 'book', needed: false });
    expect(actionNeeded(early.reviewer)).toBe(false);
    const agreedLate = value(
      agreeRecord(
        value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-12-03T15:00:00Z'))),
        'planning',
        appraisee,
        t('2026-12-03T16:00:00Z')
      )
    );
    const late = nextSteps(
      { cycle, track: 'fullCycle', meetings: [], document: agreedLate, openedOn: d('2026-12-02') },
      d('2027-02-25'),
      t('2027-02-25T12:00:00Z')
    );
    expect(late.reviewer).toEqual({ kind: 'book', stage: 'interimReview', party: 'reviewer', optional: true, needed: false });
  });

  it('a meeting to come: the reviewer holds it, and it is the next meeting', () => {
    const s = steps(undefined, [planningMeeting('2026-04-28T09:00:00Z')]);
    expect(s.reviewer).toEqual({ kind: 'hold', stage: 'planning', party: 'reviewer', meetingStart: '2026-04-28T09:00:00Z' });
    expect(s.nextMeeting?.start).toBe('2026-04-28T09:00:00Z');
    expect(actionNeeded(s.reviewer)).toBe(false);
  });

  it('the meeting held and not yet shared: the reviewer writes it up', () => {
    expect(steps(plannedDoc(), [planningMeeting('2026-04-20T09:00:00Z')]).reviewer).toMatchObject({ kind: 'writeUp' });
  });

  it('AB11: shared: the appraisee agrees; nothing waits on the reviewer', () => {
    const s = steps(shared(), [planningMeeting('2026-04-20T09:00:00Z')]);
    expect(s.appraisee).toEqual({ kind: 'agree', stage: 'planning', party: 'appraisee' });
    expect(s.reviewer).toBeUndefined();
  });

  it('the appraisee asked for changes: the reviewer answers the change request', () => {
    const asked = value(askForChanges(shared(), 'planning', 'Please add the phonics course.', t('2026-04-21T10:00:00Z')));
    const s = steps(asked, [planningMeeting('2026-04-20T09:00:00Z')]);
    expect(s.reviewer).toEqual({ kind: 'answerChangeRequest', stage: 'planning', party: 'reviewer' });
    expect(actionNeeded(s.reviewer)).toBe(true);
    expect(s.appraisee).toBeUndefined();
  });

  it('UK-6: a disagreement not yet answered waits on the reviewer even as the cycle moves on', () => {
    const disagreed = value(recordDisagreement(shared(), 'planning', 'I did not agree to this target.', t('2026-04-21T10:00:00Z')));
    const s = steps(disagreed);
    expect(s.progress.current).toBe('interimReview');
    expect(s.reviewer).toEqual({ kind: 'answerDisagreement', stage: 'planning', party: 'reviewer' });
  });

  it('the year agreed: nothing left to do', () => {
    const agreed = value(agreeRecord(shared(), 'planning', appraisee, t('2026-04-21T10:00:00Z')));
    const settled = { status: 'disagreementRecorded' as const, version: 1 };
    const all = {
      ...agreed,
      stages: { ...agreed.stages, interimReview: stageWith('interimReview', settled), finalReview: stageWith('finalReview', settled) }
    };
    const s = steps(all);
    expect([s.progress.current, s.appraisee, s.reviewer]).toEqual(['agreed', undefined, undefined]);
  });

  it('one-to-ones only: no stage steps', () => {
    expect(nextSteps({ cycle, track: 'oneToOneOnly', meetings: [] }, today, now)).toMatchObject({
      appraisee: undefined,
      reviewer: undefined
    });
  });
});

describe('availableActions: the domain decides, components render', () => {
  it.each([
    ['a draft, for the reviewer', plannedDoc(), 'reviewer', ['share']],
    ['a draft, for the appraisee', plannedDoc(), 'appraisee', []],
    ['shared, for the appraisee', shared(), 'appraisee', ['agree', 'askForChanges', 'disagree']],
    ['shared, for the reviewer', shared(), 'reviewer', []],
    ['anything, for a viewer', shared(), 'viewer', []]
  ] as const)('%s', (_label, doc, party, actions) => {
    expect(availableActions(doc, 'planning', party)).toEqual(actions);
  });

  it('a disagreement recorded: the reviewer may answer it or share an amendment; the appraisee has nothing more', () => {
    const disagreed = value(recordDisagreement(shared(), 'planning', 'No.', t('2026-04-21T10:00:00Z')));
    expect(availableActions(disagreed, 'planning', 'reviewer')).toEqual(['share', 'respond']);
    expect(availableActions(disagreed, 'planning', 'appraisee')).toEqual([]);
  });
});
