/** RosterStore over SharePoint: one folder per staff member in the records list, named by the neutral staff key. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import { fail, ok, type Result } from '../../domain';
import type { DataError, RosterDraft, RosterEntry, RosterStore } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { parseRosterToken, ROSTER_SELECT, rosterFields, toRosterEntry } from './mappers/rosterMapper';
import type { RawItem } from './mappers/validate';

/** Pages of this size keep every query under the list-view threshold. */
const PAGE = 2000;

/** Reads and writes the roster; only administrators (Full Control on the records list) can see every folder. */
export class SpRosterStore implements RosterStore {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LISTS.records.title);
  }

  async listRoster(): Promise<Result<RosterEntry[], DataError>> {
    try {
      const entries: RosterEntry[] = [];
      const query = this.list.items.filter("RecordKind eq 'staff'").select(...ROSTER_SELECT).top(PAGE);
      for await (const page of query) {
        for (const item of page as RawItem[]) {
          const entry = toRosterEntry(item);
          if (!entry.ok) return entry;
          entries.push(entry.value);
        }
      }
      return ok(entries.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB')));
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async saveRosterEntry(entry: RosterDraft, etag: string | undefined): Promise<Result<RosterEntry, DataError>> {
    try {
      const token = etag === undefined ? undefined : parseRosterToken(etag);
      if (etag !== undefined && !token) return fail({ code: 'conflict' });
      const itemId = token ? token.itemId : await this.createFolder(entry.id);
      const item = this.list.items.getById(itemId);
      await item.update(rosterFields(entry), token?.etag ?? '*');
      const saved = toRosterEntry(await item.select(...ROSTER_SELECT)<RawItem>());
      return saved;
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  /** Creates the person's folder (it inherits the list's admin-only permissions) and returns its item id. */
  private async createFolder(name: string): Promise<number> {
    await this.list.rootFolder.folders.addUsingPath(name);
    const item = await this.list.rootFolder.folders.getByUrl(name).getItem<{ Id: number }>('Id');
    return item.Id;
  }
}
