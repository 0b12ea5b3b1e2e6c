/**
 * AppraisalFrameworks items (issue 18): one item per pack, keyed by its code, and one per staff category holding that
 * category's exemplar objectives. The payload is validated on read; an item that fails is left out, never shown raw.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { z } from 'zod';
import {
  FRAMEWORK_LIMITS,
  STAFF_CATEGORIES,
  type ExemplarObjective,
  type FrameworkCatalogue,
  type FrameworkPack,
  type StaffCategory
} from '../../domain';
import { LISTS } from './schema';
import { parsePayload, type RawItem } from './mappers/validate';

/** The FrameworkCode of the item holding a category's exemplar objectives. */
export const exemplarsCode = (category: StaffCategory): string => `exemplars:${category}`;

const short = z.string().max(FRAMEWORK_LIMITS.title);
const category = z.enum(STAFF_CATEGORIES);
const packPayload = z.object({
  v: z.literal(1),
  kind: z.literal('pack'),
  title: short,
  source: z.string().max(FRAMEWORK_LIMITS.source),
  edition: z.string().max(FRAMEWORK_LIMITS.edition),
  categories: z.array(category),
  caveat: z.string().max(FRAMEWORK_LIMITS.caveat).optional(),
  hidden: z.boolean().optional(),
  items: z.array(z.object({ code: short, title: short, theme: short, hidden: z.boolean().optional() })).max(FRAMEWORK_LIMITS.items)
});
const exemplarPayload = z.object({
  v: z.literal(1), kind: z.literal('exemplars'), category,
  exemplars: z.array(z.object({ title: z.string(), successCriteria: z.string(), agreedEvidence: z.string() }))
});
const payload = z.union([packPayload, exemplarPayload]);

/** Whether a pack fits what a read accepts, so a save never writes an item every later read would leave out. */
export function packFits(pack: FrameworkPack): boolean {
  const { code, ...rest } = pack;
  return code.length > 0 && code.length <= FRAMEWORK_LIMITS.title && packPayload.safeParse({ v: 1, kind: 'pack', ...rest }).success;
}

/** The column values of a pack's item. */
export function packValues(pack: FrameworkPack): Record<string, string> {
  const { code, ...rest } = pack;
  return { Title: code, FrameworkCode: code, Payload: JSON.stringify({ v: 1, kind: 'pack', ...rest }) };
}

/** The column values of a category's exemplars item. */
export function exemplarValues(forCategory: StaffCategory, exemplars: readonly ExemplarObjective[]): Record<string, string> {
  const code = exemplarsCode(forCategory);
  return { Title: code, FrameworkCode: code, Payload: JSON.stringify({ v: 1, kind: 'exemplars', category: forCategory, exemplars }) };
}

/** Every item of the list, oldest first (the list holds a few dozen). */
export function frameworkRows(sp: SPFI): Promise<RawItem[]> {
  return sp.web.lists.getByTitle(LISTS.frameworks.title).items.select('Id', 'FrameworkCode', 'Payload').orderBy('Id', true).top(5000)<
    RawItem[]
  >();
}

/** The catalogue the items hold. Should an add have been sent twice, the newest item of a code wins. */
export function catalogueFrom(rows: readonly RawItem[]): FrameworkCatalogue {
  const packs = new Map<string, FrameworkPack>();
  const exemplars: FrameworkCatalogue['exemplars'] = {};
  for (const row of rows) {
    const parsed = parsePayload(row, LISTS.frameworks.title, 'Payload', payload);
    if (!parsed.ok) continue;
    const p = parsed.value;
    if (p.kind === 'exemplars') exemplars[p.category] = p.exemplars;
    else
      packs.set(String(row.FrameworkCode ?? ''), {
        code: String(row.FrameworkCode ?? ''),
        title: p.title,
        source: p.source,
        edition: p.edition,
        categories: p.categories,
        items: p.items,
        ...(p.caveat !== undefined ? { caveat: p.caveat } : {}),
        ...(p.hidden ? { hidden: true } : {})
      });
  }
  return { packs: Array.from(packs.values()), exemplars };
}
