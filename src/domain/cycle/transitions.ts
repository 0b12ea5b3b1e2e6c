/**
 * The agreement workflow of a stage record (DOMAIN §4, AB11, UK-6, UK-7): share, agree, ask for changes, record a
 * disagreement and answer it. Every step is pure: it returns a new document or the rule it breaks.
 */
import type { CycleWindow } from '../cycleWindow';
import type { DirectoryId, ObjectiveId } from '../ids';
import type { IsoDate, IsoInstant } from '../isoDate';
import { fail, ok, type Result } from '../result';
import type { Stage } from '../stageDates';
import { agreementContent, effectiveStatus, fingerprint } from './agreement';
import { stageRecordOf } from './document';
import { sharedSignature } from './signatures';
import type {
  ActionItem, AgendaItem, CycleDocument, DevelopmentNeed, Objective, Observation, Party, RecordStatus, SignOff, StageRecord
} from './types';
import { validateStage, type FieldError } from './validation';

/** The person signing: their directory id and their name as it stands when they sign (kept as signed). */
export interface Signer {
  by: DirectoryId;
  name: string;
}

/** Why a step of the agreement workflow was refused. */
export type CycleRuleError =
  | { code: 'invalid'; errors: FieldError[] }
  | { code: 'wrongStatus'; status: RecordStatus }
  | { code: 'changedWhileAwaiting' }
  | { code: 'emptyText' }
  | { code: 'nothingToAnswer' }
  | { code: 'notShared' };

type Step = Result<CycleDocument, CycleRuleError>;

const withRecord = (doc: CycleDocument, record: StageRecord): CycleDocument => ({
  ...doc,
  stages: { ...doc.stages, [record.stage]: record }
});

const appendParagraph = (existing: string, text: string): string => (existing.trim() === '' ? text : `${existing}\n\n${text}`);


/**
 * The reviewer shares the stage for agreement; sharing is the reviewer's sign-off of that version. Allowed from a
 * draft, and as an amendment after a change or a recorded disagreement; refused while awaiting or agreed unchanged.
 */
export function shareForAgreement(doc: CycleDocument, stage: Stage, cycle: CycleWindow, reviewer: Signer, at: IsoInstant): Step {
  const status = effectiveStatus(doc, stage);
  if (status === 'awaitingAgreement' || status === 'agreed') return fail({ code: 'wrongStatus', status });
  const errors = validateStage(doc, stage, cycle);
  if (errors.length > 0) return fail({ code: 'invalid', errors });
  const record = stageRecordOf(doc, stage);
  const version = record.version + 1;
  const signOff: SignOff = {
    party: 'reviewer', by: reviewer.by, name: reviewer.name, at, version, fingerprint: fingerprint(agreementContent(doc, stage))
  };
  return ok(withRecord(doc, { ...record, version, status: 'awaitingAgreement', signOffs: [...record.signOffs, signOff] }));
}

/**
 * The appraisee agrees the shared version ("I agree this is a fair summary of our discussion"). Refused if the
 * content no longer matches what the reviewer signed, e.g. after an edit made directly in the list.
 */
export function agreeRecord(doc: CycleDocument, stage: Stage, appraisee: Signer, at: IsoInstant): Step {
  const status = effectiveStatus(doc, stage);
  if (status !== 'awaitingAgreement') return fail({ code: 'wrongStatus', status });
  const record = stageRecordOf(doc, stage);
  const content = agreementContent(doc, stage);
  const print = fingerprint(content);
  if (sharedSignature(record)?.fingerprint !== print) return fail({ code: 'changedWhileAwaiting' });
  const signOff: SignOff = { party: 'appraisee', by: appraisee.by, name: appraisee.name, at, version: record.version, fingerprint: print };
  return ok(withRecord(doc, {
    ...record,
    status: 'agreed',
    signOffs: [...record.signOffs, signOff],
    agreed: [...record.agreed, { version: record.version, fingerprint: print, content, agreedAt: at }]
  }));
}

/** The appraisee asks for changes: the record goes back to draft with their comment added as a new paragraph. */
export function askForChanges(doc: CycleDocument, stage: Stage, comment: string, at: IsoInstant): Step {
  const status = effectiveStatus(doc, stage);
  if (status !== 'awaitingAgreement') return fail({ code: 'wrongStatus', status });
  const text = comment.trim();
  if (text === '') return fail({ code: 'emptyText' });
  const record = stageRecordOf(doc, stage);
  return ok(withRecord(doc, { ...record, status: 'draft', appraiseeComments: appendParagraph(record.appraiseeComments, text) }));
}

/**
 * The appraisee records their disagreement in writing instead of signing (UK-6, UK-7). It is kept for good beside the
 * reviewer's text, and the cycle continues.
 */
export function recordDisagreement(doc: CycleDocument, stage: Stage, text: string, at: IsoInstant): Step {
  const record = stageRecordOf(doc, stage);
  if (record.version < 1) return fail({ code: 'notShared' });
  const status = effectiveStatus(doc, stage);
  if (status !== 'awaitingAgreement' && status !== 'agreed' && status !== 'changedSinceAgreed')
    return fail({ code: 'wrongStatus', status });
  const written = text.trim();
  if (written === '') return fail({ code: 'emptyText' });
  return ok(withRecord(doc, {
    ...record,
    status: 'disagreementRecorded',
    disagreements: [...record.disagreements, { at, version: record.version, text: written, response: undefined }]
  }));
}

/** The reviewer answers the latest disagreement not yet answered; earlier answers are never overwritten. */
export function respondToDisagreement(doc: CycleDocument, stage: Stage, text: string, at: IsoInstant): Step {
  const record = stageRecordOf(doc, stage);
  let index = -1;
  record.disagreements.forEach((d, i) => {
    if (d.response === undefined) index = i;
  });
  if (index < 0) return fail({ code: 'nothingToAnswer' });
  const written = text.trim();
  if (written === '') return fail({ code: 'emptyText' });
  const disagreements = record.disagreements.map((d, i) => (i === index ? { ...d, response: { at, text: written } } : d));
  return ok(withRecord(doc, { ...record, disagreements }));
}

/** Whether the stage's content may be edited: not while a shared version is frozen awaiting agreement. */
export function canEdit(doc: CycleDocument, stage: Stage): boolean {
  return effectiveStatus(doc, stage) !== 'awaitingAgreement';
}

/** A new, empty objective. */
export function newObjective(id: ObjectiveId): Objective {
  return {
    id, title: '', successCriteria: '', agreedEvidence: '', standardCodes: [], schoolPriority: '', targetDate: undefined,
    progress: [], outcome: undefined, outcomeNote: '', carriedFrom: undefined
  };
}

/** A new, open development need. */
export function newDevelopmentNeed(id: string): DevelopmentNeed {
  return { id, need: '', agreedSupport: '', targetDate: undefined, supportGiven: '', status: 'open', carriedFrom: undefined };
}

/** A new observation of practice on a date (AB6.2). */
export function newObservation(id: string, on: IsoDate): Observation {
  return { id, on, observer: '', focus: '', feedback: '' };
}

/** A new action owned by one party (AB9.E2). */
export function newActionItem(id: string, owner: Party): ActionItem {
  return { id, text: '', owner, due: undefined, done: false, carriedFrom: undefined };
}

/** A new agenda item raised by one party (AB9.P1, AB9.N2). */
export function newAgendaItem(id: string, text: string, raisedBy: Party): AgendaItem {
  return { id, text, raisedBy, discussed: false };
}
