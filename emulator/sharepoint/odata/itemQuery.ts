/**
 * Item queries as SharePoint runs them: security trimming, the 5,000-item list-view threshold (HTTP 500
 * SPQueryThrottledException when the first filter clause, a branch of an `or` or the sort is not on an indexed
 * column; see filterRules.ts), unknown columns refused (400), $top ≤ 5,000,
 * $orderby, and paging with $skiptoken=Paged=TRUE&p_ID=… in odata.nextLink. Default page size 100.
 */
import type { SpItem, SpList } from '../state';
import { FilterSyntaxError, firstClauseField, matches, parseFilter, type FilterNode } from './filter';
import { SP_ERRORS, SpError } from '../responses';
import { checkFilterColumns, orsIndexed } from './filterRules';

/** The list-view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
const DEFAULT_PAGE = 100;
const ALWAYS_INDEXED = new Set(['id']);

/** One page of results and, if more remain, the query string for the next page. */
export interface ItemPage {
  items: SpItem[];
  nextQuery: URLSearchParams | undefined;
}

const throttled = (): SpError =>
  new SpError(500, SP_ERRORS.listViewThreshold, 'The attempted operation is prohibited because it exceeds the list view threshold.');

/** Reads a field for filtering and sorting: internal names, `Id`/`ID`, and lookup ids such as `AuthorId`. */
export function fieldValue(item: SpItem, field: string): unknown {
  const f = field.toLowerCase();
  if (f === 'id') return item.id;
  if (f === 'authorid' || f === 'author/id') return item.authorId;
  if (f === 'editorid' || f === 'editor/id') return item.editorId;
  if (f === 'fsobjtype') return item.fsObjType;
  if (f === 'fileleafref') return item.fileLeafRef;
  if (f === 'filedirref') return item.fileDirRef;
  if (f === 'created') return item.created;
  if (f === 'modified') return item.modified;
  const key = Object.keys(item.values).find((k) => k.toLowerCase() === f);
  return key ? item.values[key] : undefined;
}

function isIndexed(list: SpList, field: string): boolean {
  const f = field.toLowerCase().replace(/\/id$/, 'id');
  return (
    ALWAYS_INDEXED.has(f) ||
    list.fields.some((x) => x.indexed && (x.internalName.toLowerCase() === f || `${x.internalName.toLowerCase()}id` === f))
  );
}

/** How many items the first clause of the filter selects (the rows SharePoint reads through the index). */
function countFirstClause(list: SpList, filter: FilterNode): number {
  let node = filter;
  while (node.type === 'and') node = node.left;
  let count = 0;
  for (const item of list.items) if (matches(node, (f) => fieldValue(item, f))) count++;
  return count;
}

/** Runs a query over the items the user may read. `visible` is the trimming predicate. */
export function queryItems(list: SpList, query: URLSearchParams, visible: (item: SpItem) => boolean): ItemPage {
  const large = list.items.length > LIST_VIEW_THRESHOLD;
  const topText = query.get('$top');
  const top = topText === null ? DEFAULT_PAGE : Number(topText);
  if (!Number.isInteger(top) || top < 1) throw new SpError(400, SP_ERRORS.badRequest, `The $top value '${topText}' is not valid.`);
  if (top > LIST_VIEW_THRESHOLD) throw throttled();

  const filterText = query.get('$filter');
  let filter: FilterNode | undefined;
  try {
    filter = filterText ? parseFilter(filterText) : undefined;
  } catch (error) {
    if (error instanceof FilterSyntaxError)
      throw new SpError(400, SP_ERRORS.badRequest, `The expression "${filterText}" is not valid. ${error.message}`);
    throw error;
  }
  const orderText = query.get('$orderby');
  const order = orderText
    ? orderText.split(',').map((o) => {
        const [field, dir] = o.trim().split(/\s+/);
        return { field, desc: /^desc$/i.test(dir ?? '') };
      })
    : [];
  if (filter) checkFilterColumns(list, filter, query.get('$expand'));
  if (large && filter && !isIndexed(list, firstClauseField(filter))) throw throttled();
  if (large && filter && !orsIndexed(filter, (f) => isIndexed(list, f))) throw throttled();
  // Even on an indexed column, SharePoint refuses when that first clause alone selects more than 5,000 items.
  if (large && filter && countFirstClause(list, filter) > LIST_VIEW_THRESHOLD) throw throttled();
  if (large && order.some((o) => !isIndexed(list, o.field))) throw throttled();

  let rows = list.items.filter((i) => (!filter || matches(filter, (f) => fieldValue(i, f))) && visible(i));
  if (order.length) {
    rows = [...rows].sort((a, b) => {
      for (const o of order) {
        const x = fieldValue(a, o.field) as string | number;
        const y = fieldValue(b, o.field) as string | number;
        if (x !== y) return (x < y ? -1 : 1) * (o.desc ? -1 : 1);
      }
      return a.id - b.id;
    });
  }
  const token = new URLSearchParams(query.get('$skiptoken') ?? '');
  const offset = Number(token.get('p_Offset') ?? 0);
  const afterId = Number(token.get('p_ID') ?? 0);
  const start = order.length ? offset : rows.findIndex((r) => r.id > afterId);
  const page = start === -1 ? [] : rows.slice(start, start + top);
  const more = start !== -1 && start + top < rows.length;
  let nextQuery: URLSearchParams | undefined;
  if (more) {
    nextQuery = new URLSearchParams(query);
    const last = page[page.length - 1];
    nextQuery.set('$skiptoken', `Paged=TRUE&p_ID=${last.id}${order.length ? `&p_Offset=${start + top}` : ''}`);
  }
  return { items: page, nextQuery };
}
