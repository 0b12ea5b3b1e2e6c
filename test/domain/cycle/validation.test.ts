import { emptyCycleDocument, newDevelopmentNeed, newObjective, objectiveId, validateStage, type CycleDocument } from '../../../src/domain';
import { uncheckedIsoDate } from '../../support/builders';
import { cycle, d, plannedDoc, stageWith } from './cycleFixtures';

const withObjective = (change: Partial<ReturnType<typeof newObjective>>): CycleDocument => {
  const doc = plannedDoc();
  return { ...doc, objectives: [{ ...doc.objectives[0], ...change }] };
};

describe('validateStage: planning', () => {
  it('AB5: a complete planning record may be shared', () => {
    expect(validateStage(plannedDoc(), 'planning', cycle)).toEqual([]);
  });

  it('AB5.1: needs at least one objective and the summary (AB11)', () => {
    expect(validateStage(emptyCycleDocument(), 'planning', cycle)).toEqual([
      { path: 'objectives', code: 'atLeastOneObjective' },
      { path: 'stages.planning.reviewer.summary', code: 'required' }
    ]);
  });

  it('AB5.1–AB5.3, AB5.5: each objective needs a title, success criteria, agreed evidence and a target date', () => {
    const doc = { ...plannedDoc(), objectives: [newObjective(objectiveId('o1'))] };
    expect(validateStage(doc, 'planning', cycle)).toEqual([
      { path: 'objectives.0.title', code: 'required' },
      { path: 'objectives.0.successCriteria', code: 'required' },
      { path: 'objectives.0.agreedEvidence', code: 'required' },
      { path: 'objectives.0.targetDate', code: 'required' }
    ]);
  });

  it('whitespace is not text', () => {
    expect(validateStage(withObjective({ title: '   ' }), 'planning', cycle)).toEqual([{ path: 'objectives.0.title', code: 'required' }]);
  });

  it.each([
    ['AB5.5: a target date after the cycle ends', '2027-04-01', 'outsideCycle'],
    ['AB5.5: a target date before the cycle starts', '2026-03-31', 'outsideCycle'],
    ['a date that is not a real date', '2027-02-30', 'notADate']
  ] as const)('%s', (_label, date, code) => {
    expect(validateStage(withObjective({ targetDate: uncheckedIsoDate(date) }), 'planning', cycle)).toEqual([{ path: 'objectives.0.targetDate', code }]);
  });

  it('AB5.5: the first and last days of the cycle are inside it', () => {
    expect(validateStage(withObjective({ targetDate: d('2026-04-01') }), 'planning', cycle)).toEqual([]);
    expect(validateStage(withObjective({ targetDate: d('2027-03-31') }), 'planning', cycle)).toEqual([]);
  });

  it('AB5.4: each development need needs the need and the agreed support; a target date, if given, inside the cycle', () => {
    const doc = {
      ...plannedDoc(),
      developmentNeeds: [plannedDoc().developmentNeeds[0], { ...newDevelopmentNeed('n2'), targetDate: d('2027-05-01') }]
    };
    expect(validateStage(doc, 'planning', cycle)).toEqual([
      { path: 'developmentNeeds.1.need', code: 'required' },
      { path: 'developmentNeeds.1.agreedSupport', code: 'required' },
      { path: 'developmentNeeds.1.targetDate', code: 'outsideCycle' }
    ]);
  });
});

describe('validateStage: interim review', () => {
  it('AB6.4: needs the summary and the feedback', () => {
    expect(validateStage(plannedDoc(), 'interimReview', cycle)).toEqual([
      { path: 'stages.interimReview.reviewer.summary', code: 'required' },
      { path: 'stages.interimReview.reviewer.feedback', code: 'required' }
    ]);
  });

  it('AB5.5: target dates must still lie in the cycle', () => {
    const base = withObjective({ targetDate: d('2027-06-01') });
    const doc = {
      ...base,
      stages: { interimReview: stageWith('interimReview', { reviewer: { summary: 'S', feedback: 'F', jobDescriptionReview: undefined } }) }
    };
    expect(validateStage(doc, 'interimReview', cycle)).toEqual([{ path: 'objectives.0.targetDate', code: 'outsideCycle' }]);
  });
});

describe('validateStage: final review', () => {
  const final = (
    doc: CycleDocument,
    jd: { decision: 'noChange' | 'changesProposed'; notes: string } | undefined,
    summary = 'S'
  ): CycleDocument => ({
    ...doc,
    stages: { finalReview: stageWith('finalReview', { reviewer: { summary, feedback: '', jobDescriptionReview: jd } }) }
  });

  it('AB7.1: every objective needs an outcome', () => {
    expect(validateStage(final(plannedDoc(), { decision: 'noChange', notes: '' }), 'finalReview', cycle)).toEqual([
      { path: 'objectives.0.outcome', code: 'required' }
    ]);
  });

  it('AB7.1: a withdrawn objective needs a reason', () => {
    const doc = final(withObjective({ outcome: 'withdrawn', outcomeNote: ' ' }), { decision: 'noChange', notes: '' });
    expect(validateStage(doc, 'finalReview', cycle)).toEqual([{ path: 'objectives.0.outcomeNote', code: 'reasonRequired' }]);
  });

  it('EA-JD, AB7.2: the job description review is required, and proposed changes need notes', () => {
    const met = withObjective({ outcome: 'met' });
    expect(validateStage(final(met, undefined, ''), 'finalReview', cycle)).toEqual([
      { path: 'stages.finalReview.reviewer.jobDescriptionReview', code: 'required' },
      { path: 'stages.finalReview.reviewer.summary', code: 'required' }
    ]);
    expect(validateStage(final(met, { decision: 'changesProposed', notes: '' }), 'finalReview', cycle)).toEqual([
      { path: 'stages.finalReview.reviewer.jobDescriptionReview.notes', code: 'required' }
    ]);
    expect(validateStage(final(met, { decision: 'changesProposed', notes: 'Add first aid duties' }), 'finalReview', cycle)).toEqual([]);
  });
});
