import { ok, DEFAULT_SCHEME_SETTINGS, type Result, type SchemeSettings } from '../../../src/domain';
import type { DataError, ItemProblem, OwnRecords, PeopleRecords, PersonRecords, RecordsReader, SettingsReader } from '../../../src/data/ports';

/**
 * Records a test puts in; mine() and team() filter them as SharePoint's trimming would, by the roster entry (the
 * reviewer is the roster's, never a key on a record). `problems` are the items the adapter would have left out.
 */
export class MemoryRecordsReader implements RecordsReader {
  readonly problems: ItemProblem[] = [];

  constructor(readonly people: PersonRecords[] = []) {}

  async mine(staffKey: string): Promise<Result<OwnRecords, DataError>> {
    return ok({ record: this.people.find((p) => p.person.id === staffKey), problems: [...this.problems] });
  }

  async team(reviewerKey: string): Promise<Result<PeopleRecords, DataError>> {
    return ok({ people: this.people.filter((p) => p.person.reviewer === reviewerKey), problems: [...this.problems] });
  }
}

/** Settings as a test sets them. */
export class MemorySettings implements SettingsReader {
  constructor(public settings: SchemeSettings = DEFAULT_SCHEME_SETTINGS) {}

  async getSettings(): Promise<Result<SchemeSettings, DataError>> {
    return ok(this.settings);
  }

  async saveSettings(settings: SchemeSettings): Promise<Result<SchemeSettings, DataError>> {
    this.settings = settings;
    return ok(settings);
  }
}
