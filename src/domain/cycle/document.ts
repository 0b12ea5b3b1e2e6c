/** Empty documents: what a newly opened cycle, stage record or one-to-one starts from. */
import type { Stage } from '../stageDates';
import type { CycleDocument, OneToOneNotes, StageRecord } from './types';

/** A cycle with nothing written yet. */
export function emptyCycleDocument(): CycleDocument {
  return { objectives: [], developmentNeeds: [], observations: [], evidence: [], stages: {} };
}

/** A stage record with nothing written yet: a draft at version 0. */
export function emptyStageRecord(stage: Stage): StageRecord {
  return {
    stage, version: 0, status: 'draft', meetingDate: undefined,
    preparation: { selfReview: '', agendaItems: [], trainingWanted: '' },
    reviewer: { summary: '', feedback: '', jobDescriptionReview: undefined },
    appraiseeComments: '', signOffs: [], disagreements: [], agreed: []
  };
}

/** The stage's record, or an empty draft when nobody has written one yet. */
export const stageRecordOf = (doc: CycleDocument, stage: Stage): StageRecord => doc.stages[stage] ?? emptyStageRecord(stage);

/** One-to-one notes with nothing written yet. */
export function emptyOneToOneNotes(): OneToOneNotes {
  return { agenda: [], goingWell: '', appraiseeNotes: '', sharedNotes: '', wellbeing: '', actions: [], summary: '', heldOn: undefined };
}
