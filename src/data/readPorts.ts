/** What reads return besides their values: the items they left out, so that one bad item never fails a view. */
import type { PersonRecords, RosterEntry } from './ports';

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

/** The roster as read: every entry that could be read, and the items that could not. */
export interface RosterListing {
  entries: RosterEntry[];
  problems: ItemProblem[];
}

/** People's records as read, and the items left out (malformed, or not bound to their person's folder). */
export interface PeopleRecords {
  people: PersonRecords[];
  problems: ItemProblem[];
}

/** One person's records as read (undefined when no record has been opened), and the items left out. */
export interface OwnRecords {
  record: PersonRecords | undefined;
  problems: ItemProblem[];
}
