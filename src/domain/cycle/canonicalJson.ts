/** Canonical JSON: the one way the domain compares or fingerprints structured content. */
export type Json = string | number | boolean | undefined | readonly Json[] | { readonly [key: string]: Json };

/** JSON with object keys sorted at every level: the same content always gives the same text. Undefined is dropped. */
export function canonicalJson(value: Json): string {
  if (value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const record = value as { readonly [key: string]: Json };
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
