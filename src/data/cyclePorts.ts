/** Ports for the cycle's content: reading and saving a cycle record, and the audit trail of agreement steps. */
import type { CycleDocument, IsoInstant, OpenDisagreement, Party, Result, SignatureDraft } from '../domain';
import type { CycleRecordSummary, DataError } from './ports';

/** A cycle record with its whole content, as the appraisee and their reviewer open it. */
export interface StoredCycle {
  summary: CycleRecordSummary;
  document: CycleDocument;
  /** Version token sent back on save; a stale one gives `conflict` with what is stored now. */
  etag: string;
}

/** Why saving a cycle did not succeed: `staleVersion` carries the version someone else saved first (ETag 412). */
export type CycleSaveError = DataError | { code: 'staleVersion'; current: StoredCycle };

/** An entry in the append-only audit list: what happened to which record, with the fingerprint of its content. */
export interface AuditEntry {
  action: 'sharedForAgreement' | 'agreed' | 'changesRequested' | 'disagreementRecorded' | 'disagreementAnswered' | 'evidenceAdded';
  recordRef: string;
  fingerprint: string | undefined;
}

/**
 * Reads and writes a cycle's content in the person's folder (the appraisee and reviewer have Contribute there).
 * `cycleKey` is the record's key as the summary carries it (`CycleRecordSummary.cycleKey`, e.g. "S0007:2026-27").
 */
export interface CycleStore {
  getCycle(staffKey: string, cycleKey: string): Promise<Result<StoredCycle, DataError>>;
  /**
   * Saves the document and the stage it has reached over `current` (its etag guards the write); writes the audit
   * entry when one is given.
   */
  saveCycle(
    current: StoredCycle,
    change: { document: CycleDocument; stage: CycleRecordSummary['stage'] },
    audit?: AuditEntry
  ): Promise<Result<StoredCycle, CycleSaveError>>;
  /**
   * Adds one party's signature, request for changes, disagreement or response to their own signature folder, where
   * SharePoint lets only that party add and nobody change. Running the same step again adds nothing.
   */
  addSignature(stored: StoredCycle, party: Party, draft: SignatureDraft): Promise<Result<void, DataError>>;
  /** Uploads a file to the person's folder in the evidence library; returns where it can be opened. */
  uploadEvidence(staffKey: string, cycleKey: string, fileName: string, content: ArrayBuffer): Promise<Result<{ url: string }, DataError>>;
}

/** An audit entry as read back (administrators see every entry; others only their own). */
export interface AuditRecord extends AuditEntry {
  staffKey: string;
  at: IsoInstant;
}

/** Reads the audit list. */
export interface AuditReader {
  /** Entries with these actions, oldest first. */
  list(actions: ReadonlyArray<AuditEntry['action']>): Promise<Result<AuditRecord[], DataError>>;
}

/** Disagreements the reviewer has not answered yet, from the parties' own signature folders (administrators). */
export interface DisagreementReader {
  open(): Promise<Result<OpenDisagreement[], DataError>>;
}
