/**
 * People search that forgives how a name is typed (issue 15): case, accents, straight and curly apostrophes,
 * hyphens and spaces are all folded away, so "zoe", "darcy" and "obriain" each find Zoë D'Arcy-Ó Briain. Every
 * people search uses `matchesPersonSearch`; nothing else compares names typed by a person.
 */

/** Combining-mark blocks left by NFD, as code-point ranges (the build targets ES5, which has no `\p{M}`). */
const COMBINING: readonly (readonly [number, number])[] = [
  [0x300, 0x36f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f]
];
const isMark = (c: string): boolean => COMBINING.some(([lo, hi]) => c.charCodeAt(0) >= lo && c.charCodeAt(0) <= hi);
/** Apostrophes (straight, curly, modifier, grave, prime), hyphens and dashes, dots, underscores and white space. */
const IGNORED = /[\s'\u2018\u2019\u201b\u02bc\u02bb`\u00b4\u2032\-\u2010-\u2015\u2212_.\u00b7]/g;
/** Letters NFD does not split into a base letter and a mark. */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** The folded form of a name or a query: lower case, no accents, no apostrophes, hyphens or spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .split('')
    .filter((c) => !isMark(c))
    .join('')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LETTERS[c] ?? c)
    .replace(IGNORED, '');
}

/** Whether a person whose names are `fields` (display name, email…) matches what was typed; an empty query matches. */
export function matchesPersonSearch(query: string, ...fields: readonly (string | undefined)[]): boolean {
  const q = foldForSearch(query);
  return q === '' || fields.some((f) => f !== undefined && foldForSearch(f).includes(q));
}
