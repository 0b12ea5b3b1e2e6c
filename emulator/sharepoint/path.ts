/** Splits a REST path after `_api/` into segments: `getByTitle('O''Neill')` → { name: 'getbytitle', args: "'O''Neill'" }. */

/** One path segment. */
export interface Segment {
  /** Lower-cased name. */
  name: string;
  /** The raw text inside the parentheses, if any. */
  args: string | undefined;
}

/** Splits on '/' outside quotes and parentheses. */
export function splitPath(path: string): Segment[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === "'" && depth > 0) {
      if (quoted && path[i + 1] === "'") { current += "''"; i++; continue; }
      quoted = !quoted;
    } else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    if (ch === '/' && depth === 0 && !quoted) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts.map((p) => {
    const open = p.indexOf('(');
    return open === -1
      ? { name: p.toLowerCase(), args: undefined }
      : { name: p.slice(0, open).toLowerCase(), args: p.slice(open + 1, p.lastIndexOf(')')) };
  });
}

/** A single quoted string argument: `'O''Neill'` → O'Neill. */
export function stringArg(args: string | undefined): string {
  const m = /^\s*'((?:[^']|'')*)'\s*$/.exec(args ?? '');
  if (!m) throw new Error(`Expected a quoted string, got ${args}`);
  return m[1].replace(/''/g, "'");
}

/** Named arguments: `principalid=3,roledefid=1073741827` or `DecodedUrl='x',overwrite=false`, keys lower-cased. */
export function namedArgs(args: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /(\w+)\s*=\s*('(?:[^']|'')*'|[^,]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(args ?? ''))) out[m[1].toLowerCase()] = m[2].startsWith("'") ? m[2].slice(1, -1).replace(/''/g, "'") : m[2].trim();
  return out;
}
