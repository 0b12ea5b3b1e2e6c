/**
 * Columns with "Enforce unique values" (EnforceUniqueValues, which SharePoint allows only on an indexed column).
 * SharePoint checks every item of the list, including the ones the caller cannot see, and refuses a second item with
 * the same value: HTTP 500 `Microsoft.SharePoint.SPDuplicateValuesFoundException`, "The list item could not be
 * added or updated because duplicate values were found in one or more fields in the list." (pnp/pnpcore#1280,
 * pnp/PnP-Sites-Core#608). Empty values are not compared. Turning it on over duplicates already there is refused.
 */
import { SpError } from '../responses';
import type { SpField, SpItem, SpList } from '../state';

/** The code and message SharePoint sends for a duplicate value. */
export const DUPLICATE_VALUES = {
  code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  message: 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
} as const;

const comparable = (value: unknown): string | undefined =>
  value === null || value === undefined || value === '' ? undefined : String(value).toLowerCase();

/** The unique column whose value `values` would duplicate on another item, if any. */
export function duplicatedField(list: SpList, values: Record<string, unknown>, self?: SpItem): SpField | undefined {
  for (const field of list.fields.filter((f) => f.enforceUniqueValues)) {
    const wanted = comparable(values[field.internalName]);
    if (wanted === undefined) continue;
    if (list.items.some((i) => i !== self && comparable(i.values[field.internalName]) === wanted)) return field;
  }
  return undefined;
}

/** Refuses a write that would duplicate a unique column's value. */
export function checkUnique(list: SpList, values: Record<string, unknown>, self?: SpItem): void {
  if (duplicatedField(list, values, self)) throw new SpError(500, DUPLICATE_VALUES.code, DUPLICATE_VALUES.message);
}

/** Refuses turning uniqueness on for a column that is not indexed or already holds duplicates. */
export function checkCanEnforce(list: SpList, field: SpField, indexed: boolean): void {
  if (!indexed)
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You must index this column before enforcing unique values.');
  const seen = new Set<string>();
  for (const item of list.items) {
    const value = comparable(item.values[field.internalName]);
    if (value === undefined) continue;
    if (seen.has(value))
      throw new SpError(500, DUPLICATE_VALUES.code, 'This column contains duplicate values, so unique values cannot be enforced.');
    seen.add(value);
  }
}
