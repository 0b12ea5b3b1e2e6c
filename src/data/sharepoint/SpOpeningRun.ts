/**
 * Opening a cycle for many people in `$batch` requests (issue 14). The run reads once (the site's facts and this
 * cycle's records, one round trip), then for each group of people sends each kind of step for all of them together.
 * A person's containers belong to the roster, not the cycle (access/SpAccessRun): opening looks them up, one read a
 * person, and prepares only the people who still lack them. What is per cycle is three writes a person: the cycle
 * record, then its `recordOpened` audit entry, then RetainUntil last (the mark that the person is open, as `openedFor`
 * reads it). A part that fails marks only its person failed: the later steps skip them, and passing them again does
 * only what is missing. Each step looks first or is safe to repeat: a cycle record whose create went unanswered is
 * looked for before it is created again, and the audit entry is looked for where an earlier attempt made the record
 * (it carries the same unique EntryKey on every attempt of this run, so a create sent twice lands once).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { recordKey, type CycleWindow, type Result } from '../../domain';
import type { BulkOutcome, DataError, OpeningRun, OpenRecordRequest } from '../ports';
import { LISTS } from './schema';
import { attempt, isDuplicateValue } from './errors';
import { inBatches } from './batches';
import { newEntryKey } from './entryKey';
import { addWithValues } from './formValues';
import { boundTo } from './mappers/binding';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';
import { readSiteFacts } from './access/siteFacts';
import { SpAccessRun } from './access/SpAccessRun';
import { bulkStep, type Fail } from './access/bulkStep';

interface CycleRecord {
  id: number;
  retained: boolean;
}

const records = (b: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']> => b.web.lists.getByTitle(LISTS.records.title);

/** One run's knowledge: what it read at the start and what its own writes have done since. */
class SpOpeningRun implements OpeningRun {
  readonly records = new Map<string, CycleRecord>();
  private readonly auditKeys = new Map<string, string>();
  private readonly audited = new Set<string>();
  /** People whose cycle record an earlier attempt made: their audit entry may be there already, so it is looked for. */
  readonly resumed = new Set<string>();
  /** People whose cycle record create was sent and not confirmed: looked for before it is sent again. */
  private readonly unconfirmed = new Set<string>();
  private answered = 0;

  constructor(
    private readonly sp: SPFI,
    private readonly cycle: CycleWindow,
    private readonly access: SpAccessRun
  ) {}

  private async send<T, R>(items: readonly T[], build: (batched: SPFI, item: T) => Promise<R>): Promise<Array<PromiseSettledResult<R>>> {
    const outcomes = await inBatches(this.sp, items, build);
    this.answered += outcomes.filter((o) => o.status === 'fulfilled').length;
    return outcomes;
  }

  get opened(): ReadonlySet<string> {
    return new Set(Array.from(this.records).filter(([, r]) => r.retained).map(([key]) => key));
  }

  open(requests: readonly OpenRecordRequest[]): Promise<Result<BulkOutcome, DataError>> {
    return bulkStep(
      requests,
      (r) => r.entry.id,
      () => this.answered + this.access.progress,
      [this.ensureAccess, this.createRecords, this.audit, this.retain].map((step) => step.bind(this)),
      undefined,
      (r) => !!this.records.get(r.entry.id)?.retained
    );
  }

  /** Containers only for the people who lack them (one read a person tells), made as the prepare-access step makes them. */
  private async ensureAccess(requests: OpenRecordRequest[], fail: Fail): Promise<void> {
    const lacking = await this.access.lookUp(
      requests.map((r) => r.entry),
      fail
    );
    if (lacking.length > 0) await this.access.prepareWith(lacking, fail);
  }

  /** The cycle record, created in the person's folder with its key columns and content in one call. */
  private async createRecords(requests: OpenRecordRequest[], fail: Fail): Promise<void> {
    const recordsRoot = this.access.facts.roots.records;
    const unsure = requests.filter((r) => !this.records.has(r.entry.id) && this.unconfirmed.has(r.entry.id));
    const looked = await this.send(unsure, (b, r) =>
      records(b)
        .items.filter(`CycleKey eq ${odataString(recordKey(r.entry.id, this.cycle))}`)
        .select('Id', 'StaffKey', 'FileDirRef', 'RetainUntil')
        .top(50)<RawItem[]>()
    );
    const unread = new Set<string>();
    looked.forEach((o, i) => {
      const staffKey = unsure[i].entry.id;
      if (o.status === 'rejected') {
        unread.add(staffKey);
        return fail(staffKey, o.reason);
      }
      const mine = o.value.find((item) => boundTo(item, recordsRoot, staffKey));
      if (mine) {
        this.records.set(staffKey, { id: Number(mine.Id), retained: !!mine.RetainUntil });
        this.resumed.add(staffKey);
      }
    });
    const todo = requests.filter((r) => !this.records.has(r.entry.id) && !unread.has(r.entry.id));
    const made = await this.send(todo, (b, r) => {
      this.unconfirmed.add(r.entry.id);
      const key = recordKey(r.entry.id, this.cycle);
      return addWithValues(records(b), `${recordsRoot}/${r.entry.id}`, {
        Title: key,
        StaffKey: r.entry.id,
        CycleKey: key,
        CycleLabel: this.cycle.label,
        RecordKind: 'cycle',
        ReviewerKey: r.entry.reviewer ?? '',
        Stage: 'planning',
        Payload: JSON.stringify({ v: 1, track: r.track, cycle: this.cycle, openedOn: r.openedOn })
      });
    });
    made.forEach((o, i) => {
      const staffKey = todo[i].entry.id;
      if (o.status === 'rejected') return fail(staffKey, o.reason);
      this.unconfirmed.delete(staffKey);
      this.records.set(staffKey, { id: Number(o.value), retained: false });
    });
  }

  /** One `recordOpened` entry per person and cycle: looked for only where an earlier attempt made the record. */
  private async audit(requests: OpenRecordRequest[], fail: Fail): Promise<void> {
    const key = (r: OpenRecordRequest): string => recordKey(r.entry.id, this.cycle);
    const check = requests.filter((r) => this.resumed.has(r.entry.id) && !this.audited.has(r.entry.id) && !this.auditKeys.has(r.entry.id));
    const found = await this.send(check, (b, r) =>
      b.web.lists
        .getByTitle(LISTS.audit.title)
        .items.filter(`StaffKey eq ${odataString(r.entry.id)} and Action eq 'recordOpened'`)
        .select('RecordRef')
        .top(500)<Array<{ RecordRef: string }>>()
    );
    const unread = new Set<string>();
    found.forEach((o, i) => {
      if (o.status === 'rejected') {
        unread.add(check[i].entry.id);
        fail(check[i].entry.id, o.reason);
      } else if (o.value.some((a) => a.RecordRef === key(check[i]))) this.audited.add(check[i].entry.id);
    });
    const todo = requests.filter((r) => !this.audited.has(r.entry.id) && !unread.has(r.entry.id));
    const added = await this.send(todo, (b, r) => {
      const entryKey = this.auditKeys.get(r.entry.id) ?? newEntryKey();
      this.auditKeys.set(r.entry.id, entryKey);
      return b.web.lists.getByTitle(LISTS.audit.title).items.add({
        Title: 'recordOpened', StaffKey: r.entry.id, Action: 'recordOpened', RecordRef: key(r),
        Payload: JSON.stringify({ cycle: this.cycle.label, track: r.track }), EntryKey: entryKey
      });
    });
    added.forEach((o, i) => {
      if (o.status === 'fulfilled' || isDuplicateValue(o.reason)) this.audited.add(todo[i].entry.id);
      else fail(todo[i].entry.id, o.reason);
    });
  }

  /** RetainUntil last: from now on `openedFor` counts the person as open. */
  private async retain(requests: OpenRecordRequest[], fail: Fail): Promise<void> {
    const todo = requests.filter((r) => this.records.has(r.entry.id));
    const outcomes = await this.send(todo, (b, r) =>
      records(b)
        .items.getById(this.records.get(r.entry.id)?.id ?? 0)
        .update({ RetainUntil: r.retainUntil })
    );
    outcomes.forEach((o, i) => {
      const record = this.records.get(todo[i].entry.id);
      if (o.status === 'fulfilled' && record) record.retained = true;
      else if (o.status === 'rejected') fail(todo[i].entry.id, o.reason);
    });
  }
}

/** Starts a run: every read it needs, in one round trip. */
export function beginOpening(sp: SPFI, cycle: CycleWindow): Promise<Result<OpeningRun, DataError>> {
  return attempt(async () => {
    const [b, execute] = sp.batched({ maxRequests: 100 });
    const reads = Promise.all([
      readSiteFacts(b),
      records(b)
        .items.filter(`CycleLabel eq ${odataString(cycle.label)} and RecordKind eq 'cycle'`)
        .select('Id', 'StaffKey', 'FileDirRef', 'RetainUntil')
        .top(5000)<RawItem[]>()
    ]);
    reads.catch(() => undefined);
    await execute();
    const [facts, cycleRecords] = await reads;
    const run = new SpOpeningRun(sp, cycle, new SpAccessRun(sp, facts));
    for (const item of cycleRecords) {
      const staffKey = String(item.StaffKey);
      if (!boundTo(item, facts.roots.records, staffKey)) continue; // only a record in its own person's folder counts
      run.records.set(staffKey, { id: Number(item.Id), retained: !!item.RetainUntil });
      if (!item.RetainUntil) run.resumed.add(staffKey);
    }
    return run;
  });
}
