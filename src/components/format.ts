import { dateTimeFormat, uiLocale } from './locale';

/** Fills `{0}`, `{1}`… in a localised string: word order stays in the string, where translators can change it. */
export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < values.length ? String(values[Number(index)]) : match));
}

/** A calendar date in the page's language: "3 April 2026", "3 Ebrill 2026". */
export function formatDate(isoDate: string): string {
  return dateTimeFormat({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A moment (UTC instant) as a date and time in Europe/London, in the page's language: "4 April 2026 at 00:30". */
export function formatInstant(instant: string): string {
  return dateTimeFormat({
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London'
  }).format(new Date(instant));
}

const CATEGORY_TAG = /\{(zero|two|few|many|other)\}/g;

/**
 * The plural forms a "many" string holds. English needs one ("{0} people"); a language with more plural forms (Welsh
 * has zero, one, two, few, many and other) tags each: "{two}{0} berson{few}{0} pherson{other}{0} o bobl". Untagged
 * text is the "other" form.
 */
export function pluralForms(many: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const parts = many.split(CATEGORY_TAG);
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  if (parts[0].trim() || parts.length === 1) forms.other = parts[0];
  for (let i = 1; i < parts.length; i += 2) forms[parts[i] as Intl.LDMLPluralRule] = parts[i + 1];
  return forms;
}

/**
 * Picks the wording for a count by the page's language's plural rules (Intl.PluralRules), then fills it in:
 * "Add 1 person", "Add 2 people". `one` is the singular; `many` holds every other form (see pluralForms).
 */
export function formatCount(count: number, one: string, many: string, ...rest: Array<string | number>): string {
  const category = new Intl.PluralRules(uiLocale()).select(count);
  const forms = pluralForms(many);
  const chosen = category === 'one' ? one : (forms[category] ?? forms.other ?? many);
  return format(chosen, count, ...rest);
}

/** A whole number in the page's language: "1,500". */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 0 }).format(value);
}
