// docs/requirements.md lists every requirement id the code cites, so the repository explains itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const CITED = /\b(AB\d+(?:\.(?:\d+|[A-Z]\d+))?|EA-[A-Z]+|UK-\d+|DOMAIN §\d+(?:\.\d+)?|[Ss]cenario \d+)\b/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(name) ? [path] : [];
  });
}

it('every requirement id cited in the code has a line in docs/requirements.md', () => {
  const listed = new Set(
    [...readFileSync(join(ROOT, 'docs/requirements.md'), 'utf8').matchAll(/^\| ([^|]+?) \|/gm)].map((m) => m[1].toLowerCase())
  );
  const cited = new Set<string>();
  for (const dir of ['src', 'test', 'emulator', 'harness', 'bench', 'scripts']) {
    for (const file of files(join(ROOT, dir))) for (const m of readFileSync(file, 'utf8').matchAll(CITED)) cited.add(m[1].toLowerCase());
  }
  expect(cited.size).toBeGreaterThan(50);
  expect([...cited].filter((id) => !listed.has(id)).sort()).toEqual([]);
});
