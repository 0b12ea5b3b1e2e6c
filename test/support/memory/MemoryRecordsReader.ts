import { ok, DEFAULT_SCHEME_SETTINGS, type Result, type SchemeSettings } from '../../../src/domain';
import type { DataError, PersonRecords, RecordsReader, SettingsReader } from '../../../src/data/ports';

/** Records a test puts in; mine() and team() filter them as SharePoint's trimming would. */
export class MemoryRecordsReader implements RecordsReader {
  constructor(readonly people: PersonRecords[] = []) {}

  async mine(staffKey: string): Promise<Result<PersonRecords | undefined, DataError>> {
    return ok(this.people.find((p) => p.person.id === staffKey));
  }

  async team(reviewerKey: string): Promise<Result<PersonRecords[], DataError>> {
    return ok(this.people.filter((p) => p.person.reviewer === reviewerKey));
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
