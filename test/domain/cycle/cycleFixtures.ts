/** Shared builders for the cycle-document tests: a planning record ready to share, signers and a cycle. */
import {
  cycleContaining, directoryId, emptyCycleDocument, emptyStageRecord, newDevelopmentNeed, newObjective, objectiveId,
  type CycleDocument, type CycleWindow, type Signer, type Stage, type StageRecord
} from '../../../src/domain';
import { isoDate as d } from '../../support/builders';

export { isoDate as d, isoInstant as t } from '../../support/builders';


export const cycle: CycleWindow = cycleContaining(d('2026-04-01'), 4);
export const reviewer: Signer = { by: directoryId('dir-reviewer'), name: 'Priya Shah' };
export const appraisee: Signer = { by: directoryId('dir-appraisee'), name: "Siobhán O'Neill" };

/** Deep-freezes a value so a test fails if a function mutates its input. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A stage record with changes. */
export const stageWith = (stage: Stage, change: Partial<StageRecord> = {}): StageRecord => ({ ...emptyStageRecord(stage), ...change });

/** A document whose planning stage passes validation. */
export function plannedDoc(): CycleDocument {
  const objective = {
    ...newObjective(objectiveId('o1')),
    title: 'Run a daily phonics intervention',
    successCriteria: 'Each pupil moves on one phase',
    agreedEvidence: 'Phonics assessments',
    standardCodes: ['TA2016-3'],
    targetDate: d('2027-02-12')
  };
  const need = { ...newDevelopmentNeed('n1'), need: 'Phonics training', agreedSupport: 'Two twilight sessions' };
  return {
    ...emptyCycleDocument(),
    objectives: [objective],
    developmentNeeds: [need],
    stages: {
      planning: stageWith('planning', {
        meetingDate: d('2026-04-20'),
        reviewer: { summary: 'We agreed one objective.', feedback: '', jobDescriptionReview: undefined }
      })
    }
  };
}

/** Applies a change to the planning reviewer summary, as an edit in the form or in the list would. */
export function editSummary(doc: CycleDocument, summary: string, stage: Stage = 'planning'): CycleDocument {
  const record = doc.stages[stage] ?? emptyStageRecord(stage);
  return { ...doc, stages: { ...doc.stages, [stage]: { ...record, reviewer: { ...record.reviewer, summary } } } };
}
