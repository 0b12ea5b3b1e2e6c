/**
 * Saving a cycle and moving a stage record through agreement (AB10–AB11, DOMAIN §4): the domain decides whether the
 * step is allowed, the store saves it with the ETag, and each agreement step leaves an audit entry with the
 * fingerprint of the content it concerns.
 */
import {
  agreeRecord, agreementContent, askForChanges, currentStage, fingerprint, recordDisagreement, respondToDisagreement, shareForAgreement,
  stageRecordOf, type CycleDocument, type CycleRuleError, type CycleWindow, type IsoInstant, type Result, type Signer, type Stage
} from '../../domain';
import type { AuditEntry, CycleSaveError, CycleStore, StoredCycle } from '../../data/ports';

/** What a party can do to a stage record. */
export type StageAction =
  | { kind: 'share' }
  | { kind: 'agree' }
  | { kind: 'askForChanges'; comment: string }
  | { kind: 'disagree'; text: string }
  | { kind: 'respond'; text: string };

/** Why a stage action did not happen: a rule of the scheme, or the store. */
export type StageActionError = CycleRuleError | CycleSaveError;

const AUDIT_ACTION: Record<StageAction['kind'], AuditEntry['action']> = {
  share: 'sharedForAgreement', agree: 'agreed', askForChanges: 'changesRequested', disagree: 'disagreementRecorded', respond: 'disagreementAnswered'
};

function apply(doc: CycleDocument, stage: Stage, action: StageAction, cycle: CycleWindow, signer: Signer, at: IsoInstant): Result<CycleDocument, CycleRuleError> {
  switch (action.kind) {
    case 'share':
      return shareForAgreement(doc, stage, cycle, signer, at);
    case 'agree':
      return agreeRecord(doc, stage, signer, at);
    case 'askForChanges':
      return askForChanges(doc, stage, action.comment, at);
    case 'disagree':
      return recordDisagreement(doc, stage, action.text, at);
    case 'respond':
      return respondToDisagreement(doc, stage, action.text, at);
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** Saves a draft of the cycle's content; the stage column follows the content. */
export function saveCycleDraft(store: CycleStore, stored: StoredCycle, document: CycleDocument): Promise<Result<StoredCycle, CycleSaveError>> {
  const stage = stored.summary.track === 'fullCycle' ? currentStage(document) : stored.summary.stage;
  return store.saveCycle(stored, { document, stage });
}

/** Applies one agreement step to the draft and saves it with an audit entry. */
export async function applyStageAction(
  store: CycleStore,
  stored: StoredCycle,
  draft: CycleDocument,
  stage: Stage,
  action: StageAction,
  signer: Signer,
  at: IsoInstant
): Promise<Result<StoredCycle, StageActionError>> {
  const next = apply(draft, stage, action, stored.summary.cycle, signer, at);
  if (!next.ok) return next;
  const record = stageRecordOf(next.value, stage);
  const audit: AuditEntry = {
    action: AUDIT_ACTION[action.kind],
    recordRef: `${stored.summary.cycleKey}:${stage}:v${record.version}`,
    fingerprint: fingerprint(agreementContent(next.value, stage))
  };
  return store.saveCycle(stored, { document: next.value, stage: currentStage(next.value) }, audit);
}
