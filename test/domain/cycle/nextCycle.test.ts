import { effectiveStatus, emptyStageRecord, newActionItem, objectiveId, planNextCycle, type CycleDocument, type Objective } from '../../../src/domain';
import { d, frozen, plannedDoc } from './cycleFixtures';

const ended = (): CycleDocument => {
  const base = plannedDoc();
  const o = base.objectives[0];
  const outcome = (id: string, title: string, result: Objective['outcome']): Objective => ({
    ...o, id: objectiveId(id), title, outcome: result, outcomeNote: 'note', progress: [{ on: d('2026-09-01'), by: 'appraisee', text: 'p' }]
  });
  return {
    ...base,
    objectives: [
      outcome('o1', 'Phonics', 'partlyMet'),
      outcome('o2', 'Reading', 'met'),
      outcome('o3', 'Maths', 'notMet'),
      outcome('o4', 'Art', 'withdrawn')
    ],
    developmentNeeds: [
      { ...base.developmentNeeds[0], supportGiven: 'One session', targetDate: d('2026-12-01') },
      { ...base.developmentNeeds[0], id: 'n2', need: 'First aid', status: 'met' }
    ],
    observations: [{ id: 'ob', on: d('2026-06-01'), observer: 'X', focus: 'Y', feedback: 'Z' }],
    stages: {
      finalReview: {
        ...emptyStageRecord('finalReview'),
        status: 'agreed',
        reviewer: { summary: 'S', feedback: 'F', jobDescriptionReview: { decision: 'changesProposed', notes: 'Add lunchtime cover' } }
      }
    }
  };
};

const ids = (seed: string): string => `new-${seed}`;
const actions = [
  { ...newActionItem('a1', 'reviewer'), text: 'Book phonics course' },
  { ...newActionItem('a2', 'appraisee'), text: 'Share reading list' },
  { ...newActionItem('a1', 'reviewer'), text: 'Book phonics course' }
];

describe('planNextCycle', () => {
  it('AB8, scenario 25: objectives partly met or not met become suggestions, progress and outcome cleared', () => {
    const next = planNextCycle(frozen(ended()), '2026-27', actions, ids);
    expect(next.objectives.map((o) => [o.id, o.title, o.carriedFrom])).toEqual([
      ['new-o1', 'Phonics', '2026-27'],
      ['new-o3', 'Maths', '2026-27']
    ]);
    expect(next.objectives[0]).toMatchObject({
      successCriteria: 'Each pupil moves on one phase',
      agreedEvidence: 'Phonics assessments',
      standardCodes: ['TA2016-3'],
      progress: [],
      outcome: undefined,
      outcomeNote: '',
      targetDate: undefined
    });
  });

  it('AB8: open development needs carry over without the support given last year', () => {
    const next = planNextCycle(ended(), '2026-27', [], ids);
    expect(next.developmentNeeds).toEqual([
      {
        id: 'new-n1',
        need: 'Phonics training',
        agreedSupport: 'Two twilight sessions',
        targetDate: undefined,
        supportGiven: '',
        status: 'open',
        carriedFrom: '2026-27'
      }
    ]);
  });

  it('scenario 25, EA-JD: the proposed job description change and the open actions are on the planning agenda', () => {
    const next = planNextCycle(ended(), '2026-27', actions, ids);
    expect(next.stages.planning!.preparation.agendaItems).toEqual([
      'Job description changes proposed: Add lunchtime cover', 'Open action: Book phonics course', 'Open action: Share reading list'
    ]);
  });

  it('scenario 25: nothing carried over is agreed until the new record is signed', () => {
    const next = planNextCycle(ended(), '2026-27', actions, ids);
    expect(next.stages.planning).toMatchObject({ version: 0, status: 'draft', signOffs: [], agreed: [], disagreements: [] });
    expect(next.stages.finalReview).toBeUndefined();
    expect(effectiveStatus(next, 'planning')).toBe('draft');
    expect(next.observations).toEqual([]);
    expect(next.evidence).toEqual([]);
  });

  it('a cycle with nothing to carry gives an empty document; done actions are not carried', () => {
    const next = planNextCycle(
      { ...ended(), objectives: [], developmentNeeds: [], stages: {} },
      '2026-27',
      [{ ...actions[0], done: true }],
      ids
    );
    expect(next).toEqual({ objectives: [], developmentNeeds: [], observations: [], evidence: [], stages: {} });
  });

  it('the agenda wording can be given in another language', () => {
    const next = planNextCycle(ended(), '2026-27', [actions[1]], ids, { jobDescription: 'JD: ', action: 'Action: ' });
    expect(next.stages.planning!.preparation.agendaItems).toEqual(['JD: Add lunchtime cover', 'Action: Share reading list']);
  });
});
