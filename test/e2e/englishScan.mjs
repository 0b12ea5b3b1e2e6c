// For the Welsh journey: which lines of a rendered page are en-GB strings (config/strings.cjs) that Welsh should have
// replaced. A template's {0}, {1}… match anything; a string whose Welsh is the same (names, "[c]", "{0} ({1})") is not
// English. A line matches when it is the whole template, or contains a long stretch (20+ characters) of its wording.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { STRING_MODULES, stringsFor } = require('../../config/strings.cjs');
const src = fileURLToPath(new URL('../../src/', import.meta.url));

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function templates() {
  const list = [];
  for (const { name, dir } of STRING_MODULES) {
    const en = stringsFor(src, dir, 'en-GB');
    const cy = stringsFor(src, dir, 'cy-GB');
    for (const [key, text] of Object.entries(en)) {
      if (cy[key] === text) continue;
      const pieces = text.split(/\{\d+\}/).map((p) => p.trim()).filter(Boolean);
      if (!pieces.some((p) => /[a-z]{3}/i.test(p))) continue;
      const whole = new RegExp(`^${text.trim().split(/\{\d+\}/).map(escape).join('.*?')}$`);
      const long = pieces.filter((p) => p.length >= 20);
      list.push({ id: `${name}.${key}`, whole, long });
    }
  }
  return list;
}

const TEMPLATES = templates();

/** The en-GB strings found in these lines, as "Module.Key: line". */
export function englishIn(lines) {
  const found = [];
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    const hit = TEMPLATES.find((t) => t.whole.test(line) || t.long.some((p) => line.includes(p)));
    if (hit) found.push(`${hit.id}: ${line}`);
  }
  return found;
}

/** The visible text lines of the web part area, and its labels (aria-label, placeholder, title). */
export async function webPartLines(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const labels = [...main.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a)).filter(Boolean));
    return [...main.innerText.split('\n'), ...labels];
  });
}
