/** A CycleStore in memory that models the outcomes the app relies on: notFound and a stale version. */
import { fail, ok, type CycleDocument, type Result } from '../../../src/domain';
import type { AuditEntry, CycleRecordSummary, CycleSaveError, CycleStore, DataError, StoredCycle } from '../../../src/data/ports';

/** Cycles keyed "staffKey:cycleKey"; each save bumps the version token. */
export class MemoryCycleStore implements CycleStore {
  readonly cycles = new Map<string, StoredCycle>();
  readonly audit: AuditEntry[] = [];
  readonly files: string[] = [];

  put(stored: StoredCycle): void {
    this.cycles.set(`${stored.summary.staffKey}:${stored.summary.cycleKey}`, stored);
  }

  async getCycle(staffKey: string, cycleKey: string): Promise<Result<StoredCycle, DataError>> {
    const stored = this.cycles.get(`${staffKey}:${cycleKey}`);
    return stored ? ok(stored) : fail({ code: 'notFound' });
  }

  async saveCycle(current: StoredCycle, change: { document: CycleDocument; stage: CycleRecordSummary['stage'] }, audit?: AuditEntry): Promise<Result<StoredCycle, CycleSaveError>> {
    const stored = this.cycles.get(`${current.summary.staffKey}:${current.summary.cycleKey}`);
    if (!stored) return fail({ code: 'notFound' });
    if (stored.etag !== current.etag) return fail({ code: 'staleVersion', current: stored });
    const next: StoredCycle = { summary: { ...stored.summary, stage: change.stage }, document: change.document, etag: `1|"${Number(stored.etag.split('"')[1] ?? 0) + 1}"` };
    this.put(next);
    if (audit) this.audit.push(audit);
    return ok(next);
  }

  async uploadEvidence(staffKey: string, cycleKey: string, fileName: string): Promise<Result<{ url: string }, DataError>> {
    const url = `/sites/staff-appraisal/AppraisalEvidence/${staffKey}/${cycleKey}-${fileName}`;
    this.files.push(url);
    return ok({ url });
  }
}
