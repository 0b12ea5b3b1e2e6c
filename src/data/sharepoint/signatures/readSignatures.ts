/**
 * Reads signature items for people or cycles, already trimmed by SharePoint to what the user may read. Lookups are
 * on the indexed StaffKey or CycleKey column, a few keys per query and all queries in one $batch, so a team of 30 or
 * a whole school costs one round trip and no query ever selects more than a person's own entries.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { SignatureEntry } from '../../../domain';
import { odataString } from '../../odataLiteral';
import { LISTS, REVIEW_SIGNATURE_KINDS } from '../schema';
import { SIGNATURE_SELECT, toSignatureEntry } from '../mappers/signatureMapper';
import type { RawItem } from '../mappers/validate';

/** Keys per query: short enough for any URL, small enough that one query never nears the list-view threshold. */
const KEYS_PER_QUERY = 20;
/** SharePoint accepts at most 100 requests in one $batch. */
const QUERIES_PER_BATCH = 100;

/** Entries by cycle key, and the items that could not count (strays and malformed ones), for administrators. */
export interface SignatureRead {
  byCycle: Map<string, SignatureEntry[]>;
  problems: Array<{ itemId: number; field: string }>;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The queries for every entry whose `column` equals one of `keys`, on whatever (batched) SPFI is given. */
export function signatureQueries(sp: SPFI, column: 'StaffKey' | 'CycleKey', keys: readonly string[]): Array<Promise<RawItem[]>> {
  const list = sp.web.lists.getByTitle(LISTS.signatures.title);
  return chunks(Array.from(new Set(keys)), KEYS_PER_QUERY).map((group) =>
    list.items.filter(group.map((k) => `${column} eq ${odataString(k)}`).join(' or ')).select(...SIGNATURE_SELECT).top(5000)<RawItem[]>()
  );
}

const REVIEWS = new Set<string>(Object.values(REVIEW_SIGNATURE_KINDS));

/** Sorts what the queries returned into entries by cycle, setting aside what cannot count. */
export function collectSignatures(pages: readonly RawItem[][], into: SignatureRead = { byCycle: new Map(), problems: [] }): SignatureRead {
  for (const items of pages) {
    for (const item of items) {
      // Review requests and decisions share the list and are read by SpReviewRequests, never as signatures.
      if (REVIEWS.has(String(item.SignatureKind))) continue;
      const entry = toSignatureEntry(item);
      if (!entry.ok) {
        into.problems.push({ itemId: Number(item.Id), field: entry.error.code === 'malformed' ? entry.error.field : 'FileDirRef' });
        continue;
      }
      const cycleKey = String(item.CycleKey);
      const entries = into.byCycle.get(cycleKey);
      if (entries) entries.push(entry.value);
      else into.byCycle.set(cycleKey, [entry.value]);
    }
  }
  return into;
}

/** Every entry whose `column` (StaffKey or CycleKey, both indexed) equals one of `keys`, 100 queries per $batch. */
export async function readSignatures(sp: SPFI, column: 'StaffKey' | 'CycleKey', keys: readonly string[]): Promise<SignatureRead> {
  const read: SignatureRead = { byCycle: new Map(), problems: [] };
  const groups = chunks(Array.from(new Set(keys)), KEYS_PER_QUERY * QUERIES_PER_BATCH);
  for (const group of groups) {
    const [batchedSp, execute] = sp.batched();
    const pending = signatureQueries(batchedSp, column, group);
    await execute();
    collectSignatures(await Promise.all(pending), read);
  }
  return read;
}
