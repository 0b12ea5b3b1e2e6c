/**
 * The OData $filter subset SharePoint REST accepts on list items: eq ne lt le gt ge, and, or, parentheses,
 * startswith(Field,'x'), substringof('x',Field), string literals with quotes doubled ('O''Neill'), numbers,
 * true/false, null and datetime'…' literals. Text comparisons are case-insensitive, as SharePoint's are.
 * Anything else is refused (400), as SharePoint refuses it: `not`, arithmetic, endswith/tolower/… are listed "not
 * supported" or absent (learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-
 * requests; `not substringof(…)` "isn't a correct syntax": SharePoint/sp-dev-docs#9823), and the two functions are
 * lower case only ("the method name is case sensitive and only lower case works": c-sharpcorner, "OData and String
 * Comparison Filters in SharePoint").
 */

/** A literal value in a filter. */
export type Literal = string | number | boolean | null | { datetime: string };

/** The parsed filter. */
export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'cmp'; op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'; field: string; value: Literal }
  | { type: 'startswith' | 'substringof'; field: string; value: string };

/** A filter SharePoint would refuse with 400. */
export class FilterSyntaxError extends Error {}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'punct'; text: '(' | ')' | ',' }
  | { kind: 'datetime'; text: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '(' || ch === ')' || ch === ',') { tokens.push({ kind: 'punct', text: ch }); i++; continue; }
    if (ch === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new FilterSyntaxError('Unterminated string literal');
        if (input[i] === "'" && input[i + 1] === "'") { text += "'"; i += 2; continue; }
        if (input[i] === "'") { i++; break; }
        text += input[i++];
      }
      tokens.push({ kind: 'string', text });
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(input.slice(i));
    if (number) { tokens.push({ kind: 'number', value: Number(number[0]) }); i += number[0].length; continue; }
    const datetime = /^datetime'([^']*)'/i.exec(input.slice(i));
    if (datetime) { tokens.push({ kind: 'datetime', text: datetime[1] }); i += datetime[0].length; continue; }
    const word = /^[A-Za-z_][\w/.]*/.exec(input.slice(i));
    if (!word) throw new FilterSyntaxError(`Unexpected character '${ch}' at ${i}`);
    tokens.push({ kind: 'word', text: word[0] });
    i += word[0].length;
  }
  return tokens;
}

/** Parses a $filter expression. */
export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  let pos = 0;
  const peekWord = (): string | undefined =>
    tokens[pos]?.kind === 'word' ? (tokens[pos] as { text: string }).text.toLowerCase() : undefined;
  const expectPunct = (text: string): void => {
    const t = tokens[pos++];
    if (!t || t.kind !== 'punct' || t.text !== text) throw new FilterSyntaxError(`Expected '${text}'`);
  };
  const literal = (): Literal => {
    const t = tokens[pos++];
    if (!t) throw new FilterSyntaxError('Expected a value');
    if (t.kind === 'string') return t.text;
    if (t.kind === 'number') return t.value;
    if (t.kind === 'datetime') return { datetime: t.text };
    if (t.kind === 'word' && /^(true|false)$/i.test(t.text)) return t.text.toLowerCase() === 'true';
    if (t.kind === 'word' && /^null$/i.test(t.text)) return null;
    throw new FilterSyntaxError('Expected a literal value');
  };
  const field = (): string => {
    const t = tokens[pos++];
    if (!t || t.kind !== 'word') throw new FilterSyntaxError('Expected a field name');
    return t.text;
  };
  const primary = (): FilterNode => {
    const t = tokens[pos];
    if (t?.kind === 'punct' && t.text === '(') {
      pos++;
      const inner = or();
      expectPunct(')');
      return inner;
    }
    const word = t?.kind === 'word' ? t.text : undefined;
    if (word === 'startswith' || word === 'substringof') {
      pos++;
      expectPunct('(');
      const node: FilterNode = word === 'startswith'
        ? { type: 'startswith', field: field(), value: (expectPunct(','), String(literal())) }
        : (() => { const value = String(literal()); expectPunct(','); return { type: 'substringof' as const, field: field(), value }; })();
      expectPunct(')');
      return node;
    }
    const name = field();
    const op = peekWord();
    if (!op || !['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(op)) throw new FilterSyntaxError(`Expected an operator after ${name}`);
    pos++;
    return { type: 'cmp', op: op as Extract<FilterNode, { type: 'cmp' }>['op'], field: name, value: literal() };
  };
  const unary = (): FilterNode => {
    if (peekWord() === 'not') throw new FilterSyntaxError("The operator 'not' is not supported");
    return primary();
  };
  const and = (): FilterNode => {
    let left = unary();
    while (peekWord() === 'and') { pos++; left = { type: 'and', left, right: unary() }; }
    return left;
  };
  function or(): FilterNode {
    let left = and();
    while (peekWord() === 'or') { pos++; left = { type: 'or', left, right: and() }; }
    return left;
  }
  const tree = or();
  if (pos !== tokens.length) throw new FilterSyntaxError('Unexpected text after the filter');
  return tree;
}

/** The field of the first clause SharePoint evaluates: what the list-view threshold looks at. */
export function firstClauseField(node: FilterNode): string {
  switch (node.type) {
    case 'and':
    case 'or':
      return firstClauseField(node.left);
    default:
      return node.field;
  }
}

function comparable(v: unknown): string | number | boolean | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'object' && v !== null && 'datetime' in v) return Date.parse(String((v as { datetime: string }).datetime));
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return Date.parse(v);
  return typeof v === 'string' ? v.toLowerCase() : (v as number | boolean);
}

/** Evaluates the filter against an item's values (`get` reads a field, including lookups like AuthorId). */
export function matches(node: FilterNode, get: (field: string) => unknown): boolean {
  switch (node.type) {
    case 'and':
      return matches(node.left, get) && matches(node.right, get);
    case 'or':
      return matches(node.left, get) || matches(node.right, get);
    case 'startswith':
      return String(get(node.field) ?? '').toLowerCase().startsWith(node.value.toLowerCase());
    case 'substringof':
      return String(get(node.field) ?? '').toLowerCase().includes(node.value.toLowerCase());
    case 'cmp': {
      const a = comparable(get(node.field));
      const b = comparable(node.value);
      if (node.op === 'eq') return a === b;
      if (node.op === 'ne') return a !== b;
      if (a === null || b === null) return false;
      if (node.op === 'lt') return a < b;
      if (node.op === 'le') return a <= b;
      if (node.op === 'gt') return a > b;
      return a >= b;
    }
    default: {
      const unreachable: never = node;
      return unreachable;
    }
  }
}
