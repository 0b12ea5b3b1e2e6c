/** Edits of one stage's record inside the document, creating the record on first write. */
import { stageRecordOf, type CycleDocument, type Stage, type StageRecord } from '../../../domain';

/** The document with the stage record changed by `patch`. */
export function patchStage(doc: CycleDocument, stage: Stage, patch: (record: StageRecord) => Partial<StageRecord>): CycleDocument {
  const record = stageRecordOf(doc, stage);
  return { ...doc, stages: { ...doc.stages, [stage]: { ...record, ...patch(record) } } };
}
