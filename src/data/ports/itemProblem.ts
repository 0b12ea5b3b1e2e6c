/** What reads return besides their values: the items they left out, so that one bad item never fails a view. */

/**
 * An item a read left out, for administrators to look at: `malformed` when the app cannot read it, `stray` when it is
 * not in its own person's folder or its key columns name someone else. One such item never fails a whole view.
 */
export interface ItemProblem {
  kind: 'malformed' | 'stray';
  list: string;
  itemId: number;
  field: string;
}
