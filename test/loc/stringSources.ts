// Reads the string modules the way the build does (config/strings.cjs), for the locale tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface StringModule { name: string; dir: string }
interface StringsConfig {
  STRING_MODULES: StringModule[];
  TRANSLATIONS: Record<string, string>;
  localizedResources(): Record<string, string>;
  stringsFor(root: string, dir: string, locale: string): Record<string, string>;
  translationOnly(root: string, dir: string, locale: string): Record<string, string>;
}

export const config = jest.requireActual<StringsConfig>('../../config/strings.cjs');
export const SRC = join(__dirname, '../../src');

/** The module name and keys a mystrings.d.ts declares. */
export function typings(dir: string): { moduleName: string; keys: string[] } {
  const text = readFileSync(join(SRC, dir, 'mystrings.d.ts'), 'utf8');
  const moduleName = /declare module '([^']+)'/.exec(text)?.[1] ?? '';
  const body = /declare interface \w+ \{([\s\S]*?)\n\}/.exec(text)?.[1] ?? '';
  const keys = [...body.matchAll(/^\s*(\w+)\s*:\s*string;/gm)].map((m) => m[1]);
  return { moduleName, keys };
}

/** The `{0}`, `{1}`… a string fills in, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
}
