/**
 * RosterStore over SharePoint: one item per staff member in the roster list, which only administrators write, and
 * the person's folder in the records list (named by the neutral staff key) that their record will live in.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import { fail, ok, type Result } from '../../domain';
import type { DataError, ItemProblem, RosterDraft, RosterEntry, RosterListing, RosterStore, RosterWrite } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { parseRosterToken, ROSTER_SELECT, rosterFields, toRosterEntry } from './mappers/rosterMapper';
import type { RawItem } from './mappers/validate';
import { readRoster } from './mappers/binding';
import { odataString } from '../odataLiteral';
import { addFolderOnce, ensureFolderItem, rootUrl } from './personFolders';
import { inBatches } from './batches';

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
   * Many adds and updates in `$batch` requests (issue 14). One round trip reads the records list's root and which staff
   * keys have a roster item already; then every row's writes go in batches of at most 100 parts: for a new person their
   * folder in the records list (one already there is left as it is) and their item — added, or updated when an earlier
   * run whose answer was lost had added it, so a retry never makes a second item; for an update, the item with its
   * ETag, so a stale one is a conflict for that row alone. SharePoint carries out each part of a batch on its own and
   * rolls nothing back (see batches.ts), so a row fails only by its own parts, and passing it again is safe.
   */
  async saveRosterEntries(rows: readonly RosterWrite[]): Promise<Result<Array<DataError | undefined>, DataError>> {
    try {
      const [batched, execute] = this.sp.batched();
      const reads = Promise.all([
        rootUrl(batched.web.lists.getByTitle(LISTS.records.title)),
        batched.web.lists.getByTitle(LISTS.roster.title).items.select('Id', 'StaffKey').top(5000)<
          Array<{ Id: number; StaffKey: string | null }>
        >()
      ]);
      reads.catch(() => undefined);
      await execute();
      const [recordsRoot, items] = await reads;
      const itemOf = new Map(items.map((i) => [String(i.StaffKey), i.Id]));
      const outcomes: Array<DataError | undefined> = rows.map(() => undefined);
      const parts: Array<{ row: number; send(b: SPFI): Promise<unknown> }> = [];
      const roster = (b: SPFI): IList => b.web.lists.getByTitle(LISTS.roster.title);
      rows.forEach((row, index) => {
        const fields = rosterFields(row.entry);
        if (row.etag !== undefined) {
          const token = parseRosterToken(row.etag);
          if (token) parts.push({ row: index, send: (b) => roster(b).items.getById(token.itemId).update(fields, token.etag) });
          else outcomes[index] = { code: 'conflict' };
          return;
        }
        const existing = itemOf.get(row.entry.id);
        parts.push(
          { row: index, send: (b) => addFolderOnce(b.web.lists.getByTitle(LISTS.records.title), recordsRoot, row.entry.id) },
          { row: index, send: (b) => (existing ? roster(b).items.getById(existing).update(fields, '*') : roster(b).items.add(fields)) }
        );
      });
      const settled = await inBatches(this.sp, parts, (b, part) => part.send(b));
      settled.forEach((o, k) => {
        if (o.status === 'rejected' && !outcomes[parts[k].row]) outcomes[parts[k].row] = toDataError(o.reason);
      });
      return ok(outcomes);
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
