import { ok, type IsoDate, type Result, type RetentionHold } from '../../../src/domain';
import type { DataError, DatedItem, DisposalLogEntry, DisposalOutcome, RetentionStamp, RetentionStore } from '../../../src/data/ports';

/** Retention in memory, for component tests: items, holds and a log. */
export class MemoryRetention implements RetentionStore {
  items: DatedItem[] = [];
  held: RetentionHold[] = [];
  log: DisposalLogEntry[] = [];
  label: string | undefined;

  async holds(): Promise<Result<RetentionHold[], DataError>> {
    return ok(this.held);
  }

  async placeHold(hold: RetentionHold): Promise<Result<void, DataError>> {
    this.held.push(hold);
    return ok(undefined);
  }

  async liftHold(staffKey: string, liftedOn: IsoDate): Promise<Result<void, DataError>> {
    this.held = this.held.map((h) => (h.staffKey === staffKey && !h.liftedOn ? { ...h, liftedOn } : h));
    return ok(undefined);
  }

  async retainedItems(): Promise<Result<DatedItem[], DataError>> {
    return ok(this.items);
  }

  async stamp(stamps: readonly RetentionStamp[]): Promise<Result<number, DataError>> {
    let changed = 0;
    for (const s of stamps) {
      const item = this.items.find((i) => i.list === s.item.list && i.itemId === s.item.itemId);
      if (item && item.retainUntil !== s.retainUntil) {
        item.retainUntil = s.retainUntil;
        changed++;
      }
    }
    return ok(changed);
  }

  async retentionLabel(): Promise<Result<string | undefined, DataError>> {
    return ok(this.label);
  }

  async saveRetentionLabel(label: string): Promise<Result<void, DataError>> {
    this.label = label || undefined;
    return ok(undefined);
  }

  async disposalLog(): Promise<Result<DisposalLogEntry[], DataError>> {
    return ok(this.log);
  }

  async dispose(items: readonly DatedItem[], authorisedBy: string, on: IsoDate): Promise<Result<DisposalOutcome, DataError>> {
    const gone = new Set(items.map((i) => `${i.list}:${i.itemId}`));
    const before = this.items.length;
    this.items = this.items.filter((i) => !gone.has(`${i.list}:${i.itemId}`));
    const recycled = before - this.items.length;
    if (recycled) this.log.push({ on, authorisedBy, recycled, byList: {}, refs: items.map((i) => i.ref) });
    return ok({ recycled, byList: {}, alreadyGone: items.length - recycled });
  }
}
