import fc from 'fast-check';
import {
  cycleLengthErrors,
  emptyOneToOneNotes,
  RECORD_BUDGET_CHARS,
  SHAREPOINT_LIMITS,
  TEXT_LIMITS,
  validateOneToOne,
  validateStage,
  type CycleDocument
} from '../../../src/domain';
import { cycle, d, plannedDoc, stageWith } from './cycleFixtures';
import { isoInstant } from '../../support/builders';

const x = (n: number): string => 'x'.repeat(n);

describe('text limits', () => {
  it('keep every limit inside what SharePoint allows', () => {
    expect(TEXT_LIMITS.short).toBeLessThanOrEqual(SHAREPOINT_LIMITS.singleLineTextChars);
    expect(TEXT_LIMITS.title).toBeLessThanOrEqual(SHAREPOINT_LIMITS.singleLineTextChars);
    expect(RECORD_BUDGET_CHARS).toBeLessThan(SHAREPOINT_LIMITS.multiLineTextChars);
  });

  it('accept a field at its limit and refuse one character more, at the field, before any stage is shared', () => {
    const doc = plannedDoc();
    const at: CycleDocument = {
      ...doc,
      objectives: [{ ...doc.objectives[0], title: x(TEXT_LIMITS.title), successCriteria: x(TEXT_LIMITS.long) }]
    };
    const over: CycleDocument = {
      ...doc,
      objectives: [{ ...doc.objectives[0], title: x(TEXT_LIMITS.title + 1), successCriteria: x(TEXT_LIMITS.long + 1) }]
    };

    expect(validateStage(at, 'planning', cycle)).toEqual([]);
    expect(validateStage(over, 'planning', cycle)).toEqual([
      { path: 'objectives.0.title', code: 'tooLong', max: TEXT_LIMITS.title },
      { path: 'objectives.0.successCriteria', code: 'tooLong', max: TEXT_LIMITS.long }
    ]);
    expect(validateStage(over, 'finalReview', cycle)).toEqual(
      expect.arrayContaining([{ path: 'objectives.0.title', code: 'tooLong', max: TEXT_LIMITS.title }])
    );
  });

  it('refuses the million-character field that used to be accepted', () => {
    const doc: CycleDocument = {
      ...plannedDoc(),
      stages: { planning: stageWith('planning', { reviewer: { summary: x(1_000_000), feedback: '', jobDescriptionReview: undefined } }) }
    };

    expect(validateStage(doc, 'planning', cycle)).toEqual([
      { path: 'stages.planning.reviewer.summary', code: 'tooLong', max: TEXT_LIMITS.long },
      { path: 'record', code: 'tooLong', max: RECORD_BUDGET_CHARS }
    ]);
  });

  it('checks progress notes, development needs, observations, evidence titles, preparation and disagreements', () => {
    const doc = plannedDoc();
    const big: CycleDocument = {
      ...doc,
      objectives: [{ ...doc.objectives[0], progress: [{ on: d('2026-06-01'), by: 'appraisee', text: x(TEXT_LIMITS.long + 1) }] }],
      developmentNeeds: [
        {
          id: 'n1',
          need: x(TEXT_LIMITS.short + 1),
          agreedSupport: 'ok',
          targetDate: undefined,
          supportGiven: '',
          status: 'open',
          carriedFrom: undefined
        }
      ],
      observations: [{ id: 'ob1', on: d('2026-06-02'), observer: x(TEXT_LIMITS.short + 1), focus: 'f', feedback: 'ok' }],
      evidence: [
        {
          id: 'e1',
          objectiveId: undefined,
          kind: 'link',
          title: x(TEXT_LIMITS.short + 1),
          url: 'https://example.org',
          addedBy: 'reviewer',
          addedOn: d('2026-06-03')
        }
      ],
      stages: {
        interimReview: stageWith('interimReview', {
          preparation: { selfReview: '', agendaItems: [x(TEXT_LIMITS.long)], trainingWanted: '' },
          disagreements: [{ at: isoInstant('2026-07-01T10:00:00Z'), version: 1, text: x(TEXT_LIMITS.long + 1), response: undefined }]
        })
      }
    };

    expect(cycleLengthErrors(big).map((e) => e.path)).toEqual([
      'objectives.0.progress.0.text',
      'developmentNeeds.0.need',
      'observations.0.observer',
      'evidence.0.title',
      'stages.interimReview.disagreements.0.text'
    ]);
  });

  it('checks one-to-one notes beside the existing required checks', () => {
    const notes = {
      ...emptyOneToOneNotes(),
      sharedNotes: x(TEXT_LIMITS.notes + 1),
      agenda: [{ id: 'a', text: '', raisedBy: 'appraisee' as const, discussed: false }]
    };

    expect(validateOneToOne(notes)).toEqual([
      { path: 'agenda.0.text', code: 'required' },
      { path: 'sharedNotes', code: 'tooLong', max: TEXT_LIMITS.notes }
    ]);
  });

  it('never reports a text within its limit, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: TEXT_LIMITS.title }), fc.string({ maxLength: TEXT_LIMITS.long }), (title, text) => {
        const doc = plannedDoc();
        return cycleLengthErrors({ ...doc, objectives: [{ ...doc.objectives[0], title, agreedEvidence: text }] }).length === 0;
      }),
      { numRuns: 200 }
    );
  });
});
