/**
 * A CycleStore in memory that models the outcomes the app relies on: notFound, a stale version, and agreement state
 * kept apart from the document (signatures, each party's own, rebuilt into the document on every read).
 */
import {
  awaitingAgreement,
  currentStage,
  fail,
  ok,
  sameContent,
  signatureKey,
  withoutAgreementState,
  withTrustedSignatures,
  type CycleDocument,
  type Party,
  type Result,
  type SignatureDraft,
  type SignatureEntry
} from '../../../src/domain';
import type { AuditEntry, CycleRecordSummary, CycleSaveError, CycleStore, DataError, StoredCycle } from '../../../src/data/ports';

/** Cycles keyed "staffKey:cycleKey"; each save bumps the version token. */
export class MemoryCycleStore implements CycleStore {
  readonly cycles = new Map<string, StoredCycle>();
  readonly signatures = new Map<string, SignatureEntry[]>();
  readonly audit: AuditEntry[] = [];
  readonly files: string[] = [];

  put(stored: StoredCycle): void {
    this.cycles.set(`${stored.summary.staffKey}:${stored.summary.cycleKey}`, {
      ...stored,
      document: withoutAgreementState(stored.document)
    });
  }

  async getCycle(staffKey: string, cycleKey: string): Promise<Result<StoredCycle, DataError>> {
    const stored = this.cycles.get(`${staffKey}:${cycleKey}`);
    if (!stored) return fail({ code: 'notFound' });
    const document = withTrustedSignatures(stored.document, this.signatures.get(cycleKey) ?? [], undefined);
    const stage = stored.summary.track === 'fullCycle' ? currentStage(document) : stored.summary.stage;
    return ok({ ...stored, summary: { ...stored.summary, stage, document, awaitingAgreement: awaitingAgreement(document) }, document });
  }

  async saveCycle(
    current: StoredCycle,
    change: { document: CycleDocument; stage: CycleRecordSummary['stage'] },
    audit?: AuditEntry
  ): Promise<Result<StoredCycle, CycleSaveError>> {
    const stored = this.cycles.get(`${current.summary.staffKey}:${current.summary.cycleKey}`);
    if (!stored) return fail({ code: 'notFound' });
    if (stored.etag !== current.etag) {
      const now = await this.getCycle(current.summary.staffKey, current.summary.cycleKey);
      if (!now.ok) return now;
      // As SpCycleStore: a stale save whose content is already stored (a retry after a lost response) is the save.
      if (!sameContent(withoutAgreementState(now.value.document), withoutAgreementState(change.document)))
        return fail({ code: 'staleVersion', current: now.value });
      if (audit) this.audit.push(audit);
      return now;
    }
    this.put({
      summary: { ...stored.summary, stage: change.stage },
      document: change.document,
      etag: `1|"${Number(stored.etag.split('"')[1] ?? 0) + 1}"`
    });
    if (audit) this.audit.push(audit);
    return this.getCycle(current.summary.staffKey, current.summary.cycleKey);
  }

  async addSignature(stored: StoredCycle, party: Party, draft: SignatureDraft): Promise<Result<void, DataError>> {
    const entries = this.signatures.get(stored.summary.cycleKey) ?? [];
    const key = signatureKey(stored.summary.cycleKey, party, draft);
    if (!entries.some((e) => signatureKey(stored.summary.cycleKey, e.party, e) === key))
      this.signatures.set(stored.summary.cycleKey, [...entries, { ...draft, party }]);
    return ok(undefined);
  }

  async uploadEvidence(staffKey: string, cycleKey: string, fileName: string): Promise<Result<{ url: string }, DataError>> {
    const url = `/sites/staff-appraisal/AppraisalEvidence/${staffKey}/${cycleKey}-${fileName}`;
    this.files.push(url);
    return ok({ url });
  }
}
