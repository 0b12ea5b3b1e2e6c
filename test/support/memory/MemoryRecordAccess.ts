import { cycleKeyOf, fail, ok, type CycleWindow, type IsoDate, type Result } from '../../../src/domain';
import type {
  AccessRun,
  BulkOutcome,
  DataError,
  DirectoryPerson,
  ItemProblem,
  OpeningRun,
  OpenRecordRequest,
  RecordAccess,
  RosterEntry
} from '../../../src/data/ports';

/** Remembers which records were opened; can be told to fail for one person. */
export class MemoryRecordAccess implements RecordAccess {
  readonly opened = new Map<string, OpenRecordRequest>();
  private readonly failures = new Map<string, DataError[]>();

  /** The next opens for this staff key answer these errors, in order. */
  failNext(staffKey: string, ...errors: DataError[]): this {
    this.failures.set(staffKey, errors);
    return this;
  }

  async openedFor(cycle: CycleWindow): Promise<Result<Set<string>, DataError>> {
    return ok(new Set(Array.from(this.opened.values()).filter((r) => r.cycle.label === cycle.label).map((r) => r.entry.id)));
  }

  async openRecord(request: OpenRecordRequest): Promise<Result<void, DataError>> {
    const queued = this.failures.get(request.entry.id);
    if (queued?.length) return fail(queued.shift() as DataError);
    this.opened.set(`${request.entry.id}:${cycleKeyOf(request.cycle)}`, request);
    return ok(undefined);
  }

  /** People whose access was prepared (opening a record prepares it too). */
  readonly prepared = new Set<string>();

  async beginPreparing(): Promise<Result<AccessRun, DataError>> {
    const lacking = async (entries: readonly RosterEntry[]): Promise<Result<RosterEntry[], DataError>> =>
      ok(entries.filter((e) => !this.prepared.has(e.id) && !Array.from(this.opened.values()).some((r) => r.entry.id === e.id)));
    const prepare = async (entries: readonly RosterEntry[]): Promise<Result<BulkOutcome, DataError>> => {
      for (const e of entries) this.prepared.add(e.id);
      return ok({ done: entries.map((e) => e.id), failed: [], progressed: entries.length > 0 });
    };
    return ok({ lacking, prepare });
  }

  async beginOpening(cycle: CycleWindow): Promise<Result<OpeningRun, DataError>> {
    const opened = await this.openedFor(cycle);
    if (!opened.ok) return opened;
    const open = async (requests: readonly OpenRecordRequest[]): Promise<Result<BulkOutcome, DataError>> => {
      const outcome: BulkOutcome = { done: [], failed: [], progressed: false };
      for (const request of requests) {
        const result = await this.openRecord(request);
        outcome.progressed ||= result.ok;
        if (result.ok) outcome.done.push(request.entry.id);
        else outcome.failed.push({ staffKey: request.entry.id, error: result.error });
      }
      return ok(outcome);
    };
    return ok({ opened: opened.value, open });
  }

  async changeReviewer(entry: RosterEntry, next: DirectoryPerson): Promise<Result<RosterEntry, DataError>> {
    return ok({ ...entry, reviewer: next.id, reviewerName: next.displayName, reviewerUpn: next.upn });
  }

  async closeAccess(entry: RosterEntry, leftOn: IsoDate): Promise<Result<RosterEntry, DataError>> {
    return ok({ ...entry, leftOn });
  }

  readonly recycled: ItemProblem[] = [];

  async recycleItem(problem: ItemProblem): Promise<Result<void, DataError>> {
    this.recycled.push(problem);
    return ok(undefined);
  }
}
