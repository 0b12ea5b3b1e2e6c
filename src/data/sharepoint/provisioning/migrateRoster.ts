/**
 * Schema 2's upgrade of a site set up at schema 1: each person's roster moves from their folder item in the records
 * list (where the appraisee and reviewer could write it) to their item in the roster list (administrators only), and
 * the people who hold access to an open record's folder get Read on the new item. Idempotent: StaffKeys already on
 * the roster are not copied again and grants already made are kept, so a run after a lost response finishes the job.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import type { IList } from '@pnp/sp/lists';
import { LISTS } from '../schema';
import { grantOnItem } from '../folderAccess';
import { rootUrl } from '../personFolders';
import type { RawItem } from '../mappers/validate';

const PAGE = 2000;

async function all(list: IList, filter: string | undefined, select: readonly string[]): Promise<RawItem[]> {
  const items: RawItem[] = [];
  const query = filter === undefined ? list.items : list.items.filter(filter);
  for await (const page of query.select(...select).top(PAGE)) items.push(...(page as RawItem[]));
  return items;
}

/** The people (not groups) who hold a role on the folder item: the appraisee and reviewer an administrator granted. */
async function peopleOnFolder(list: IList, itemId: number, groupIds: Set<number>): Promise<number[]> {
  const assignments = await list.items.getById(itemId).roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>();
  return assignments.map((a) => a.PrincipalId).filter((id) => !groupIds.has(id));
}

/** Copies v1 staff folder rosters into the roster list and grants Read where a record is open. */
export async function migrateRoster(sp: SPFI): Promise<void> {
  const records = sp.web.lists.getByTitle(LISTS.records.title);
  const roster = sp.web.lists.getByTitle(LISTS.roster.title);
  const root = (await rootUrl(records)).toLowerCase();
  const onRoster = new Map((await all(roster, undefined, ['Id', 'StaffKey'])).map((i) => [String(i.StaffKey), Number(i.Id)]));
  const groupIds = new Set((await sp.web.siteGroups.select('Id')<Array<{ Id: number }>>()).map((g) => g.Id));
  const folders = await all(records, "RecordKind eq 'staff'", [
    'Id',
    'StaffKey',
    'ReviewerKey',
    'Payload',
    'FileDirRef',
    'FileLeafRef',
    'FSObjType',
    'HasUniqueRoleAssignments'
  ]);
  for (const folder of folders) {
    const key = String(folder.StaffKey ?? '');
    // Only a folder at the list's root, named by its own StaffKey, is a person's folder; anything else is a stray.
    if (!key || Number(folder.FSObjType) !== 1 || String(folder.FileDirRef).toLowerCase() !== root || folder.FileLeafRef !== key) continue;
    let itemId = onRoster.get(key);
    if (itemId === undefined) {
      const added = (await roster.items.add({
        Title: key,
        StaffKey: key,
        ReviewerKey: folder.ReviewerKey ?? '',
        Payload: folder.Payload ?? ''
      })) as { Id?: number; data?: { Id?: number } };
      itemId = Number(added.Id ?? added.data?.Id);
      onRoster.set(key, itemId);
    }
    if (!folder.HasUniqueRoleAssignments) continue; // not opened: only administrators have access
    const people = await peopleOnFolder(records, Number(folder.Id), groupIds);
    if (people.length) await grantOnItem(roster.items.getById(itemId), people, 'read');
  }
}
