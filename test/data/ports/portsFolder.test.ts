/**
 * @jest-environment node
 */
// The ports folder (issue 19): one port per file, each importing only the domain and its sibling files, with no import
// cycle among them (type-only imports count: a cycle of types is still a knot a reader has to untie).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const DATA = join(__dirname, '..', '..', '..', 'src', 'data');
const PORTS = join(DATA, 'ports');

/** The module specifiers a TypeScript file imports or re-exports (type-only ones too). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, false).importedFiles.map((f) => f.fileName);
}

/** The first import cycle in a graph of file → files it imports, as the path round it; undefined when there is none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const files = readdirSync(PORTS).filter((f) => f.endsWith('.ts'));
const imports = new Map(files.map((f) => [f, importsOf(readFileSync(join(PORTS, f), 'utf8'))]));
/** Sibling imports only, as file names, for the cycle check. */
const siblings = new Map(
  [...imports].map(([file, specs]) => [file, specs.filter((s) => s.startsWith('./')).map((s) => `${s.slice(2)}.ts`)])
);

/** Every .ts file under `dir`, with the files under `dir` it imports (relative specifiers resolved as TypeScript does). */
function importGraph(dir: string): Map<string, string[]> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f));
  const resolveSpec = (from: string, spec: string): string | undefined => {
    const base = resolve(dirname(from), spec);
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c));
  };
  return new Map(
    files.map((f) => [
      relative(dir, f),
      importsOf(readFileSync(f, 'utf8'))
        .filter((s) => s.startsWith('.'))
        .map((s) => resolveSpec(f, s))
        .filter((r): r is string => r !== undefined && !relative(dir, r).startsWith('..'))
        .map((r) => relative(dir, r))
    ])
  );
}

describe('src/data/ports', () => {
  it('finds a cycle when there is one, and none in a tree', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeUndefined();
  });

  it('has no import cycle among its files', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(findCycle(siblings)).toBeUndefined();
  });

  it('imports only the domain and sibling port files, never the barrel', () => {
    const strays = [...imports].flatMap(([file, specs]) =>
      specs
        .filter((s) => !/^\.\.\/\.\.\/domain(\/\w+)*$/.test(s) && !(file === 'index.ts' ? /^\.\/\w+$/ : /^\.\/(?!index$)\w+$/).test(s))
        .map((s) => `${file} → ${s}`)
    );
    expect(strays).toEqual([]);
    for (const [file, targets] of siblings) for (const t of targets) expect(`${file} → ${files.includes(t) ? 'ok' : t}`).toBe(`${file} → ok`);
  });

  it('re-exports every file from the barrel, so `from "../data/ports"` imports see each port', () => {
    const barrel = imports.get('index.ts') ?? [];
    expect(files.filter((f) => f !== 'index.ts' && !barrel.includes(`./${f.replace(/\.ts$/, '')}`))).toEqual([]);
  });
});

describe('src/data', () => {
  it('has no import cycle (type-only imports included)', () => {
    const graph = importGraph(DATA);
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycle(graph)).toBeUndefined();
  });
});
