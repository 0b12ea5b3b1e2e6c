/**
 * RecordAccess over SharePoint: opening a record gives the appraisee and their reviewer Appraisal Edit on the person's
 * folder in the records list and in the evidence library and Read on the person's roster item (nobody else but
 * administrators), adds both to Appraisal Users so they can open the site, creates the cycle record and writes an
 * audit entry. Every step checks first, so a second run changes nothing.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups';
import type { IList } from '@pnp/sp/lists';
import { recordKey, type CycleWindow, type IsoDate, type Result } from '../../domain';
import type { DataError, DirectoryPerson, ItemProblem, OpeningRun, OpenRecordRequest, RecordAccess, RosterEntry } from '../ports';
import { GROUPS, LISTS } from './schema';
import { attempt } from './errors';
import { grantOnItem, siteUserIds } from './folderAccess';
import { closeFolders, moveReviewer } from './SpRecordChanges';
import { boundTo } from './mappers/binding';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';
import { ensureFolderItem, rootUrl, rosterItem } from './personFolders';
import { addAuditEntry } from './addOnce';
import { addWithValues } from './formValues';
import { openSignatureFolders } from './signatures/signatureFolders';
import { beginOpening } from './SpOpeningRun';
import type { AccessRun } from '../ports';
import { beginPreparing } from './access/SpAccessRun';


/** Opens appraisal records as an administrator. */
export class SpRecordAccess implements RecordAccess {
  constructor(private readonly sp: SPFI) {}

  private list(key: 'records' | 'evidence' | 'audit'): IList {
    return this.sp.web.lists.getByTitle(LISTS[key].title);
  }

  openedFor(cycle: CycleWindow): Promise<Result<Set<string>, DataError>> {
    return attempt(async () => {
      const keys = new Set<string>();
      const root = await rootUrl(this.list('records'));
      const query = this.list('records')
        .items.filter(`CycleLabel eq ${odataString(cycle.label)} and RecordKind eq 'cycle'`)
        .select('Id', 'StaffKey', 'FileDirRef', 'RetainUntil')
        .top(2000);
      // Only a cycle record in its own person's folder counts: one planted elsewhere must not skip that person. And
      // only once its last step (RetainUntil) is written: one that stopped half-way is run again.
      for await (const page of query)
        for (const item of page as RawItem[])
          if (item.RetainUntil && boundTo(item, root, String(item.StaffKey))) keys.add(String(item.StaffKey));
      return keys;
    });
  }

  beginPreparing(): Promise<Result<AccessRun, DataError>> {
    return beginPreparing(this.sp);
  }

  beginOpening(cycle: CycleWindow): Promise<Result<OpeningRun, DataError>> {
    return beginOpening(this.sp, cycle);
  }

  openRecord(request: OpenRecordRequest): Promise<Result<void, DataError>> {
    return attempt(async () => {
      const { entry } = request;
      const roster = rosterItem(this.sp, entry.etag);
      const people = await siteUserIds(this.sp, [entry.upn, ...(entry.reviewerUpn ? [entry.reviewerUpn] : [])]);
      const users = this.sp.web.siteGroups.getByName(GROUPS.users.title).users;
      const members = new Set((await users.select('Id')<Array<{ Id: number }>>()).map((u) => u.Id));
      const logins = [entry.upn, entry.reviewerUpn];
      for (let i = 0; i < people.length; i++) if (!members.has(people[i])) await users.add(`i:0#.f|membership|${logins[i]}`);
      await grantOnItem(roster, people, 'read');
      await grantOnItem(await ensureFolderItem(this.sp, 'records', entry.id), people, 'appraisalEdit');
      await grantOnItem(await ensureFolderItem(this.sp, 'evidence', entry.id), people, 'appraisalEdit');
      await openSignatureFolders(this.sp, entry.id, people[0], people[1]);
      await this.ensureCycleRecord(request);
    });
  }

  changeReviewer(entry: RosterEntry, next: DirectoryPerson): Promise<Result<RosterEntry, DataError>> {
    return attempt(() => moveReviewer(this.sp, entry, next));
  }

  closeAccess(entry: RosterEntry, leftOn: IsoDate): Promise<Result<RosterEntry, DataError>> {
    return attempt(() => closeFolders(this.sp, entry, leftOn));
  }

  recycleItem(problem: ItemProblem): Promise<Result<void, DataError>> {
    return attempt(async () => {
      // Only items of the appraisal lists, by their own titles: a problem names the list it was read from.
      if (!Object.values(LISTS).some((l) => l.title === problem.list))
        throw Object.assign(new Error(`Not an appraisal list: ${problem.list}`), { status: 404 });
      const item = this.sp.web.lists.getByTitle(problem.list).items.getById(problem.itemId);
      const { StaffKey } = await item.select('StaffKey')<{ StaffKey?: string | null }>();
      await item.recycle();
      await addAuditEntry(this.sp, {
        Title: 'itemRecycled', StaffKey: StaffKey ?? '', Action: 'itemRecycled', RecordRef: `${problem.list}:${problem.itemId}`,
        Payload: JSON.stringify({ list: problem.list, itemId: problem.itemId, kind: problem.kind, field: problem.field })
      });
    });
  }

  /**
   * Creates the cycle item with its key columns and content in the one call that creates it, writes the audit entry,
   * and sets RetainUntil last: `openedFor` counts a record as opened only once RetainUntil is set, so a run that
   * stopped anywhere in between is run again, and each part looks first, so nothing is duplicated. A cycle record
   * with this key counts only in the person's own folder: one planted elsewhere does not stop this.
   */
  private async ensureCycleRecord({ entry, cycle, track, retainUntil, openedOn }: OpenRecordRequest): Promise<void> {
    const key = recordKey(entry.id, cycle);
    const records = this.list('records');
    const root = await rootUrl(records);
    const existing = await records.items
      .filter(`CycleKey eq ${odataString(key)}`)
      .select('Id', 'StaffKey', 'FileDirRef')
      .top(50)<RawItem[]>();
    let id = existing.find((item) => boundTo(item, root, entry.id))?.Id as number | undefined;
    if (id === undefined) {
      const values = {
        Title: key,
        StaffKey: entry.id,
        CycleKey: key,
        CycleLabel: cycle.label,
        RecordKind: 'cycle',
        ReviewerKey: entry.reviewer ?? '',
        Stage: 'planning',
        Payload: JSON.stringify({ v: 1, track, cycle, openedOn })
      };
      id = await addWithValues(records, `${root}/${entry.id}`, values);
    }
    const audit = this.list('audit');
    const logged = await audit.items
      .filter(`StaffKey eq ${odataString(entry.id)} and Action eq 'recordOpened'`)
      .select('RecordRef')
      .top(500)<Array<{ RecordRef: string }>>();
    if (!logged.some((a) => a.RecordRef === key)) {
      await addAuditEntry(this.sp, {
        Title: 'recordOpened',
        StaffKey: entry.id,
        Action: 'recordOpened',
        RecordRef: key,
        Payload: JSON.stringify({ cycle: cycle.label, track })
      });
    }
    await records.items.getById(Number(id)).update({ RetainUntil: retainUntil });
  }
}
