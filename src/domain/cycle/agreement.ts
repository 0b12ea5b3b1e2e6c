/**
 * What both parties sign for a stage (AB11, DOMAIN §4): a canonical text of the agreed content, its fingerprint, and
 * the status read back from it, so an edit made by any route after a sign-off shows as "Changed since agreed".
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { IsoDate } from '../isoDate';
import { STAGES, type Stage } from '../stageDates';
import { stageRecordOf } from './document';
import { utf8Bytes } from './utf8';
import type { CycleDocument, RecordStatus, StageRecord } from './types';
import { canonicalJson, type Json } from './canonicalJson';


/** Dated entries up to the meeting: notes written after a review was agreed belong to the next stage, not this one. */
const upTo = <T extends { on: IsoDate }>(items: readonly T[], meetingDate: IsoDate | undefined): T[] =>
  meetingDate === undefined ? [...items] : items.filter((item) => item.on <= meetingDate);

function planningContent(doc: CycleDocument, record: StageRecord): Json {
  return {
    stage: 'planning',
    meetingDate: record.meetingDate,
    objectives: doc.objectives.map((o) => ({
      title: o.title,
      successCriteria: o.successCriteria,
      agreedEvidence: o.agreedEvidence,
      standardCodes: [...o.standardCodes].sort(),
      schoolPriority: o.schoolPriority,
      targetDate: o.targetDate
    })),
    // The linked objective counts only when there is one, so records agreed before links existed keep their fingerprint.
    developmentNeeds: doc.developmentNeeds.map((n) => ({
      need: n.need,
      agreedSupport: n.agreedSupport,
      targetDate: n.targetDate,
      ...(n.objectiveId ? { objectiveId: n.objectiveId } : {})
    })),
    summary: record.reviewer.summary
  };
}

function interimContent(doc: CycleDocument, record: StageRecord): Json {
  return {
    stage: 'interimReview',
    meetingDate: record.meetingDate,
    objectives: doc.objectives.map((o) => ({
      title: o.title,
      progress: upTo(o.progress, record.meetingDate).map((p) => ({ on: p.on, by: p.by, text: p.text }))
    })),
    observations: upTo(doc.observations, record.meetingDate).map((ob) => ({
      on: ob.on, observer: ob.observer, focus: ob.focus, feedback: ob.feedback
    })),
    developmentNeeds: doc.developmentNeeds.map((n) => ({ need: n.need, supportGiven: n.supportGiven, status: n.status })),
    summary: record.reviewer.summary,
    feedback: record.reviewer.feedback,
    appraiseeComments: record.appraiseeComments
  };
}

function finalContent(doc: CycleDocument, record: StageRecord): Json {
  const jd = record.reviewer.jobDescriptionReview;
  return {
    stage: 'finalReview',
    meetingDate: record.meetingDate,
    objectives: doc.objectives.map((o) => ({ title: o.title, outcome: o.outcome, outcomeNote: o.outcomeNote })),
    developmentNeeds: doc.developmentNeeds.map((n) => ({ need: n.need, status: n.status })),
    summary: record.reviewer.summary,
    feedback: record.reviewer.feedback,
    jobDescriptionReview: jd === undefined ? undefined : { decision: jd.decision, notes: jd.notes }
  };
}

/**
 * The canonical text of exactly what both parties agree for a stage: no ids, versions, sign-offs, disagreements or
 * earlier agreed versions, so only a change of agreed wording changes it. Interim progress notes and observations
 * count up to the meeting date once it is set, so later one-to-one notes do not unsettle an agreed review.
 */
export function agreementContent(doc: CycleDocument, stage: Stage): string {
  const record = stageRecordOf(doc, stage);
  switch (stage) {
    case 'planning': return canonicalJson(planningContent(doc, record));
    case 'interimReview': return canonicalJson(interimContent(doc, record));
    case 'finalReview': return canonicalJson(finalContent(doc, record));
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown stage ${String(unknownStage)}`);
    }
  }
}

/** SHA-256 of the UTF-8 content as lower-case hex: what each sign-off stores and every read checks. */
export function fingerprint(content: string): string {
  return bytesToHex(sha256(utf8Bytes(content)));
}

/** The fingerprint the current content must still match for a settled status to stand, if there is one. */
function settledFingerprint(record: StageRecord): string | undefined {
  if (record.status === 'agreed') return record.agreed[record.agreed.length - 1]?.fingerprint;
  const disagreed = record.disagreements[record.disagreements.length - 1];
  const signed = disagreed && record.signOffs.filter((s) => s.party === 'reviewer' && s.version === disagreed.version).pop();
  return signed?.fingerprint ?? record.agreed[record.agreed.length - 1]?.fingerprint;
}

/**
 * The status as it stands: the stored one, except that an agreed record (or a disagreement kept beside a signed text)
 * whose content no longer matches what was signed is `changedSinceAgreed` (scenario 11), even when the edit was made
 * directly in the SharePoint list. An `agreed` record with no agreed version cannot be trusted and reads as changed.
 */
export function effectiveStatus(doc: CycleDocument, stage: Stage): RecordStatus {
  const record = doc.stages[stage];
  if (record === undefined) return 'draft';
  if (record.status !== 'agreed' && record.status !== 'disagreementRecorded') return record.status;
  const signed = settledFingerprint(record);
  if (signed === undefined) return record.status === 'agreed' ? 'changedSinceAgreed' : record.status;
  return fingerprint(agreementContent(doc, stage)) === signed ? record.status : 'changedSinceAgreed';
}

/** A stage is complete once agreed, or once a disagreement is recorded: the cycle continues (UK-6). */
export function isStageComplete(doc: CycleDocument, stage: Stage): boolean {
  const status = effectiveStatus(doc, stage);
  return status === 'agreed' || status === 'disagreementRecorded';
}

/**
 * The first stage neither complete nor marked not required, or 'agreed' when none is left. `cycleProgress` is the
 * full answer (deadlines and all); this is its stage alone, for callers that hold only the document.
 */
export function currentStage(doc: CycleDocument, notRequired: readonly Stage[] = []): Stage | 'agreed' {
  return STAGES.find((stage) => !isStageComplete(doc, stage) && !notRequired.includes(stage)) ?? 'agreed';
}
