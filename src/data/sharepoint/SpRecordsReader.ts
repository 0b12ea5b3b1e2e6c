/**
 * RecordsReader over SharePoint. Who a person's reviewer is comes from the roster list, which only administrators
 * write: a reviewer's team is the roster items with their key (SharePoint trims them to those opened for the
 * reviewer), then the records in those people's folders, in one batch of indexed StaffKey queries. Each record item
 * counts only in its own person's folder; strays and unreadable items are left out and named, never fatal. The
 * signatures come in the same batches, and where each record stands is computed from them.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import { fail, ok, type Result } from '../../domain';
import type { DataError, ItemProblem, OwnRecords, PeopleRecords, RecordsReader } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { ROSTER_SELECT } from './mappers/rosterMapper';
import { groupRecords, readRoster, RECORD_SELECT } from './mappers/binding';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';
import { supportPeriodsQuery, withSupportPeriods } from './SpSupportPlans';
import { inOneBatch, recordsRoot, valueOf } from './personFolders';
import { collectSignatures, signatureQueries } from './signatures/readSignatures';

/** Staff keys per records query: 20 keys keep each URL under 2,000 characters. */
export const KEY_CHUNK = 20;
const KINDS = "(RecordKind eq 'cycle' or RecordKind eq 'meeting')";

/** An indexed filter on the records of these people (the first clause is on StaffKey). */
export function staffKeyFilter(keys: readonly string[]): string {
  return `(${keys.map((k) => `StaffKey eq ${odataString(k)}`).join(' or ')}) and ${KINDS}`;
}

/** Reads the signed-in user's own records and their team's. */
export class SpRecordsReader implements RecordsReader {
  constructor(private readonly sp: SPFI) {}

  async mine(staffKey: string): Promise<Result<OwnRecords, DataError>> {
    try {
      const key = odataString(staffKey);
      const [roster, root, support, records, ...signed] = await inOneBatch(this.sp, (b) => [
        b.web.lists
          .getByTitle(LISTS.roster.title)
          .items.filter(`StaffKey eq ${key}`)
          .select(...ROSTER_SELECT)
          .top(5)<RawItem[]>(),
        recordsRoot(b),
        supportPeriodsQuery(b, [staffKey]),
        b.web.lists
          .getByTitle(LISTS.records.title)
          .items.filter(`StaffKey eq ${key} and ${KINDS}`)
          .select(...RECORD_SELECT)
          .top(5000)<RawItem[]>(),
        ...signatureQueries(b, 'StaffKey', [staffKey])
      ]);
      const problems: ItemProblem[] = [];
      const entries = readRoster(valueOf(roster), problems).filter((e) => e.id === staffKey);
      const folder = String(valueOf(root)[0]?.ServerRelativeUrl ?? '');
      const people = entries.length
        ? groupRecords(entries.slice(0, 1), valueOf(records), folder, problems, collectSignatures(signed.map(valueOf)))
        : [];
      return ok({ record: withSupportPeriods(people, valueOf(support))[0], problems });
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async team(reviewerKey: string): Promise<Result<PeopleRecords, DataError>> {
    try {
      const [roster, root] = await inOneBatch(this.sp, (b) => [
        b.web.lists
          .getByTitle(LISTS.roster.title)
          .items.filter(`ReviewerKey eq ${odataString(reviewerKey)}`)
          .select(...ROSTER_SELECT)
          .top(5000)<RawItem[]>(),
        recordsRoot(b)
      ]);
      const problems: ItemProblem[] = [];
      const entries = readRoster(valueOf(roster), problems).filter((e) => e.reviewer === reviewerKey);
      if (!entries.length) return ok({ people: [], problems });
      const keys = entries.map((e) => e.id);
      const chunks: string[][] = [];
      for (let i = 0; i < keys.length; i += KEY_CHUNK) chunks.push(keys.slice(i, i + KEY_CHUNK));
      const pages = await inOneBatch(this.sp, (b) => [
        ...chunks.map((chunk) =>
          b.web.lists
            .getByTitle(LISTS.records.title)
            .items.filter(staffKeyFilter(chunk))
            .select(...RECORD_SELECT)
            .top(5000)<RawItem[]>()
        ),
        ...chunks.map((chunk) => supportPeriodsQuery(b, chunk)),
        ...signatureQueries(b, 'StaffKey', keys)
      ]);
      const items = pages.slice(0, chunks.length).flatMap((p) => valueOf(p));
      const support = pages.slice(chunks.length, 2 * chunks.length).flatMap((p) => valueOf(p));
      const signatures = collectSignatures(pages.slice(2 * chunks.length).map(valueOf));
      const people = groupRecords(entries, items, String(valueOf(root)[0]?.ServerRelativeUrl ?? ''), problems, signatures);
      return ok({ people: withSupportPeriods(people, support), problems });
    } catch (error) {
      return fail(toDataError(error));
    }
  }
}
