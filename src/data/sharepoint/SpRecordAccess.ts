/**
 * RecordAccess over SharePoint: opening a record gives the appraisee and their reviewer Contribute on the person's
 * folder in the records list and in the evidence library (nobody else but administrators), adds both to Appraisal
 * Users so they can open the site, creates the cycle record and writes an audit entry. Every step checks first, so
 * a second run changes nothing.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups';
import type { IList } from '@pnp/sp/lists';
import { cycleKeyOf, type CycleWindow, type IsoDate, type Result } from '../../domain';
import type { DataError, DirectoryPerson, OpenRecordRequest, RecordAccess, RosterEntry } from '../ports';
import { GROUPS, LISTS } from './schema';
import { attempt, httpStatus } from './errors';
import { parseRosterToken } from './mappers/rosterMapper';
import { grantOnItem, siteUserIds } from './folderAccess';
import { closeFolders, moveReviewer } from './SpRecordChanges';
import { odataString } from '../odataLiteral';


/** Opens appraisal records as an administrator. */
export class SpRecordAccess implements RecordAccess {
  constructor(private readonly sp: SPFI) {}

  private list(key: 'records' | 'evidence' | 'audit'): IList {
    return this.sp.web.lists.getByTitle(LISTS[key].title);
  }

  openedFor(cycle: CycleWindow): Promise<Result<Set<string>, DataError>> {
    return attempt(async () => {
      const keys = new Set<string>();
      const query = this.list('records').items.filter(`CycleLabel eq ${odataString(cycle.label)} and RecordKind eq 'cycle'`).select('StaffKey').top(2000);
      for await (const page of query) for (const item of page as Array<{ StaffKey: string }>) keys.add(item.StaffKey);
      return keys;
    });
  }

  openRecord(request: OpenRecordRequest): Promise<Result<void, DataError>> {
    return attempt(async () => {
      const { entry } = request;
      const token = parseRosterToken(entry.etag);
      if (!token) throw Object.assign(new Error('The roster entry has no SharePoint item'), { status: 404 });
      const people = await siteUserIds(this.sp, [entry.upn, ...(entry.reviewerUpn ? [entry.reviewerUpn] : [])]);
      const users = this.sp.web.siteGroups.getByName(GROUPS.users.title).users;
      const members = new Set((await users.select('Id')<Array<{ Id: number }>>()).map((u) => u.Id));
      const logins = [entry.upn, entry.reviewerUpn];
      for (let i = 0; i < people.length; i++) if (!members.has(people[i])) await users.add(`i:0#.f|membership|${logins[i]}`);
      await grantOnItem(this.list('records').items.getById(token.itemId), people, 'contribute');
      await grantOnItem(await this.evidenceFolder(entry.id), people, 'contribute');
      await this.ensureCycleRecord(request);
    });
  }

  changeReviewer(entry: RosterEntry, next: DirectoryPerson): Promise<Result<RosterEntry, DataError>> {
    return attempt(() => moveReviewer(this.sp, entry, next));
  }

  closeAccess(entry: RosterEntry, leftOn: IsoDate): Promise<Result<RosterEntry, DataError>> {
    return attempt(() => closeFolders(this.sp, entry, leftOn));
  }

  private async evidenceFolder(name: string): Promise<ReturnType<IList['items']['getById']>> {
    const folders = this.list('evidence').rootFolder.folders;
    try {
      return this.list('evidence').items.getById((await folders.getByUrl(name).getItem<{ Id: number }>('Id')).Id);
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      await folders.addUsingPath(name);
      return this.list('evidence').items.getById((await folders.getByUrl(name).getItem<{ Id: number }>('Id')).Id);
    }
  }

  private async ensureCycleRecord({ entry, cycle, track, retainUntil, openedOn }: OpenRecordRequest): Promise<void> {
    const key = `${entry.id}:${cycleKeyOf(cycle)}`;
    const records = this.list('records');
    const existing = await records.items.filter(`CycleKey eq ${odataString(key)}`).select('Id').top(1)<Array<{ Id: number }>>();
    if (existing.length) return;
    const { ServerRelativeUrl } = await records.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    const created = await records.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: key }], `${ServerRelativeUrl}/${entry.id}`);
    const id = Number((created as Array<{ FieldName: string; FieldValue: string }>).find((v) => v.FieldName === 'Id')?.FieldValue);
    await records.items.getById(id).update({
      StaffKey: entry.id, CycleKey: key, CycleLabel: cycle.label, RecordKind: 'cycle', ReviewerKey: entry.reviewer ?? '', Stage: 'planning',
      RetainUntil: retainUntil, Payload: JSON.stringify({ v: 1, track, cycle, openedOn })
    });
    await this.list('audit').items.add({ Title: 'recordOpened', StaffKey: entry.id, Action: 'recordOpened', RecordRef: key, Payload: JSON.stringify({ cycle: cycle.label, track }) });
  }
}
