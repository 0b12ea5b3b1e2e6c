/**
 * RosterStore over SharePoint: one item per staff member in the roster list, which only administrators write, and
 * the person's folder in the records list (named by the neutral staff key) that their record will live in.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import { fail, ok, type Result } from '../../domain';
import type { DataError, ItemProblem, RosterDraft, RosterEntry, RosterListing, RosterStore } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { parseRosterToken, ROSTER_SELECT, rosterFields, toRosterEntry } from './mappers/rosterMapper';
import type { RawItem } from './mappers/validate';
import { readRoster } from './mappers/binding';
import { odataString } from '../odataLiteral';
import { ensureFolderItem } from './personFolders';

/** Pages of this size keep every query under the list-view threshold. */
const PAGE = 2000;

/** Reads and writes the roster; only administrators (Full Control on the roster list) see and change every item. */
export class SpRosterStore implements RosterStore {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LISTS.roster.title);
  }

  async listRoster(): Promise<Result<RosterListing, DataError>> {
    try {
      const items: RawItem[] = [];
      for await (const page of this.list.items.select(...ROSTER_SELECT).top(PAGE)) items.push(...(page as RawItem[]));
      const problems: ItemProblem[] = [];
      const entries = readRoster(items, problems);
      return ok({ entries: entries.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB')), problems });
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async saveRosterEntry(entry: RosterDraft, etag: string | undefined): Promise<Result<RosterEntry, DataError>> {
    try {
      const token = etag === undefined ? undefined : parseRosterToken(etag);
      if (etag !== undefined && !token) return fail({ code: 'conflict' });
      const itemId = token ? token.itemId : await this.addItem(entry);
      const item = this.list.items.getById(itemId);
      if (token) await item.update(rosterFields(entry), token.etag);
      return toRosterEntry(await item.select(...ROSTER_SELECT)<RawItem>());
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  /**
   * Adds the person: their folder in the records list (it inherits the list's admin-only permissions) and their
   * roster item. Safe to run again after a lost response: what exists already is kept and brought up to date.
   */
  private async addItem(entry: RosterDraft): Promise<number> {
    await ensureFolderItem(this.sp, 'records', entry.id);
    const existing = await this.list.items.filter(`StaffKey eq ${odataString(entry.id)}`).select('Id').top(1)<Array<{ Id: number }>>();
    if (existing.length) {
      await this.list.items.getById(existing[0].Id).update(rosterFields(entry), '*');
      return existing[0].Id;
    }
    const added = (await this.list.items.add(rosterFields(entry))) as { Id?: number; data?: { Id?: number } };
    return Number(added.Id ?? added.data?.Id);
  }
}
