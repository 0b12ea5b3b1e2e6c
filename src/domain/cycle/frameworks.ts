/**
 * Framework packs as data (UK-17, DOMAIN §7.9): stable codes, short headings and a source reference, enabled per
 * staff category. The packs live in the AppraisalFrameworks list, where HR edits, hides and adds the school's own;
 * objectives keep an item's code, never its title, so a link survives an edit or a hidden pack. No pack is a
 * pass/fail checklist or a basis for capability.
 */
import { STAFF_CATEGORIES, type StaffCategory } from '../staff';
import { canonicalJson, type Json } from './canonicalJson';

/** One item of a pack that objectives and evidence may link to by code. */
export interface FrameworkItem {
  code: string;
  title: string;
  theme: string;
  /** Hidden by HR: no longer offered, still named where an objective already links to it. */
  hidden?: boolean;
}

/** A published framework, or the school's own: where it comes from, which edition, which categories it is offered to. */
export interface FrameworkPack {
  code: string;
  title: string;
  source: string;
  edition: string;
  categories: readonly StaffCategory[];
  items: readonly FrameworkItem[];
  /** Shown wherever the pack appears. */
  caveat?: string;
  /** Hidden by HR: none of its items is offered any more. */
  hidden?: boolean;
}

/** An exemplar objective a reviewer may start from; never a target imposed on anyone. */
export interface ExemplarObjective {
  title: string;
  successCriteria: string;
  agreedEvidence: string;
}

/** Every pack (hidden ones too) and the exemplar objectives per category. */
export interface FrameworkCatalogue {
  packs: readonly FrameworkPack[];
  exemplars: Partial<Record<StaffCategory, readonly ExemplarObjective[]>>;
}

/**
 * Whether two copies of a pack hold the same content, whatever the order of their keys (one read from SharePoint, one
 * built in code): the check a save makes that nobody else saved the pack since the editor read it.
 */
export function samePack(a: FrameworkPack | undefined, b: FrameworkPack | undefined): boolean {
  return canonicalJson(a as unknown as Json) === canonicalJson(b as unknown as Json);
}

/** Limits of what HR types into a pack. */
export const FRAMEWORK_LIMITS = { title: 200, source: 1000, edition: 100, caveat: 1000, items: 60 } as const;

/** What is wrong with a pack HR is saving. */
export type FrameworkError =
  | 'titleMissing'
  | 'titleTooLong'
  | 'sourceTooLong'
  | 'noCategory'
  | 'noStandard'
  | 'standardTitleMissing'
  | 'tooManyStandards'
  | 'duplicateCode';

/** The packs offered for a staff category, with only their shown items; none for someone not yet categorised. */
export function packsFor(catalogue: FrameworkCatalogue, category: StaffCategory | undefined): FrameworkPack[] {
  if (category === undefined) return [];
  return catalogue.packs
    .filter((pack) => !pack.hidden && pack.categories.includes(category))
    .map((pack) => ({ ...pack, items: pack.items.filter((i) => !i.hidden) }))
    .filter((pack) => pack.items.length > 0);
}

/** The heading of a framework item by its code, from any pack, hidden or not. */
export function standardTitle(catalogue: FrameworkCatalogue, code: string): string | undefined {
  for (const pack of catalogue.packs) {
    const item = pack.items.find((i) => i.code === code);
    if (item) return item.title;
  }
  return undefined;
}

/** The exemplar objectives for a category. */
export function exemplarsFor(catalogue: FrameworkCatalogue, category: StaffCategory | undefined): readonly ExemplarObjective[] {
  return category ? catalogue.exemplars[category] ?? [] : [];
}

/** A code for a school's own pack that no pack has: "SCH-1", "SCH-2"… */
export function newPackCode(packs: readonly FrameworkPack[]): string {
  const taken = new Set(packs.map((p) => p.code));
  let n = 1;
  while (taken.has(`SCH-${n}`)) n += 1;
  return `SCH-${n}`;
}

/** A code for a new item of a pack, after its existing ones: codes are never reused, so links stay stable. */
export function newItemCode(pack: Pick<FrameworkPack, 'code' | 'items'>): string {
  const taken = new Set(pack.items.map((i) => i.code));
  let n = pack.items.length + 1;
  while (taken.has(`${pack.code}-${n}`)) n += 1;
  return `${pack.code}-${n}`;
}

/** What stops a pack being saved; none when it may be. */
export function validateFrameworkPack(pack: FrameworkPack, others: readonly FrameworkPack[]): FrameworkError[] {
  const errors: FrameworkError[] = [];
  if (!pack.title.trim()) errors.push('titleMissing');
  if (pack.title.length > FRAMEWORK_LIMITS.title) errors.push('titleTooLong');
  if (pack.source.length > FRAMEWORK_LIMITS.source || (pack.caveat ?? '').length > FRAMEWORK_LIMITS.caveat) errors.push('sourceTooLong');
  if (!pack.categories.length || pack.categories.some((c) => !STAFF_CATEGORIES.includes(c))) errors.push('noCategory');
  if (!pack.items.length) errors.push('noStandard');
  if (pack.items.some((i) => !i.title.trim() || i.title.length > FRAMEWORK_LIMITS.title)) errors.push('standardTitleMissing');
  if (pack.items.length > FRAMEWORK_LIMITS.items) errors.push('tooManyStandards');
  const codes = [...others.filter((p) => p.code !== pack.code).flatMap((p) => [p.code, ...p.items.map((i) => i.code)]), pack.code];
  const own = pack.items.map((i) => i.code);
  if (new Set(own).size !== own.length || own.some((c) => codes.includes(c))) errors.push('duplicateCode');
  return errors;
}
