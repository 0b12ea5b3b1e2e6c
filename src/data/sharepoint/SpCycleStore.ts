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
import { fail, sameContent, type CycleDocument, type Result } from '../../domain';
import type { AuditEntry, CycleRecordSummary, CycleSaveError, CycleStore, DataError, StoredCycle } from '../ports';
import { LISTS } from './schema';
import { attempt, httpStatus, toDataError } from './errors';
import { parseRosterToken } from './mappers/rosterMapper';
import { CYCLE_SELECT, toStoredCycle } from './mappers/cycleMapper';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';


/** Reads and saves cycles as the signed-in appraisee or reviewer. */
export class SpCycleStore implements CycleStore {
  constructor(private readonly sp: SPFI) {}

  private get records(): IList {
    return this.sp.web.lists.getByTitle(LISTS.records.title);
  }

  async getCycle(staffKey: string, cycleKey: string): Promise<Result<StoredCycle, DataError>> {
    try {
      const items = await this.records.items.filter(`StaffKey eq ${odataString(staffKey)} and CycleKey eq ${odataString(cycleKey)}`).select(...CYCLE_SELECT).top(1)<RawItem[]>();
      return items.length ? toStoredCycle(items[0]) : fail({ code: 'notFound' });
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async saveCycle(current: StoredCycle, change: { document: CycleDocument; stage: CycleRecordSummary['stage'] }, audit?: AuditEntry): Promise<Result<StoredCycle, CycleSaveError>> {
    const { staffKey, cycleKey, track, cycle, openedOn } = current.summary;
    const token = parseRosterToken(current.etag);
    if (!token) return fail({ code: 'notFound' });
    try {
      // The payload is rebuilt from what the caller holds; the ETag refuses it if someone saved in between.
      const payload = { v: 2, track, cycle, openedOn, document: change.document };
      await this.records.items.getById(token.itemId).update({ Stage: change.stage, Payload: JSON.stringify(payload) }, token.etag);
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

  /** Whether the stored cycle holds exactly this change. */
  private holds(stored: StoredCycle, change: { document: CycleDocument; stage: CycleRecordSummary['stage'] }): boolean {
    return stored.summary.stage === change.stage && sameContent(stored.document, change.document);
  }

  /** Writes the audit entry of a saved agreement step, then reads the cycle back with its new ETag. */
  private async afterSave(staffKey: string, cycleKey: string, audit: AuditEntry | undefined): Promise<Result<StoredCycle, CycleSaveError>> {
    try {
      if (audit) {
        await this.sp.web.lists.getByTitle(LISTS.audit.title).items.add({
          Title: audit.action, StaffKey: staffKey, Action: audit.action, RecordRef: audit.recordRef, ContentHash: audit.fingerprint ?? '', Payload: JSON.stringify({ record: cycleKey })
        });
      }
      return await this.getCycle(staffKey, cycleKey);
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  uploadEvidence(staffKey: string, cycleKey: string, fileName: string, content: ArrayBuffer): Promise<Result<{ url: string }, DataError>> {
    return attempt(async () => {
      const library = this.sp.web.lists.getByTitle(LISTS.evidence.title);
      const { ServerRelativeUrl } = await library.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
      const safe = fileName.replace(/[\\/:*?"<>|#%]/g, '_');
      const added = await this.sp.web.getFolderByServerRelativePath(`${ServerRelativeUrl}/${staffKey}`).files.addUsingPath(`${cycleKey.replace(/[^A-Za-z0-9-]/g, '-')}-${safe}`, content, { Overwrite: false });
      return { url: added.ServerRelativeUrl };
    });
  }
}
