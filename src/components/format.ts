/** Fills `{0}`, `{1}`… in a localised string: word order stays in the string, where translators can change it. */
export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < values.length ? String(values[Number(index)]) : match));
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar date in plain en-GB: "3 April 2026". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Picks the singular or plural wording for a count, then fills it in: "Add 1 person", "Add 2 people". */
export function formatCount(count: number, one: string, many: string, ...rest: Array<string | number>): string {
  return format(count === 1 ? one : many, count, ...rest);
}

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A whole number in plain en-GB: "1,500". */
export function formatNumber(value: number): string {
  return wholeNumber.format(value);
}
