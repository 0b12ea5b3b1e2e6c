/** The cycle port: reading and saving a cycle record's content, signatures and evidence. */
import type { CycleDocument, CycleRecordSummary, Party, Result, SignatureDraft } from '../../domain';
import type { AuditEntry } from './auditTrail';
import type { DataError } from './dataError';

/** A cycle record with its whole content, as the appraisee and their reviewer open it. */
export interface StoredCycle {
  summary: CycleRecordSummary;
  document: CycleDocument;
  /** Version token sent back on save; a stale one gives `conflict` with what is stored now. */
  etag: string;
}

/** Why saving a cycle did not succeed: `staleVersion` carries the version someone else saved first (ETag 412). */
export type CycleSaveError = DataError | { code: 'staleVersion'; current: StoredCycle };

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
