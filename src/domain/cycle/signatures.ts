/**
 * Signatures as the record trusts them (docs/security.md). Each party's signatures, requests for changes,
 * disagreements and responses live where only that party (and administrators) can add them, and nobody can edit
 * them afterwards; the party of an entry is where it was found, never what it says. Everything a stage record says
 * about agreement — its sign-offs, versions, agreed copies, disagreements and status — is rebuilt here from those
 * entries, and whatever the shared, editable document claims about them is ignored.
 */
import type { DirectoryId } from '../ids';
import type { IsoInstant } from '../isoDate';
import { STAGES, type Stage } from '../stageDates';
import { stageRecordOf } from './document';
import { effectiveStatus, fingerprint } from './agreement';
import { signatureKey } from '../keys';

export { signatureKey };
import type { AgreedVersion, CycleDocument, Disagreement, Party, RecordStatus, SignOff, StageRecord } from './types';

/** What a party adds: a signature of a version, a request for changes, a disagreement, or a response to one. */
export const SIGNATURE_KINDS = ['signed', 'changesRequested', 'disagreement', 'response'] as const;
/** One kind of entry. */
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

/** What the signer writes: everything but the party, which comes from where the entry is kept. */
export interface SignatureDraft {
  kind: SignatureKind;
  stage: Stage;
  /** The version the reviewer shared (a signature by the reviewer is the sharing of that version). */
  version: number;
  /** SHA-256 of the stage's canonical content as the signer saw it. */
  fingerprint: string;
  at: IsoInstant;
  by: DirectoryId;
  name: string;
  /** For `signed`, the canonical content signed (each party's own copy); else the comment, disagreement or response. */
  text: string;
}

/** An entry as read back, with the party its place proves. */
export interface SignatureEntry extends SignatureDraft {
  party: Party;
}

/** Which party may add each kind. */
const KIND_PARTY: Record<SignatureKind, readonly Party[]> = {
  signed: ['appraisee', 'reviewer'],
  changesRequested: ['appraisee'],
  disagreement: ['appraisee'],
  response: ['reviewer']
};


const byTime = (a: SignatureEntry, b: SignatureEntry): number => a.at.localeCompare(b.at);

/**
 * Entries that can count for this person: the right kind for their party, and an appraisee's entries signed by the
 * appraisee themselves. The same step written twice (a retry) counts once.
 */
export function trustedEntries(entries: readonly SignatureEntry[], appraisee: DirectoryId | undefined): SignatureEntry[] {
  const seen = new Set<string>();
  return entries
    .filter((e) => KIND_PARTY[e.kind].includes(e.party))
    .filter((e) => e.party !== 'appraisee' || appraisee === undefined || e.by === appraisee)
    .filter((e) => {
      const key = `${e.party}|${e.kind}|${e.stage}|${e.version}|${e.fingerprint}|${e.kind === 'signed' ? '' : e.at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(byTime);
}

function statusOf(shared: SignatureEntry | undefined, answers: readonly SignatureEntry[], agreedBefore: boolean): RecordStatus {
  if (shared === undefined) return agreedBefore ? 'changedSinceAgreed' : 'draft';
  const answer = answers.filter((a) => a.version === shared.version && a.fingerprint === shared.fingerprint && a.at >= shared.at).pop();
  if (answer === undefined) return 'awaitingAgreement';
  if (answer.kind === 'signed') return 'agreed';
  if (answer.kind === 'disagreement') return 'disagreementRecorded';
  return 'draft';
}

/** One stage record rebuilt from its trusted entries (content kept as the document has it). */
function rebuiltRecord(record: StageRecord, entries: readonly SignatureEntry[]): StageRecord {
  const own = entries.filter((e) => e.stage === record.stage);
  const shares = own.filter((e) => e.party === 'reviewer' && e.kind === 'signed');
  const answers = own.filter((e) => e.party === 'appraisee');
  const signOffs: SignOff[] = own
    .filter((e) => e.kind === 'signed')
    .map((e) => ({ party: e.party, by: e.by, name: e.name, at: e.at, version: e.version, fingerprint: e.fingerprint }));
  const agreed: AgreedVersion[] = answers
    .filter((a) => a.kind === 'signed' && shares.some((s) => s.version === a.version && s.fingerprint === a.fingerprint))
    .map((a) => ({ version: a.version, fingerprint: a.fingerprint, content: a.text, agreedAt: a.at }));
  const responses = own.filter((e) => e.kind === 'response');
  // A response answers the disagreement whose fingerprint it carries, so it can only be written once that
  // disagreement exists: a reviewer cannot answer in advance, whatever time they put on it.
  const disagreements: Disagreement[] = answers
    .filter((a) => a.kind === 'disagreement')
    .map((d) => {
      const response = responses.find((r) => r.fingerprint === disagreementFingerprint(d));
      return { at: d.at, version: d.version, text: d.text, response: response && { at: response.at, text: response.text } };
    });
  const latest = shares[shares.length - 1];
  const version = Math.max(0, ...shares.map((s) => s.version));
  const status = statusOf(latest, answers, agreed.length > 0);
  return { ...record, version, status, signOffs, agreed, disagreements };
}

/**
 * The document with every stage's agreement state taken from trusted entries only. Stages that have entries but
 * no record in the document get an empty one, so a wiped document still shows what was signed.
 */
export function withTrustedSignatures(
  doc: CycleDocument,
  entries: readonly SignatureEntry[],
  appraisee: DirectoryId | undefined
): CycleDocument {
  const trusted = trustedEntries(entries, appraisee);
  const stages: CycleDocument['stages'] = {};
  for (const stage of STAGES) {
    if (doc.stages[stage] === undefined && !trusted.some((e) => e.stage === stage)) continue;
    stages[stage] = rebuiltRecord(stageRecordOf(doc, stage), trusted);
  }
  return { ...doc, stages };
}

/** The document as it is stored: agreement state is never kept in the shared document (it lives in signatures). */
export function withoutAgreementState(doc: CycleDocument): CycleDocument {
  const stages: CycleDocument['stages'] = {};
  for (const stage of STAGES) {
    const record = doc.stages[stage];
    if (record) stages[stage] = { ...record, version: 0, status: 'draft', signOffs: [], agreed: [], disagreements: [] };
  }
  return { ...doc, stages };
}

/** What a response carries to say which disagreement it answers: the fingerprint of that disagreement's words. */
export function disagreementFingerprint(disagreement: { at: string; text: string }): string {
  return fingerprint(`${disagreement.at}\n${disagreement.text}`);
}

/** The reviewer's signature of the version now shared, if there is one. */
export function sharedSignature(record: StageRecord): SignOff | undefined {
  return record.signOffs.filter((s) => s.party === 'reviewer' && s.version === record.version).pop();
}

/** The first stage waiting for the appraisee's answer, and when the reviewer shared it (scenario 12). */
export function awaitingAgreement(doc: CycleDocument): { stage: Stage; since: IsoInstant } | undefined {
  for (const stage of STAGES) {
    const record = doc.stages[stage];
    const shared = record && effectiveStatus(doc, stage) === 'awaitingAgreement' ? sharedSignature(record) : undefined;
    if (shared) return { stage, since: shared.at };
  }
  return undefined;
}
