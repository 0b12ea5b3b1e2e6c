/**
 * What SharePoint checks in a parsed $filter before it runs it — the emulator must refuse what SharePoint refuses:
 *
 * - A column the list does not have: 400 "Column 'X' does not exist. It may have been deleted by another user."
 *   (-2147024809, System.ArgumentException — pnp/PnP#1585, pnp/pnpjs#2255, pnp/pnpframework#880).
 * - A lookup projection (`Author/Title`) without `$expand` naming the lookup: 400 "The query to field 'Author/Title'
 *   is not valid. The $select query string must specify the target fields and the $expand query string must contains
 *   Author." (SharePoint's own wording; projections need both $select and $expand: learn.microsoft.com/sharepoint/dev/
 *   sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests).
 * - On a list over the 5,000-item list-view threshold, an `or` whose branches are not all on indexed columns: SQL
 *   must scan every row for the unindexed branch ("Queries on lists consisting of more than 5,000 items that include
 *   fields that are not indexed in their query conditions will also fail, because those queries must scan all rows":
 *   learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee557257; SharePoint/sp-dev-docs#9700).
 */
import type { SpField, SpList } from '../state';
import { SP_ERRORS, SpError } from '../responses';
import type { FilterNode } from './filter';

/** Columns every item answers to whether or not the list's field collection lists them. */
const SYSTEM_COLUMNS = new Set(['id', 'fsobjtype', 'filedirref', 'fileleafref', 'fileref', 'contenttypeid', 'odata__uiversionstring']);
const LOOKUP_KINDS = new Set([7, 20]);

/** The column names a filter mentions, left to right. */
export function filterFields(node: FilterNode): string[] {
  switch (node.type) {
    case 'and':
    case 'or':
      return [...filterFields(node.left), ...filterFields(node.right)];
    default:
      return [node.field];
  }
}

const lookupField = (list: SpList, name: string): SpField | undefined =>
  list.fields.find((f) => LOOKUP_KINDS.has(f.typeKind) && f.internalName.toLowerCase() === name.toLowerCase());

/** Whether the list has the column, as SharePoint resolves names in $filter (internal names, lookups' `…Id`). */
export function hasColumn(list: SpList, field: string): boolean {
  const f = field.toLowerCase();
  if (SYSTEM_COLUMNS.has(f)) return true;
  if (list.fields.some((x) => x.internalName.toLowerCase() === f)) return true;
  return f.endsWith('id') && lookupField(list, field.slice(0, -2)) !== undefined;
}

const expanded = (expand: string | null): string[] =>
  (expand ?? '').split(',').map((e) => e.trim().split('/')[0].toLowerCase()).filter(Boolean);

/** Refuses a filter naming a column the list does not have, or a projection that is not expanded. */
export function checkFilterColumns(list: SpList, filter: FilterNode, expand: string | null): void {
  for (const field of filterFields(filter)) {
    const slash = field.indexOf('/');
    if (slash === -1) {
      if (!hasColumn(list, field))
        throw new SpError(400, SP_ERRORS.invalidArgument, `Column '${field}' does not exist. It may have been deleted by another user.`);
      continue;
    }
    const lookup = field.slice(0, slash);
    if (!lookupField(list, lookup))
      throw new SpError(400, SP_ERRORS.invalidArgument, `Column '${lookup}' does not exist. It may have been deleted by another user.`);
    if (!expanded(expand).includes(lookup.toLowerCase()))
      throw new SpError(
        400,
        SP_ERRORS.badRequest,
        `The query to field '${field}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${lookup}.`
      );
  }
}

/** Whether every `or` in the filter has indexed columns on all its branches (what a big list needs). */
export function orsIndexed(filter: FilterNode, indexed: (field: string) => boolean): boolean {
  switch (filter.type) {
    case 'or':
      return filterFields(filter).every(indexed);
    case 'and':
      return orsIndexed(filter.left, indexed) && orsIndexed(filter.right, indexed);
    default:
      return true;
  }
}
