/**
 * Retention (DOMAIN §7.7, UK-15): one rule for every item the product writes — keep until the end of the cycle plus
 * the school's years (at least six), or for a leaver until the end of employment plus the same years where that is
 * later — and which items a disposal review may dispose of.
 */
import { addMonths, isoDate, type IsoDate } from './isoDate';
import { cycleContaining, type CycleWindow } from './cycleWindow';

/** The date an item about a cycle is kept until. */
export function retainUntilFor(cycle: CycleWindow, years: number, leftOn?: IsoDate): IsoDate {
  const fromCycle = addMonths(cycle.end, years * 12);
  if (!leftOn) return fromCycle;
  const fromLeaving = addMonths(leftOn, years * 12);
  return fromLeaving > fromCycle ? fromLeaving : fromCycle;
}

/** A hold that stops disposal of everything about a person (an open subject access request, a grievance, a tribunal). */
export interface RetentionHold {
  staffKey: string;
  reason: string;
  placedOn: IsoDate;
  /** Set when the hold is lifted; a lifted hold no longer stops disposal. */
  liftedOn?: IsoDate;
}

/** An item as a disposal review sees it: where it is and its keys, never its content. */
export interface RetainedItem {
  list: string;
  itemId: number;
  staffKey: string;
  /** The item's key (record key, meeting key, entry key…); what the disposal log keeps. */
  ref: string;
  kind: string;
  retainUntil?: IsoDate;
}

/** What a disposal review finds on a date. */
export interface DisposalReview<T extends RetainedItem = RetainedItem> {
  /** Past retention and not held: disposal may go ahead. */
  due: T[];
  /** Past retention but under a hold, with the hold's reason. */
  held: Array<{ item: T; reason: string }>;
  /** Written before retention dates existed: never disposed of automatically; HR sees how many. */
  undated: number;
}

/** Items are due once `retainUntil` has passed (the day after it); an active hold on the person stops that. */
export function reviewDisposal<T extends RetainedItem>(
  items: readonly T[],
  holds: readonly RetentionHold[],
  today: IsoDate
): DisposalReview<T> {
  const active = new Map<string, string>();
  for (const h of holds) if (!h.liftedOn || h.liftedOn > today) active.set(h.staffKey, h.reason);
  const review: DisposalReview<T> = { due: [], held: [], undated: 0 };
  for (const item of items) {
    if (!item.retainUntil) {
      review.undated++;
      continue;
    }
    if (item.retainUntil >= today) continue;
    const reason = active.get(item.staffKey);
    if (reason !== undefined) review.held.push({ item, reason });
    else review.due.push(item);
  }
  return review;
}

/**
 * The cycle an item belongs to for retention: named by its cycle key ("S0007:2026-27", "2026-27", "2026/27" or a
 * one-year "2026"), otherwise the cycle its creation date falls in (audit entries, a report with no key).
 */
export function retentionCycleOf(cycleKey: string | undefined, created: IsoDate, startMonth: number): CycleWindow {
  const match = (cycleKey ?? '').split(':').map((part) => /^(\d{4})(?:[-/](\d{2}))?$/.exec(part)).find((m) => m !== null);
  return cycleContaining(match ? isoDate(Number(match[1]), startMonth, 1) : created, startMonth);
}
