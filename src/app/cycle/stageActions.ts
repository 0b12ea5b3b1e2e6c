/**
 * Saving a cycle and moving a stage record through agreement (AB10–AB11, DOMAIN §4): the domain decides whether the
 * step is allowed, the store saves it with the ETag, and each agreement step leaves an audit entry with the
 * fingerprint of the content it concerns.
 */
import {
  agreeRecord,
  agreementContent,
  askForChanges,
  currentStage,
  fingerprint,
  recordDisagreement,
  respondToDisagreement,
  shareForAgreement,
  disagreementFingerprint,
  sharedSignature,
  stageRecordOf,
  stageRef,
  type CycleDocument,
  type CycleRuleError,
  type CycleWindow,
  type IsoInstant,
  type Party,
  type Result,
  type SignatureDraft,
  type Signer,
  type Stage,
  type StageRecord
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
  share: 'sharedForAgreement',
  agree: 'agreed',
  askForChanges: 'changesRequested',
  disagree: 'disagreementRecorded',
  respond: 'disagreementAnswered'
};

function apply(
  doc: CycleDocument,
  stage: Stage,
  action: StageAction,
  cycle: CycleWindow,
  signer: Signer,
  at: IsoInstant
): Result<CycleDocument, CycleRuleError> {
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
export function saveCycleDraft(
  store: CycleStore,
  stored: StoredCycle,
  document: CycleDocument
): Promise<Result<StoredCycle, CycleSaveError>> {
  const stage = stored.summary.track === 'fullCycle' ? currentStage(document) : stored.summary.stage;
  return store.saveCycle(stored, { document, stage });
}

/** The fingerprint of the disagreement a response answers: the latest not yet answered, as the domain's step. */
function answered(record: StageRecord): string {
  const open = record.disagreements.filter((d) => d.response === undefined).pop();
  return open ? disagreementFingerprint(open) : '';
}

/** The signature entry a step adds, and whose folder it goes in: the one piece of the step that proves who did it. */
function entryFor(
  action: StageAction,
  before: StageRecord,
  after: CycleDocument,
  stage: Stage,
  signer: Signer,
  at: IsoInstant
): { party: Party; draft: SignatureDraft } {
  const record = stageRecordOf(after, stage);
  const content = agreementContent(after, stage);
  const shared = sharedSignature(before)?.fingerprint ?? fingerprint(content);
  const base = { stage, at, by: signer.by, name: signer.name };
  switch (action.kind) {
    case 'share':
      return {
        party: 'reviewer',
        draft: { ...base, kind: 'signed', version: record.version, fingerprint: fingerprint(content), text: content }
      };
    case 'agree':
      return {
        party: 'appraisee',
        draft: { ...base, kind: 'signed', version: record.version, fingerprint: fingerprint(content), text: content }
      };
    case 'askForChanges':
      return {
        party: 'appraisee',
        draft: { ...base, kind: 'changesRequested', version: before.version, fingerprint: shared, text: action.comment.trim() }
      };
    case 'disagree':
      return {
        party: 'appraisee',
        draft: { ...base, kind: 'disagreement', version: before.version, fingerprint: shared, text: action.text.trim() }
      };
    case 'respond':
      return {
        party: 'reviewer',
        draft: { ...base, kind: 'response', version: before.version, fingerprint: answered(before), text: action.text.trim() }
      };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/**
 * Applies one agreement step: saves the content (the ETag guards it), then adds the party's signature entry to their
 * own folder, then reads the record back so its status is what the signatures say. Re-running the step after a lost
 * response finds the content unchanged and the entry already there, and adds nothing twice.
 */
export async function applyStageAction(
  store: CycleStore,
  stored: StoredCycle,
  draft: CycleDocument,
  stage: Stage,
  action: StageAction,
  signer: Signer,
  at: IsoInstant
): Promise<Result<StoredCycle, StageActionError>> {
  const before = stageRecordOf(draft, stage);
  const next = apply(draft, stage, action, stored.summary.cycle, signer, at);
  if (!next.ok) return next;
  const record = stageRecordOf(next.value, stage);
  const audit: AuditEntry = {
    action: AUDIT_ACTION[action.kind],
    recordRef: stageRef(stored.summary.cycleKey, stage, record.version),
    fingerprint: fingerprint(agreementContent(next.value, stage))
  };
  const saved = await store.saveCycle(stored, { document: next.value, stage: currentStage(next.value) }, audit);
  if (!saved.ok) return saved;
  const { party, draft: entry } = entryFor(action, before, next.value, stage, signer, at);
  const signed = await store.addSignature(saved.value, party, entry);
  if (!signed.ok) return signed;
  return store.getCycle(stored.summary.staffKey, stored.summary.cycleKey);
}
