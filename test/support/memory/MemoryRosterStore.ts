import { fail, ok, type Result } from '../../../src/domain';
import type { DataError, ItemProblem, RosterDraft, RosterEntry, RosterListing, RosterStore, RosterWrite } from '../../../src/data/ports';

/** A roster in memory with SharePoint-like versions: a stale etag is a conflict. */
export class MemoryRosterStore implements RosterStore {
  readonly entries: RosterEntry[] = [];
  /** Roster items the adapter could not read, as a test sets them. */
  readonly problems: ItemProblem[] = [];
  private readonly failures: DataError[] = [];

  /** The next saves answer these errors, in order. */
  failNext(...errors: DataError[]): this {
    this.failures.push(...errors);
    return this;
  }

  async listRoster(): Promise<Result<RosterListing, DataError>> {
    // In name order, as SpRosterStore lists it.
    const entries = this.entries.map((e) => ({ ...e })).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
    return ok({ entries, problems: [...this.problems] });
  }

  async saveRosterEntry(entry: RosterDraft, etag: string | undefined): Promise<Result<RosterEntry, DataError>> {
    const failure = this.failures.shift();
    if (failure) return fail(failure);
    const index = this.entries.findIndex((e) => e.id === entry.id);
    if (index === -1 && etag !== undefined) return fail({ code: 'notFound' });
    // Adding someone already there (a retry after a lost response) brings their entry up to date, as SpRosterStore does.
    if (index !== -1 && etag !== undefined && this.entries[index].etag !== etag) return fail({ code: 'conflict' });
    const saved: RosterEntry = { ...entry, etag: `"${index === -1 ? 1 : Number(JSON.parse(this.entries[index].etag)) + 1}"` };
    if (index === -1) this.entries.push(saved);
    else this.entries[index] = saved;
    return ok(saved);
  }

  /** Row by row, as SpRosterStore's batches answer part by part: the next failures go to the next rows. */
  async saveRosterEntries(rows: readonly RosterWrite[]): Promise<Result<Array<DataError | undefined>, DataError>> {
    const outcomes: Array<DataError | undefined> = [];
    for (const row of rows) {
      const saved = await this.saveRosterEntry(row.entry, row.etag);
      outcomes.push(saved.ok ? undefined : saved.error);
    }
    return ok(outcomes);
  }
}
