import {
  agreementContent,
  emptyCycleDocument,
  newDevelopmentNeed,
  newObjective,
  objectiveId,
  planNextCycle,
  type CycleDocument
} from '../../src/domain';
import { cycleDocumentSchema } from '../../src/data/sharepoint/mappers/cycleDocumentSchema';

const objective = { ...newObjective(objectiveId('o1')), title: 'Lead the phonics group', outcome: 'partlyMet' as const };
const need = { ...newDevelopmentNeed('n1'), need: 'Phonics training', agreedSupport: 'Two online sessions' };
const doc = (linked: boolean): CycleDocument => ({
  ...emptyCycleDocument(),
  objectives: [objective],
  developmentNeeds: [{ ...need, ...(linked ? { objectiveId: objective.id } : {}) }]
});

describe('a development need linked to an objective', () => {
  it('is part of what both agree, so changing the link after agreement shows as a change', () => {
    expect(agreementContent(doc(true), 'planning')).not.toBe(agreementContent(doc(false), 'planning'));
  });

  it('leaves the agreed content of a need without a link exactly as it was before links existed', () => {
    expect(agreementContent(doc(false), 'planning')).not.toContain('objectiveId');
  });

  it('is kept when the record is read back from SharePoint', () => {
    const parsed = cycleDocumentSchema.parse(JSON.parse(JSON.stringify(doc(true))));
    expect(parsed.developmentNeeds[0].objectiveId).toBe('o1');
  });
});

describe('planning the next cycle (AB8)', () => {
  it('suggests the need again without the link to last year\'s objective, for the two of them to relink', () => {
    const next = planNextCycle(doc(true), 's-aisha:2025-26', [], (seed) => `next-${seed}`);
    expect(next.developmentNeeds.map((n) => [n.need, n.objectiveId])).toEqual([['Phonics training', undefined]]);
    expect(next.objectives.map((o) => o.id)).toEqual(['next-o1']);
  });
});
