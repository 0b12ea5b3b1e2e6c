import fc from 'fast-check';
import {
  agreeRecord, agreementContent, currentStage, effectiveStatus, fingerprint, isStageComplete, objectiveId, recordDisagreement,
  shareForAgreement,
  type CycleDocument, type StageRecord
} from '../../../src/domain';
import { appraisee, cycle, d, editSummary, plannedDoc, reviewer, stageWith, t } from './cycleFixtures';
import { value } from '../../support/results';


const agreedPlanning = (): CycleDocument => {
  const shared = value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-04-20T15:00:00Z')));
  return value(agreeRecord(shared, 'planning', appraisee, t('2026-04-21T09:00:00Z')));
};

describe('fingerprint', () => {
  it('AB11: is the SHA-256 of the UTF-8 content (known vectors)', () => {
    expect(fingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(fingerprint('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('scenario 14: hashes accented names as UTF-8, not as UTF-16 code units', () => {
    expect(fingerprint('Siobhán')).not.toBe(fingerprint('Siobhan'));
    expect(fingerprint('Siobhán')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('agreementContent', () => {
  it('AB11: holds the planning wording both agree, with stable key order', () => {
    const content = agreementContent(plannedDoc(), 'planning');
    expect(JSON.parse(content)).toEqual({
      stage: 'planning',
      meetingDate: '2026-04-20',
      objectives: [{
        title: 'Run a daily phonics intervention', successCriteria: 'Each pupil moves on one phase', agreedEvidence: 'Phonics assessments',
        standardCodes: ['TA2016-3'], schoolPriority: '', targetDate: '2027-02-12'
      }],
      developmentNeeds: [{ need: 'Phonics training', agreedSupport: 'Two twilight sessions' }],
      summary: 'We agreed one objective.'
    });
    expect(content.indexOf('"agreedEvidence"')).toBeLessThan(content.indexOf('"title"'));
  });

  it('AB11: ignores ids, versions, sign-offs, disagreements and progress at planning', () => {
    const doc = plannedDoc();
    const other: CycleDocument = {
      ...doc,
      objectives: doc.objectives.map((o) => ({
        ...o,
        id: objectiveId('other'),
        progress: [{ on: d('2026-05-01'), by: 'appraisee', text: 'x' }]
      })),
      stages: {
        planning: {
          ...doc.stages.planning!,
          version: 7,
          status: 'agreed',
          signOffs: [],
          disagreements: [{ at: t('2026-05-01T00:00:00Z'), version: 1, text: 'no', response: undefined }]
        }
      }
    };
    expect(agreementContent(other, 'planning')).toBe(agreementContent(doc, 'planning'));
  });

  it('changes when the agreed wording changes', () => {
    expect(agreementContent(editSummary(plannedDoc(), 'Different.'), 'planning')).not.toBe(agreementContent(plannedDoc(), 'planning'));
  });

  it('AB6.4: the interim content holds feedback, the appraisee’s response and progress up to the meeting', () => {
    const base = plannedDoc();
    const doc: CycleDocument = {
      ...base,
      objectives: base.objectives.map((o) => ({ ...o, progress: [
        { on: d('2026-09-10'), by: 'appraisee', text: 'Half the group on phase 3' },
        { on: d('2026-11-30'), by: 'reviewer', text: 'Written after the review' }
      ] })),
      stages: { ...base.stages, interimReview: stageWith('interimReview', {
        meetingDate: d('2026-10-15'), appraiseeComments: 'I would like more time with the group.',
        reviewer: { summary: 'Good progress.', feedback: 'Keep going.', jobDescriptionReview: undefined }
      }) }
    };
    const content = JSON.parse(agreementContent(doc, 'interimReview'));
    expect(content.feedback).toBe('Keep going.');
    expect(content.appraiseeComments).toBe('I would like more time with the group.');
    expect(content.objectives[0].progress).toEqual([{ on: '2026-09-10', by: 'appraisee', text: 'Half the group on phase 3' }]);
  });

  it('AB7.1, EA-JD: the final content holds outcomes and the job description review', () => {
    const base = plannedDoc();
    const doc: CycleDocument = {
      ...base,
      objectives: base.objectives.map((o) => ({ ...o, outcome: 'withdrawn', outcomeNote: 'Group disbanded' })),
      stages: {
        finalReview: stageWith('finalReview', {
          reviewer: { summary: 'S', feedback: 'F', jobDescriptionReview: { decision: 'noChange', notes: '' } }
        })
      }
    };
    const content = JSON.parse(agreementContent(doc, 'finalReview'));
    expect(content.objectives).toEqual([
      { title: 'Run a daily phonics intervention', outcome: 'withdrawn', outcomeNote: 'Group disbanded' }
    ]);
    expect(content.jobDescriptionReview).toEqual({ decision: 'noChange', notes: '' });
    expect(content.developmentNeeds).toEqual([{ need: 'Phonics training', status: 'open' }]);
  });
});

describe('effectiveStatus', () => {
  it('a stage nobody has written is a draft', () => {
    expect(effectiveStatus(plannedDoc(), 'finalReview')).toBe('draft');
  });

  it('AB11: an agreed record whose content is unchanged stays agreed', () => {
    expect(effectiveStatus(agreedPlanning(), 'planning')).toBe('agreed');
  });

  it('scenario 11: an edit after agreement, by any route, reads as changed since agreed', () => {
    const edited = editSummary(agreedPlanning(), 'Edited directly in the SharePoint list.');
    expect(edited.stages.planning!.status).toBe('agreed');
    expect(effectiveStatus(edited, 'planning')).toBe('changedSinceAgreed');
    expect(edited.stages.planning!.agreed[0].content).toBe(agreementContent(agreedPlanning(), 'planning'));
  });

  it('scenario 11: an agreed status with no agreed version cannot be trusted', () => {
    const doc = { ...plannedDoc(), stages: { planning: stageWith('planning', { status: 'agreed', version: 1 }) } };
    expect(effectiveStatus(doc, 'planning')).toBe('changedSinceAgreed');
  });

  it('UK-6: a disagreement recorded after an agreement reads as changed once the content changes', () => {
    const disagreed = value(recordDisagreement(agreedPlanning(), 'planning', 'I do not accept the summary.', t('2026-04-22T09:00:00Z')));
    expect(effectiveStatus(disagreed, 'planning')).toBe('disagreementRecorded');
    expect(effectiveStatus(editSummary(disagreed, 'New words'), 'planning')).toBe('changedSinceAgreed');
  });

  it('an edit to interim progress after the interim meeting leaves the planning record agreed', () => {
    const doc = agreedPlanning();
    const later = {
      ...doc,
      objectives: doc.objectives.map((o) => ({ ...o, progress: [{ on: d('2026-05-01'), by: 'reviewer' as const, text: 'Going well' }] }))
    };
    expect(effectiveStatus(later, 'planning')).toBe('agreed');
  });
});

describe('isStageComplete and currentStage', () => {
  it('the first stage not complete is current', () => {
    expect(currentStage(plannedDoc())).toBe('planning');
    expect(currentStage(agreedPlanning())).toBe('interimReview');
  });

  it('scenario 10, UK-6: a recorded disagreement completes the stage and the cycle continues', () => {
    const shared = value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-04-20T15:00:00Z')));
    const disagreed = value(recordDisagreement(shared, 'planning', 'I cannot agree objective 1.', t('2026-04-21T09:00:00Z')));
    expect(isStageComplete(disagreed, 'planning')).toBe(true);
    expect(currentStage(disagreed)).toBe('interimReview');
  });

  it('scenario 12: a record awaiting agreement is never complete', () => {
    const shared = value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, t('2026-04-20T15:00:00Z')));
    expect(isStageComplete(shared, 'planning')).toBe(false);
    expect(currentStage(shared)).toBe('planning');
  });

  it('scenario 11: a stage changed since agreed is no longer complete', () => {
    expect(isStageComplete(editSummary(agreedPlanning(), 'x'), 'planning')).toBe(false);
  });

  it('all three stages agreed → the cycle is agreed', () => {
    const base = plannedDoc();
    const unsigned: CycleDocument = {
      ...base,
      stages: { planning: stageWith('planning'), interimReview: stageWith('interimReview'), finalReview: stageWith('finalReview') }
    };
    const signed = (stage: 'planning' | 'interimReview' | 'finalReview'): StageRecord => {
      const content = agreementContent(unsigned, stage);
      return stageWith(stage, {
        status: 'agreed',
        version: 1,
        agreed: [{ version: 1, fingerprint: fingerprint(content), content, agreedAt: t('2027-03-01T00:00:00Z') }]
      });
    };
    const doc: CycleDocument = {
      ...base,
      stages: { planning: signed('planning'), interimReview: signed('interimReview'), finalReview: signed('finalReview') }
    };
    expect(currentStage(doc)).toBe('agreed');
    expect(currentStage(editSummary(doc, 'Changed', 'interimReview'))).toBe('interimReview');
  });
});

describe('fingerprint check (property)', () => {
  it('scenario 11: any change to agreed wording reads as changed since agreed; restoring it reads agreed again', () => {
    const doc = agreedPlanning();
    const original = doc.stages.planning!.reviewer.summary;
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (summary) => {
      const edited = editSummary(doc, summary);
      expect(effectiveStatus(edited, 'planning')).toBe(summary === original ? 'agreed' : 'changedSinceAgreed');
      expect(effectiveStatus(editSummary(edited, original), 'planning')).toBe('agreed');
    }), { numRuns: 200 });
  });
});
