/**
 * A three-way merge of plain JSON-like documents: `base` is the version an editor started from, `mine` what they
 * have now, `theirs` what someone else saved meanwhile. A part only one side changed takes that side's value; lists
 * whose items carry an `id` are merged item by item; other lists are merged as collections of values; a scalar both
 * sides changed differently is a conflict, and the merged document holds `mine` there until someone chooses.
 */

/** A value as documents hold it once parsed from JSON (undefined for a missing optional field). */
export type Plain = string | number | boolean | undefined | Plain[] | { [key: string]: Plain };

/** Where a value sits: object keys, and item ids inside lists merged by id. */
export type MergePath = readonly string[];

/** A scalar both sides changed to different values. */
export interface RawConflict {
  path: MergePath;
  base: Plain;
  mine: Plain;
  theirs: Plain;
}

/** The merged value and what could not be merged. */
export interface RawMerge<T> {
  merged: T;
  conflicts: RawConflict[];
}

type PlainObject = { [key: string]: Plain };

const unique = (keys: string[]): string[] => keys.filter((k, i) => keys.indexOf(k) === i);

const isObject = (v: Plain): v is PlainObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of plain values, where a key holding undefined is the same as a missing key. */
export function samePlain(a: Plain, b: Plain): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => samePlain(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  return unique([...Object.keys(a), ...Object.keys(b)]).every((key) => samePlain(a[key], b[key]));
}

/** A canonical text of a value (sorted keys, undefined dropped), to count equal values. */
function canonical(v: Plain): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return v === undefined ? 'null' : JSON.stringify(v);
}

const hasId = (v: Plain): v is PlainObject & { id: string } => isObject(v) && typeof v.id === 'string';

function byId(list: readonly Plain[]): Map<string, Plain> {
  const map = new Map<string, Plain>();
  for (const item of list) if (hasId(item) && !map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Items by id: adds from both kept, a delete applied unless the other side edited the item, the rest merged. */
function mergeById(
  base: readonly Plain[],
  mine: readonly Plain[],
  theirs: readonly Plain[],
  path: MergePath,
  conflicts: RawConflict[]
): Plain[] {
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const ids = [...Array.from(t.keys()), ...Array.from(m.keys()).filter((id) => !t.has(id))];
  const out: Plain[] = [];
  for (const id of ids) {
    const inBase = b.has(id);
    if (m.has(id) && t.has(id)) out.push(mergeValue(b.get(id), m.get(id), t.get(id), [...path, id], conflicts));
    else if (m.has(id) && (!inBase || !samePlain(m.get(id), b.get(id)))) out.push(m.get(id));
    else if (t.has(id) && (!inBase || !samePlain(t.get(id), b.get(id)))) out.push(t.get(id));
  }
  return out;
}

function counts(list: readonly Plain[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of list) map.set(canonical(item), (map.get(canonical(item)) ?? 0) + 1);
  return map;
}

/** Values without ids, as a collection: each side's adds and removals applied, in their order then mine's. */
function mergeValues(base: readonly Plain[], mine: readonly Plain[], theirs: readonly Plain[]): Plain[] {
  const [cb, cm, ct] = [counts(base), counts(mine), counts(theirs)];
  const want = (key: string): number => {
    const [nb, nm, nt] = [cb.get(key) ?? 0, cm.get(key) ?? 0, ct.get(key) ?? 0];
    if (nm === nt || nm === nb) return nt;
    if (nt === nb) return nm;
    return Math.max(0, nm + nt - nb);
  };
  const taken = new Map<string, number>();
  const out: Plain[] = [];
  for (const item of [...theirs, ...mine]) {
    const key = canonical(item);
    const n = taken.get(key) ?? 0;
    if (n < want(key)) {
      out.push(item);
      taken.set(key, n + 1);
    }
  }
  return out;
}

function mergeObjects(base: PlainObject, mine: PlainObject, theirs: PlainObject, path: MergePath, conflicts: RawConflict[]): PlainObject {
  const out: PlainObject = {};
  for (const key of unique([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])) {
    const value = mergeValue(base[key], mine[key], theirs[key], [...path, key], conflicts);
    if (value !== undefined || key in mine || key in theirs) out[key] = value;
  }
  return out;
}

function mergeValue(base: Plain, mine: Plain, theirs: Plain, path: MergePath, conflicts: RawConflict[]): Plain {
  if (samePlain(mine, theirs) || samePlain(base, theirs)) return mine;
  if (samePlain(base, mine)) return theirs;
  const sides = [base, mine, theirs].filter((v) => v !== undefined);
  if (sides.every(isObject)) {
    // One side removed a whole part the other changed: keep the changed one.
    if (base !== undefined && mine === undefined) return theirs;
    if (base !== undefined && theirs === undefined) return mine;
    return mergeObjects((base ?? {}) as PlainObject, (mine ?? {}) as PlainObject, (theirs ?? {}) as PlainObject, path, conflicts);
  }
  if (sides.every(Array.isArray)) {
    const [b, m, t] = [base ?? [], mine ?? [], theirs ?? []] as Plain[][];
    return [...b, ...m, ...t].every(hasId) ? mergeById(b, m, t, path, conflicts) : mergeValues(b, m, t);
  }
  conflicts.push({ path, base, mine, theirs });
  return mine;
}

/** Merges `mine` and `theirs`, both changed from `base`. */
export function mergePlain<T>(base: T, mine: T, theirs: T): RawMerge<T> {
  const conflicts: RawConflict[] = [];
  const merged = mergeValue(base as unknown as Plain, mine as unknown as Plain, theirs as unknown as Plain, [], conflicts);
  return { merged: merged as unknown as T, conflicts };
}

/** The value at `path` (ids select list items). */
export function valueAt(doc: unknown, path: MergePath): Plain {
  let here = doc as Plain;
  for (const step of path) {
    if (Array.isArray(here)) here = here.find((item) => hasId(item) && item.id === step);
    else if (isObject(here)) here = here[step];
    else return undefined;
  }
  return here;
}

/** A copy of `doc` with `value` at `path`; the document is unchanged if the path no longer exists. */
export function withValueAt<T>(doc: T, path: MergePath, value: Plain): T {
  const set = (here: Plain, rest: MergePath): Plain => {
    if (rest.length === 0) return value;
    const [step, ...more] = rest;
    if (Array.isArray(here)) return here.map((item) => (hasId(item) && item.id === step ? set(item, more) : item));
    if (isObject(here) && (step in here || more.length === 0)) return { ...here, [step]: set(here[step], more) };
    return here;
  };
  return set(doc as unknown as Plain, path) as unknown as T;
}
