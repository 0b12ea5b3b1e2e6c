import fc from 'fast-check';
import {
  emptyOneToOneNotes,
  emptyStageRecord,
  keepBothTexts,
  mergeCycleDocuments,
  mergeOneToOneNotes,
  newDevelopmentNeed,
  newObjective,
  objectiveId,
  resolveConflict,
  SIGNATURE_FIELDS,
  STAGES,
  valueAt,
  type CycleDocument,
  type MergeConflict,
  type MergeResult
} from '../../../src/domain';
import { cycleTriple, oneToOneNotes, signedLike, textsIn } from './mergeArbitraries';
import { editSummary, frozen, plannedDoc, reviewer, stageWith, t } from './cycleFixtures';
import { isoDate } from '../../support/builders';

const runs = { numRuns: 300 };

/** Each string one side wrote that the base did not have is in the merged document or in a conflict. */
function loses(result: MergeResult<unknown>, base: unknown, side: unknown): string[] {
  const before = new Set(textsIn(base, false));
  const kept = new Set([
    ...textsIn(result.merged),
    ...result.conflicts.flatMap((c) => [c.mine, c.theirs].filter((v): v is string => typeof v === 'string'))
  ]);
  return textsIn(side).filter((s) => !before.has(s) && !kept.has(s));
}

describe('mergeCycleDocuments: properties', () => {
  it('merge(base, mine, base) is mine, with no conflicts', () => {
    fc.assert(fc.property(cycleTriple, ({ base, mine }) => {
      const own = signedLike(mine, base);
      const result = mergeCycleDocuments(frozen(base), frozen(own), base);
      expect(result.conflicts).toEqual([]);
      expect(result.merged).toEqual(own);
    }), runs);
  });

  it('merge(base, base, theirs) is theirs, with no conflicts', () => {
    fc.assert(fc.property(cycleTriple, ({ base, theirs }) => {
      const result = mergeCycleDocuments(frozen(base), base, frozen(theirs));
      expect(result.conflicts).toEqual([]);
      expect(result.merged).toEqual(theirs);
    }), runs);
  });

  it('loses no text either side wrote: every change survives or is a conflict carrying both texts', () => {
    fc.assert(fc.property(cycleTriple, ({ base, mine, theirs }) => {
      const result = mergeCycleDocuments(base, mine, theirs);
      expect(loses(result, base, mine)).toEqual([]);
      expect(loses(result, base, theirs)).toEqual([]);
    }), runs);
  });

  it('takes sign-offs, disagreements, agreed versions, version counters and statuses from theirs', () => {
    fc.assert(fc.property(cycleTriple, ({ base, mine, theirs }) => {
      const { merged } = mergeCycleDocuments(base, mine, theirs);
      for (const s of STAGES) {
        const record = merged.stages[s];
        if (!record) continue;
        const from = theirs.stages[s] ?? emptyStageRecord(s);
        for (const f of SIGNATURE_FIELDS) expect(record[f]).toEqual(from[f]);
      }
    }), runs);
  });

  it('reports each conflict with both values, and the merged document holds mine there until someone chooses', () => {
    fc.assert(fc.property(cycleTriple, ({ base, mine, theirs }) => {
      const result = mergeCycleDocuments(base, mine, theirs);
      for (const c of result.conflicts) {
        expect(c.mine).not.toEqual(c.theirs);
        expect(valueAt(result.merged, c.path)).toEqual(c.mine);
        expect(valueAt(theirs, c.path)).toEqual(c.theirs);
        expect(valueAt(resolveConflict(result.merged, c, 'theirs'), c.path)).toEqual(c.theirs);
      }
    }), runs);
  });
});

describe('mergeCycleDocuments: what two people do at once', () => {
  const base = frozen(plannedDoc());
  const objective = (id: string, title: string): CycleDocument['objectives'][number] => ({ ...newObjective(objectiveId(id)), title });

  it('merges changes to different fields of the same stage record', () => {
    const mine = editSummary(base, 'We agreed one objective on phonics.');
    const planning = base.stages.planning ?? emptyStageRecord('planning');
    const theirs = {
      ...base,
      stages: { planning: { ...planning, preparation: { ...planning.preparation, selfReview: 'I enjoy phonics.' } } }
    };

    const { merged, conflicts } = mergeCycleDocuments(base, mine, theirs);

    expect(conflicts).toEqual([]);
    expect(merged.stages.planning?.reviewer.summary).toBe('We agreed one objective on phonics.');
    expect(merged.stages.planning?.preparation.selfReview).toBe('I enjoy phonics.');
  });

  it('keeps objectives both added, applies a delete the other side did not touch, and keeps an item edited on one side and deleted on the other', () => {
    const withTwo = frozen({ ...base, developmentNeeds: [...base.developmentNeeds, { ...newDevelopmentNeed('n2'), need: 'First aid' }] });
    const mine = {
      ...withTwo,
      objectives: [...withTwo.objectives, objective('m1', 'Mine')],
      developmentNeeds: withTwo.developmentNeeds.filter((n) => n.id !== 'n2')
    };
    const theirs = {
      ...withTwo,
      objectives: [
        ...withTwo.objectives.map((o) => ({ ...o, successCriteria: 'Every pupil moves on one phase' })),
        objective('t1', 'Theirs')
      ],
      developmentNeeds: []
    };
    const edited = { ...mine, developmentNeeds: mine.developmentNeeds.map((n) => ({ ...n, supportGiven: 'Two sessions done' })) };

    const { merged, conflicts } = mergeCycleDocuments(withTwo, edited, theirs);

    expect(conflicts).toEqual([]);
    expect(merged.objectives.map((o) => o.title)).toEqual(['Run a daily phonics intervention', 'Theirs', 'Mine']);
    expect(merged.objectives[0].successCriteria).toBe('Every pupil moves on one phase');
    expect(merged.developmentNeeds.map((n) => [n.id, n.supportGiven])).toEqual([['n1', 'Two sessions done']]);
  });

  it('keeps both sides\' progress notes and standards', () => {
    const o = base.objectives[0];
    const note = (text: string): CycleDocument['objectives'][number]['progress'][number] => ({
      on: isoDate('2026-10-01'),
      by: 'reviewer',
      text
    });
    const mine = { ...base, objectives: [{ ...o, progress: [note('Mine')], standardCodes: [...o.standardCodes, 'TA2016-1'] }] };
    const theirs = { ...base, objectives: [{ ...o, progress: [note('Theirs')] }] };

    const { merged } = mergeCycleDocuments(base, mine, theirs);

    expect(merged.objectives[0].progress.map((p) => p.text)).toEqual(['Theirs', 'Mine']);
    expect(merged.objectives[0].standardCodes).toEqual(['TA2016-3', 'TA2016-1']);
  });

  it('is a conflict only where both changed the same text differently, and keeps both texts apart on request', () => {
    const mine = editSummary(base, 'My summary.');
    const theirs = editSummary(base, 'Their summary.');

    const { merged, conflicts } = mergeCycleDocuments(base, mine, theirs);

    expect(conflicts).toEqual<MergeConflict[]>([
      {
        path: ['stages', 'planning', 'reviewer', 'summary'],
        place: { section: 'stage', stage: 'planning', item: undefined, field: 'reviewer.summary' },
        kind: 'text',
        multiline: true,
        mine: 'My summary.',
        theirs: 'Their summary.'
      }
    ]);
    expect(resolveConflict(merged, conflicts[0], 'mine').stages.planning?.reviewer.summary).toBe('My summary.');
    expect(resolveConflict(merged, conflicts[0], 'theirs').stages.planning?.reviewer.summary).toBe('Their summary.');
    expect(resolveConflict(merged, conflicts[0], 'both').stages.planning?.reviewer.summary).toBe('My summary.\n\n———\n\nTheir summary.');
  });

  it('names the item of a conflicting field and treats dates as values, not text', () => {
    const mine = { ...base, objectives: base.objectives.map((o) => ({ ...o, title: 'Mine', targetDate: isoDate('2027-01-01') })) };
    const theirs = { ...base, objectives: base.objectives.map((o) => ({ ...o, title: 'Theirs', targetDate: isoDate('2027-02-01') })) };

    const { conflicts } = mergeCycleDocuments(base, mine, theirs);

    expect(conflicts.map((c) => [c.place.section, c.place.item, c.place.field, c.kind, c.multiline])).toEqual([
      ['objectives', 'Theirs', 'title', 'text', false], ['objectives', 'Theirs', 'targetDate', 'value', false]
    ]);
    expect(resolveConflict(mine, conflicts[0], 'both').objectives[0].title).toBe('Mine / Theirs');
    expect(resolveConflict(mine, conflicts[1], 'both').objectives[0].targetDate).toBe('2027-01-01');
  });

  it('never merges signatures: a sign-off made over the older version is not carried into the merged document', () => {
    const signed = {
      ...base,
      stages: {
        planning: stageWith('planning', {
          ...base.stages.planning,
          version: 1,
          status: 'awaitingAgreement',
          signOffs: [
            { party: 'reviewer', by: reviewer.by, name: reviewer.name, at: t('2026-11-01T09:00:00Z'), version: 1, fingerprint: 'abc' }
          ]
        })
      }
    };
    const theirs = editSummary(base, base.stages.planning?.reviewer.summary ?? '');
    const { merged } = mergeCycleDocuments(base, signed as CycleDocument, { ...theirs, observations: [] });

    expect(merged.stages.planning?.signOffs).toEqual([]);
    expect(merged.stages.planning?.status).toBe('draft');
    expect(merged.stages.planning?.version).toBe(0);
  });
});

describe('mergeOneToOneNotes', () => {
  const notes = fc.tuple(oneToOneNotes, oneToOneNotes, oneToOneNotes);

  it('merge(base, mine, base) is mine and merge(base, base, theirs) is theirs', () => {
    fc.assert(fc.property(notes, ([base, mine, theirs]) => {
      expect(mergeOneToOneNotes(base, mine, base)).toEqual({ merged: mine, conflicts: [] });
      expect(mergeOneToOneNotes(base, base, theirs)).toEqual({ merged: theirs, conflicts: [] });
    }), runs);
  });

  it('loses no text either side wrote', () => {
    fc.assert(fc.property(notes, ([base, mine, theirs]) => {
      const result = mergeOneToOneNotes(base, mine, theirs);
      expect(loses(result, base, mine)).toEqual([]);
      expect(loses(result, base, theirs)).toEqual([]);
    }), runs);
  });

  it('keeps agenda items both added and merges different notes', () => {
    const base = emptyOneToOneNotes();
    const mine = {
      ...base,
      goingWell: 'Reading group',
      agenda: [{ id: 'a1', text: 'Rota', raisedBy: 'appraisee' as const, discussed: false }]
    };
    const theirs = {
      ...base,
      wellbeing: 'Fine',
      agenda: [{ id: 'a2', text: 'Training', raisedBy: 'reviewer' as const, discussed: false }]
    };

    const { merged, conflicts } = mergeOneToOneNotes(base, mine, theirs);

    expect(conflicts).toEqual([]);
    expect([merged.goingWell, merged.wellbeing, merged.agenda.map((a) => a.text)]).toEqual(['Reading group', 'Fine', ['Training', 'Rota']]);
  });
});

describe('keepBothTexts', () => {
  it('keeps one text when the other is empty or already contains it', () => {
    expect(keepBothTexts('', 'Theirs', true)).toBe('Theirs');
    expect(keepBothTexts('Mine', '  ', true)).toBe('Mine');
    expect(keepBothTexts('Mine and theirs', 'theirs', false)).toBe('Mine and theirs');
  });
});
