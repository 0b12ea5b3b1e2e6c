/**
 * Every item the product wrote in the retained lists, as keys and dates only (never content): what retention stamps,
 * a disposal review reviews and a subject-access bundle indexes. Private notes are read as the data-protection role.
 * Folders are left out (they hold items and no content of their own).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IsoDate } from '../../../domain';
import type { DatedItem } from '../../ports';
import { LISTS, RETAINED_LISTS, type ListKey } from '../schema';
import type { RawItem } from '../mappers/validate';
import { asDataProtection } from './dataProtectionRole';

/** A retained item as read. */
export type DatedItemRow = DatedItem;

/** The columns each list has for keys (all of them have Id, Created and, from schema 3, RetainUntil). */
const KEYS: Record<
  (typeof RETAINED_LISTS)[number],
  { select: string[]; ref: (i: RawItem) => string; kind: (i: RawItem) => string; cycle: (i: RawItem) => string | undefined }
> = {
  records: {
    select: ['StaffKey', 'CycleKey', 'RecordKind', 'Title'],
    ref: (i) => String(i.Title ?? i.Id),
    kind: (i) => String(i.RecordKind ?? 'record'),
    cycle: (i) => (i.CycleKey as string) ?? undefined
  },
  evidence: {
    select: ['StaffKey', 'CycleKey', 'ObjectiveKey'],
    ref: (i) => `evidence:${String(i.Id)}`,
    kind: () => 'evidence',
    cycle: (i) => (i.CycleKey as string) ?? undefined
  },
  signatures: {
    select: ['StaffKey', 'CycleKey', 'SignatureKind', 'EntryKey'],
    ref: (i) => String(i.EntryKey ?? i.Id),
    kind: (i) => String(i.SignatureKind ?? 'signature'),
    cycle: (i) => (i.CycleKey as string) ?? undefined
  },
  audit: {
    select: ['StaffKey', 'Action', 'RecordRef', 'EntryKey'],
    ref: (i) => String(i.EntryKey ?? i.Id),
    kind: (i) => `audit:${String(i.Action ?? '')}`,
    cycle: (i) => (i.RecordRef as string) ?? undefined
  },
  privateNotes: { select: ['StaffKey', 'EntryKey'], ref: (i) => `note:${String(i.Id)}`, kind: () => 'privateNote', cycle: () => undefined },
  governorReports: {
    select: ['CycleKey', 'EntryKey'],
    ref: (i) => String(i.EntryKey ?? i.Id),
    kind: () => 'governorReport',
    cycle: (i) => (i.CycleKey as string) ?? undefined
  },
  supportPlans: {
    select: ['StaffKey', 'EntryKey'],
    ref: (i) => String(i.EntryKey ?? i.Id),
    kind: () => 'supportPlan',
    cycle: () => undefined
  }
};

async function readList(sp: SPFI, key: (typeof RETAINED_LISTS)[number], filter?: string): Promise<DatedItemRow[]> {
  const def = KEYS[key];
  const list = sp.web.lists.getByTitle(LISTS[key].title);
  let query = list.items.select('Id', 'Created', 'RetainUntil', 'FSObjType', 'OData__ComplianceTag', ...def.select).top(5000);
  if (filter) query = query.filter(filter);
  const out: DatedItemRow[] = [];
  for await (const page of query) {
    for (const i of page as RawItem[]) {
      if (Number(i.FSObjType ?? 0) === 1) continue;
      out.push({
        list: LISTS[key].title,
        itemId: Number(i.Id),
        staffKey: String(i.StaffKey ?? ''),
        ref: def.ref(i),
        kind: def.kind(i),
        retainUntil: typeof i.RetainUntil === 'string' && i.RetainUntil ? (i.RetainUntil.slice(0, 10) as IsoDate) : undefined,
        cycleKey: def.cycle(i),
        created: String(i.Created ?? '').slice(0, 10) as IsoDate,
        label: (i.OData__ComplianceTag as string) || undefined
      });
    }
  }
  return out;
}

/** Every retained item, list by list (`filter` narrows each query, e.g. to one person or to items past a date). */
export async function readRetainedItems(sp: SPFI, filter?: (key: ListKey) => string | undefined): Promise<DatedItemRow[]> {
  const all: DatedItemRow[] = [];
  for (const key of RETAINED_LISTS) {
    const read = (): Promise<DatedItemRow[]> => readList(sp, key, filter?.(key));
    all.push(...(LISTS[key] as { custody?: boolean }).custody ? await asDataProtection(sp, read) : await read());
  }
  return all;
}
