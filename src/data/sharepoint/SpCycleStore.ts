/**
 * CycleStore over SharePoint: the cycle item in the person's folder holds the cycle's content as validated JSON.
 * Saves send the item's ETag, so a save over someone else's newer version is refused (412) and the caller gets
 * what is stored now; agreement steps append an audit entry with the content's fingerprint. A 412 (or a lost
 * response) over a stored version that already holds exactly what was sent is the save having happened.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import type { IList } from '@pnp/sp/lists';
import {
  effectiveStatus,
  fail,
  ok,
  sameContent,
  SHAREPOINT_LIMITS,
  STAGES,
  withoutAgreementState,
  type CycleDocument,
  type Party,
  type Result,
  type SignatureDraft
} from '../../domain';
import '@pnp/sp/batching';
import '@pnp/sp/site-users';
import { collectSignatures, signatureQueries } from './signatures/readSignatures';
import { addSignature } from './signatures/addSignature';
import { addAuditEntry } from './addOnce';
import type { AuditEntry, CycleRecordSummary, CycleSaveError, CycleStore, DataError, StoredCycle } from '../ports';
import { LISTS } from './schema';
import { attempt, httpStatus, toDataError } from './errors';
import { parseRosterToken } from './mappers/rosterMapper';
import { toStoredCycle } from './mappers/cycleMapper';
import { boundTo, RECORD_SELECT } from './mappers/binding';
import { inOneBatch, recordsRoot, valueOf } from './personFolders';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';


/** Reads and saves cycles as the signed-in appraisee or reviewer. */
export class SpCycleStore implements CycleStore {
  constructor(private readonly sp: SPFI) {}

  private get records(): IList {
    return this.sp.web.lists.getByTitle(LISTS.records.title);
  }

  /** The cycle item and its signatures in one round trip; agreement state comes from the signatures only. */
  async getCycle(staffKey: string, cycleKey: string): Promise<Result<StoredCycle, DataError>> {
    try {
      const [found, root, ...pages] = await inOneBatch(this.sp, (b) => [
        b.web.lists
          .getByTitle(LISTS.records.title)
          .items.filter(`StaffKey eq ${odataString(staffKey)} and CycleKey eq ${odataString(cycleKey)}`)
          .select(...RECORD_SELECT)
          .top(50)<RawItem[]>(),
        recordsRoot(b),
        ...signatureQueries(b, 'CycleKey', [cycleKey])
      ]);
      for (const outcome of [found, root]) if (outcome.status === 'rejected') throw outcome.reason;
      const folder = String(valueOf(root)[0]?.ServerRelativeUrl ?? '');
      // Only the cycle item in the person's own folder is their record; one planted elsewhere with their keys is not.
      const item = valueOf(found).find((i) => i.RecordKind === 'cycle' && boundTo(i, folder, staffKey));
      if (!item) return fail({ code: 'notFound' });
      const stored = toStoredCycle(item, collectSignatures(pages.map(valueOf)).byCycle.get(cycleKey) ?? []);
      return stored.ok ? ok(await this.withEditorName(stored.value)) : stored;
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async saveCycle(
    current: StoredCycle,
    change: { document: CycleDocument; stage: CycleRecordSummary['stage'] },
    audit?: AuditEntry
  ): Promise<Result<StoredCycle, CycleSaveError>> {
    const { staffKey, cycleKey, track, cycle, openedOn } = current.summary;
    const token = parseRosterToken(current.etag);
    if (!token) return fail({ code: 'notFound' });
    try {
      // The payload is rebuilt from what the caller holds; the ETag refuses it if someone saved in between.
      // Agreement state is never stored in the shared document: it lives in each party's own signature folder.
      const payload = JSON.stringify({ v: 2, track, cycle, openedOn, document: withoutAgreementState(change.document) });
      // SharePoint refuses a multi-line text value over its limit (limits.ts); say so plainly instead of sending it.
      if (payload.length > SHAREPOINT_LIMITS.multiLineTextChars) return fail({ code: 'tooLarge' });
      await this.records.items.getById(token.itemId).update({ Stage: change.stage, Payload: payload }, token.etag);
    } catch (error) {
      const status = httpStatus(error);
      const lost = status === undefined || status >= 500;
      if (status !== 412 && !lost) return fail(toDataError(error));
      // A 412 after a lost response (SharePoint committed, the client saw a 504 and sent it again) or the lost
      // response itself: if what is stored now is what was sent, the save happened.
      const now = await this.getCycle(staffKey, cycleKey);
      if (!now.ok) return lost ? fail(toDataError(error)) : now;
      if (!this.holds(now.value, change)) return lost ? fail(toDataError(error)) : fail({ code: 'staleVersion', current: now.value });
    }
    return this.afterSave(staffKey, cycleKey, audit);
  }

  /**
   * Whether the stored cycle holds exactly this change's content. Agreement state is not compared: it is never
   * stored in the document, and the stage follows from content and signatures.
   */
  private holds(stored: StoredCycle, change: { document: CycleDocument }): boolean {
    return sameContent(withoutAgreementState(stored.document), withoutAgreementState(change.document));
  }

  /** Writes the audit entry of a saved agreement step, then reads the cycle back with its new ETag. */
  private async afterSave(staffKey: string, cycleKey: string, audit: AuditEntry | undefined): Promise<Result<StoredCycle, CycleSaveError>> {
    try {
      if (audit) {
        await addAuditEntry(this.sp, {
          Title: audit.action,
          StaffKey: staffKey,
          Action: audit.action,
          RecordRef: audit.recordRef,
          ContentHash: audit.fingerprint ?? '',
          Payload: JSON.stringify({ record: cycleKey })
        });
      }
      return await this.getCycle(staffKey, cycleKey);
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  /**
   * For a record changed since it was agreed, who SharePoint says changed it last (its Editor). Shown, never trusted:
   * anyone who can edit the item can set its Editor through ValidateUpdateListItem (docs/security.md).
   */
  private async withEditorName(stored: StoredCycle): Promise<StoredCycle> {
    const changed = STAGES.some(
      (stage) => stored.document.stages[stage] && effectiveStatus(stored.document, stage) === 'changedSinceAgreed'
    );
    const last = stored.summary.lastChanged;
    if (!changed || last?.byUserId === undefined) return stored;
    try {
      const user = await this.sp.web.siteUsers.getById(last.byUserId).select('Title')<{ Title: string }>();
      return { ...stored, summary: { ...stored.summary, lastChanged: { ...last, byName: user.Title } } };
    } catch {
      return stored;
    }
  }

  addSignature(stored: StoredCycle, party: Party, draft: SignatureDraft): Promise<Result<void, DataError>> {
    return attempt(() => addSignature(this.sp, stored.summary.staffKey, stored.summary.cycleKey, party, draft));
  }

  uploadEvidence(staffKey: string, cycleKey: string, fileName: string, content: ArrayBuffer): Promise<Result<{ url: string }, DataError>> {
    // Past what files/add takes whole, SharePoint would refuse it after the whole file had been sent.
    if (content.byteLength > SHAREPOINT_LIMITS.fileUploadBytes) return Promise.resolve(fail({ code: 'tooLarge' }));
    return attempt(async () => {
      const library = this.sp.web.lists.getByTitle(LISTS.evidence.title);
      const { ServerRelativeUrl } = await library.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
      const safe = fileName.replace(/[\\/:*?"<>|#%]/g, '_');
      const added = await this.sp.web
        .getFolderByServerRelativePath(`${ServerRelativeUrl}/${staffKey}`)
        .files.addUsingPath(`${cycleKey.replace(/[^A-Za-z0-9-]/g, '-')}-${safe}`, content, { Overwrite: false });
      return { url: added.ServerRelativeUrl };
    });
  }
}
