/** Fills `{0}`, `{1}`… in a localised string: word order stays in the string, where translators can change it. */
export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < values.length ? String(values[Number(index)]) : match));
}
