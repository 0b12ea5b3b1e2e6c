/** The audit port: the append-only audit list of agreement steps, written with them and read back. */
import type { IsoInstant, Result } from '../../domain';
import type { DataError } from './dataError';

/** An entry in the append-only audit list: what happened to which record, with the fingerprint of its content. */
export interface AuditEntry {
  action: 'sharedForAgreement' | 'agreed' | 'changesRequested' | 'disagreementRecorded' | 'disagreementAnswered' | 'evidenceAdded';
  recordRef: string;
  fingerprint: string | undefined;
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
