import {
  agreeRecord, agreementContent, askForChanges, canEdit, effectiveStatus, fingerprint, newActionItem, newAgendaItem, newDevelopmentNeed,
  newObjective, newObservation, objectiveId, recordDisagreement, respondToDisagreement, shareForAgreement,
  type CycleDocument
} from '../../../src/domain';
import { appraisee, cycle, d, editSummary, frozen, plannedDoc, reviewer, stageWith, t } from './cycleFixtures';
import { value } from '../../support/results';

const at1 = t('2026-04-20T15:00:00Z');
const at2 = t('2026-04-21T09:00:00Z');
const shared = (): CycleDocument => value(shareForAgreement(plannedDoc(), 'planning', cycle, reviewer, at1));
const agreed = (): CycleDocument => value(agreeRecord(shared(), 'planning', appraisee, at2));

describe('shareForAgreement', () => {
  it('AB11: sharing is the reviewer’s sign-off of version 1 and freezes it awaiting agreement', () => {
    const record = shared().stages.planning!;
    expect(record.version).toBe(1);
    expect(record.status).toBe('awaitingAgreement');
    expect(record.signOffs).toEqual([
      {
        party: 'reviewer',
        by: reviewer.by,
        name: 'Priya Shah',
        at: at1,
        version: 1,
        fingerprint: fingerprint(agreementContent(plannedDoc(), 'planning'))
      }
    ]);
  });

  it('never changes its input', () => {
    const doc = frozen(plannedDoc());
    expect(() => shareForAgreement(doc, 'planning', cycle, reviewer, at1)).not.toThrow();
    expect(doc.stages.planning!.version).toBe(0);
  });

  it('AB11: a stage nobody has written cannot be shared, and one written can', () => {
    const doc = { ...plannedDoc(), objectives: [] };
    const result = shareForAgreement(doc, 'interimReview', cycle, reviewer, at1);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: 'stages.interimReview.reviewer.summary', code: 'required' },
          { path: 'stages.interimReview.reviewer.feedback', code: 'required' }
        ]
      }
    });
    const written = {
      ...doc,
      stages: { interimReview: stageWith('interimReview', { reviewer: { summary: 'S', feedback: 'F', jobDescriptionReview: undefined } }) }
    };
    const withoutRecord = { ...written, stages: {} };
    expect(value(shareForAgreement(written, 'interimReview', cycle, reviewer, at1)).stages.interimReview!.version).toBe(1);
    expect(shareForAgreement(withoutRecord, 'interimReview', cycle, reviewer, at1).ok).toBe(false);
  });

  it('AB5: refuses a record that is not complete', () => {
    const result = shareForAgreement(editSummary(plannedDoc(), ''), 'planning', cycle, reviewer, at1);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid', errors: [{ path: 'stages.planning.reviewer.summary', code: 'required' }] }
    });
  });

  it.each([
    ['awaiting agreement', shared, 'awaitingAgreement'],
    ['agreed and unchanged', agreed, 'agreed']
  ] as const)('refuses to share a record %s', (_label, make, status) => {
    expect(shareForAgreement(make(), 'planning', cycle, reviewer, at1)).toEqual({ ok: false, error: { code: 'wrongStatus', status } });
  });

  it('scenario 11: both re-sign after a change; the agreed version stays retrievable', () => {
    const first = agreed();
    const edited = editSummary(first, 'Amended summary.');
    const reshared = value(shareForAgreement(edited, 'planning', cycle, reviewer, t('2026-05-01T10:00:00Z')));
    expect(reshared.stages.planning!.version).toBe(2);
    const resigned = value(agreeRecord(reshared, 'planning', appraisee, t('2026-05-02T10:00:00Z')));
    const record = resigned.stages.planning!;
    expect(effectiveStatus(resigned, 'planning')).toBe('agreed');
    expect(record.agreed.map((v) => v.version)).toEqual([1, 2]);
    expect(JSON.parse(record.agreed[0].content).summary).toBe('We agreed one objective.');
    expect(record.signOffs.map((s) => `${s.party}@${s.version}`)).toEqual(['reviewer@1', 'appraisee@1', 'reviewer@2', 'appraisee@2']);
  });

  it('UK-7: the reviewer may amend after a recorded disagreement, back to awaiting agreement', () => {
    const disagreed = value(recordDisagreement(shared(), 'planning', 'Objective 1 is too much.', at2));
    const amended = value(
      shareForAgreement(editSummary(disagreed, 'Reduced objective 1.'), 'planning', cycle, reviewer, t('2026-04-22T09:00:00Z'))
    );
    expect(amended.stages.planning!.status).toBe('awaitingAgreement');
    expect(amended.stages.planning!.disagreements).toHaveLength(1);
  });
});

describe('agreeRecord', () => {
  it('AB11: the appraisee signs the same version and it becomes the agreed record', () => {
    const record = agreed().stages.planning!;
    expect(record.status).toBe('agreed');
    expect(record.signOffs[1]).toEqual({
      party: 'appraisee',
      by: appraisee.by,
      name: "Siobhán O'Neill",
      at: at2,
      version: 1,
      fingerprint: record.signOffs[0].fingerprint
    });
    expect(record.agreed).toEqual([
      { version: 1, fingerprint: record.signOffs[0].fingerprint, content: agreementContent(plannedDoc(), 'planning'), agreedAt: at2 }
    ]);
  });

  it('scenario 11: refuses when the shared version was edited directly in the list while awaiting', () => {
    expect(agreeRecord(editSummary(shared(), 'Sneaky edit'), 'planning', appraisee, at2)).toEqual({
      ok: false,
      error: { code: 'changedWhileAwaiting' }
    });
  });

  it('only a shared version can be agreed', () => {
    expect(agreeRecord(plannedDoc(), 'planning', appraisee, at2)).toEqual({ ok: false, error: { code: 'wrongStatus', status: 'draft' } });
  });

  it('never changes its input', () => {
    const doc = frozen(shared());
    expect(value(agreeRecord(doc, 'planning', appraisee, at2)).stages.planning!.status).toBe('agreed');
    expect(doc.stages.planning!.status).toBe('awaitingAgreement');
  });
});

describe('askForChanges', () => {
  it('AB11: sends the record back to draft with the comment as a new paragraph', () => {
    const first = value(askForChanges(shared(), 'planning', ' Please add the reading group. ', at2));
    expect(first.stages.planning!.status).toBe('draft');
    expect(first.stages.planning!.appraiseeComments).toBe('Please add the reading group.');
    const reshared = value(shareForAgreement(first, 'planning', cycle, reviewer, at2));
    const second = value(askForChanges(reshared, 'planning', 'And the date.', at2));
    expect(second.stages.planning!.appraiseeComments).toBe('Please add the reading group.\n\nAnd the date.');
  });

  it('needs a comment and a shared version', () => {
    expect(askForChanges(shared(), 'planning', '  ', at2)).toEqual({ ok: false, error: { code: 'emptyText' } });
    expect(askForChanges(agreed(), 'planning', 'x', at2)).toEqual({ ok: false, error: { code: 'wrongStatus', status: 'agreed' } });
  });
});

describe('recordDisagreement', () => {
  it('scenario 10, UK-6: the disagreement sits beside the version the reviewer set', () => {
    const doc = value(recordDisagreement(shared(), 'planning', 'I cannot agree objective 1.', at2));
    const record = doc.stages.planning!;
    expect(record.status).toBe('disagreementRecorded');
    expect(record.disagreements).toEqual([{ at: at2, version: 1, text: 'I cannot agree objective 1.', response: undefined }]);
    expect(record.signOffs.map((s) => s.party)).toEqual(['reviewer']);
  });

  it('scenario 8: may follow an agreement, and a change since it', () => {
    expect(value(recordDisagreement(agreed(), 'planning', 'On reflection, no.', at2)).stages.planning!.status).toBe('disagreementRecorded');
    expect(recordDisagreement(editSummary(agreed(), 'Changed'), 'planning', 'No.', at2).ok).toBe(true);
  });

  it.each([
    ['a record never shared', plannedDoc, 'Text', { code: 'notShared' }],
    ['blank text', shared, '   ', { code: 'emptyText' }],
    [
      'a draft sent back for changes',
      () => value(askForChanges(shared(), 'planning', 'x', at2)),
      'Text',
      { code: 'wrongStatus', status: 'draft' }
    ],
    [
      'a second time on the same version',
      () => value(recordDisagreement(shared(), 'planning', 'One', at2)),
      'Two',
      { code: 'wrongStatus', status: 'disagreementRecorded' }
    ]
  ] as const)('refuses %s', (_label, make, text, error) => {
    expect(recordDisagreement(make(), 'planning', text, at2)).toEqual({ ok: false, error });
  });

  it('UK-7: disagreements are never removed by later amendments and agreement', () => {
    const disagreed = value(recordDisagreement(shared(), 'planning', 'First.', at2));
    const amended = value(shareForAgreement(editSummary(disagreed, 'Amended.'), 'planning', cycle, reviewer, at2));
    const signed = value(agreeRecord(amended, 'planning', appraisee, at2));
    expect(signed.stages.planning!.disagreements.map((x) => x.text)).toEqual(['First.']);
  });
});

describe('respondToDisagreement', () => {
  it('UK-7: the reviewer answers the latest unanswered disagreement', () => {
    const disagreed = value(recordDisagreement(shared(), 'planning', 'First.', at2));
    const answered = value(respondToDisagreement(disagreed, 'planning', ' Noted; we will review in May. ', t('2026-04-23T09:00:00Z')));
    expect(answered.stages.planning!.disagreements[0].response).toEqual({
      at: t('2026-04-23T09:00:00Z'),
      text: 'Noted; we will review in May.'
    });
    expect(respondToDisagreement(answered, 'planning', 'Again', at2)).toEqual({ ok: false, error: { code: 'nothingToAnswer' } });
  });

  it('answers the newest of several and keeps the earlier answer', () => {
    const base = plannedDoc();
    const doc: CycleDocument = {
      ...base,
      stages: {
        planning: stageWith('planning', {
          version: 2,
          status: 'disagreementRecorded',
          disagreements: [
            { at: at1, version: 1, text: 'A', response: { at: at1, text: 'Reply A' } },
            { at: at2, version: 2, text: 'B', response: undefined }
          ]
        })
      }
    };
    const answered = value(respondToDisagreement(frozen(doc), 'planning', 'Reply B', at2)).stages.planning!.disagreements;
    expect(answered.map((x) => x.response?.text)).toEqual(['Reply A', 'Reply B']);
  });

  it('refuses blank text and a record with nothing to answer', () => {
    expect(respondToDisagreement(shared(), 'planning', 'x', at2)).toEqual({ ok: false, error: { code: 'nothingToAnswer' } });
    const disagreed = value(recordDisagreement(shared(), 'planning', 'First.', at2));
    expect(respondToDisagreement(disagreed, 'planning', ' ', at2)).toEqual({ ok: false, error: { code: 'emptyText' } });
  });
});

describe('canEdit', () => {
  it('DOMAIN §4: a version awaiting agreement is frozen; drafts and agreed records can be edited', () => {
    expect(canEdit(plannedDoc(), 'planning')).toBe(true);
    expect(canEdit(shared(), 'planning')).toBe(false);
    expect(canEdit(agreed(), 'planning')).toBe(true);
    expect(canEdit(plannedDoc(), 'finalReview')).toBe(true);
  });
});

describe('builders', () => {
  it('start empty, open and not done', () => {
    expect(newObjective(objectiveId('o9'))).toMatchObject({
      id: 'o9',
      title: '',
      standardCodes: [],
      progress: [],
      outcome: undefined,
      carriedFrom: undefined
    });
    expect(newDevelopmentNeed('n9')).toMatchObject({ id: 'n9', status: 'open', supportGiven: '' });
    expect(newObservation('ob1', d('2026-06-01'))).toEqual({ id: 'ob1', on: '2026-06-01', observer: '', focus: '', feedback: '' });
    expect(newActionItem('a1', 'appraisee')).toEqual({
      id: 'a1',
      text: '',
      owner: 'appraisee',
      due: undefined,
      done: false,
      carriedFrom: undefined
    });
    expect(newAgendaItem('g1', 'Rota', 'reviewer')).toEqual({ id: 'g1', text: 'Rota', raisedBy: 'reviewer', discussed: false });
  });
});

describe('purity', () => {
  it('no step changes the document it is given', () => {
    const awaiting = frozen(shared());
    const disagreed = frozen(value(recordDisagreement(shared(), 'planning', 'No.', at2)));
    const before = JSON.stringify([awaiting, disagreed]);
    expect(askForChanges(awaiting, 'planning', 'Please change', at2).ok).toBe(true);
    expect(recordDisagreement(awaiting, 'planning', 'No', at2).ok).toBe(true);
    expect(respondToDisagreement(disagreed, 'planning', 'Noted', at2).ok).toBe(true);
    expect(shareForAgreement(disagreed, 'planning', cycle, reviewer, at2).ok).toBe(true);
    expect(JSON.stringify([awaiting, disagreed])).toBe(before);
  });
});
