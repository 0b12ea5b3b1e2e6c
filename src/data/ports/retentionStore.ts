/** The retention port: HR's holds, retention dates and disposal review over SharePoint. */
import type { IsoDate, RetainedItem, RetentionHold, Result } from '../../domain';
import type { DataError } from './dataError';

/** One disposal run's outcome: what moved to the recycle bin, by list; the log keeps keys and counts only. */
export interface DisposalOutcome {
  recycled: number;
  byList: Record<string, number>;
  /** Items already gone (a re-run after a lost response): counted, not recycled again. */
  alreadyGone: number;
}

/** A retained item with what the retention rule needs to date it. */
export interface DatedItem extends RetainedItem {
  cycleKey?: string;
  created: IsoDate;
  /** The Purview retention label it carries, if any. */
  label?: string;
}

/** One item's new retention date (and label, when the school uses Purview labels). */
export interface RetentionStamp {
  item: DatedItem;
  retainUntil: IsoDate;
}

/** One past disposal run, as its log keeps it. */
export interface DisposalLogEntry {
  on: IsoDate;
  authorisedBy: string;
  recycled: number;
  byList: Record<string, number>;
  refs: string[];
}

/** Retention over SharePoint: HR's holds and disposal review. */
export interface RetentionStore {
  holds(): Promise<Result<RetentionHold[], DataError>>;
  placeHold(hold: RetentionHold): Promise<Result<void, DataError>>;
  liftHold(staffKey: string, liftedOn: IsoDate): Promise<Result<void, DataError>>;
  /** Everything the product wrote that carries (or should carry) a retention date, with its keys only. */
  retainedItems(): Promise<Result<DatedItem[], DataError>>;
  /** Writes RetainUntil (and applies the Purview label, if named) where it differs; answers how many changed. */
  stamp(stamps: readonly RetentionStamp[], label: string | undefined): Promise<Result<number, DataError>>;
  /** The Purview retention label the school named ('' or undefined: none). */
  retentionLabel(): Promise<Result<string | undefined, DataError>>;
  saveRetentionLabel(label: string): Promise<Result<void, DataError>>;
  disposalLog(): Promise<Result<DisposalLogEntry[], DataError>>;
  /** Recycles the due items and writes one disposal log entry of counts and keys; a re-run changes nothing. */
  dispose(items: readonly RetainedItem[], authorisedBy: string, on: IsoDate): Promise<Result<DisposalOutcome, DataError>>;
}
