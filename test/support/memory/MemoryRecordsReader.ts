import {
  currentStage,
  emptyCycleDocument,
  notRequiredFor,
  ok,
  stagesSetAside,
  DEFAULT_SCHEME_SETTINGS,
  type Result,
  type SchemeSettings
} from '../../../src/domain';
import type {
  DataError,
  ItemProblem,
  OwnRecords,
  PeopleRecords,
  PersonRecords,
  RecordsReader,
  SettingsReader
} from '../../../src/data/ports';

/**
 * Records a test puts in; mine() and team() filter them as SharePoint's trimming would, by the roster entry (the
 * reviewer is the roster's, never a key on a record). `problems` are the items the adapter would have left out.
 * As SpRecordsReader: people come in name order, and each cycle and meeting carries the roster's reviewer key.
 */
function asRead(p: PersonRecords): PersonRecords {
  const reviewerKey = p.person.reviewer;
  const cycles = p.cycles.map((c) => {
    // As onRosterTrack: the roster's stages marked not required and absences join the summary; the stage follows.
    const notRequired = notRequiredFor(c.cycle, p.person.stagesNotRequired);
    const closedNotAgreed = notRequiredFor(c.cycle, p.person.stagesClosedNotAgreed);
    const setAside = stagesSetAside({ cycle: c.cycle, document: c.document, notRequired, closedNotAgreed });
    const stage = setAside.length && c.track === 'fullCycle' ? currentStage(c.document ?? emptyCycleDocument(), setAside) : c.stage;
    return { ...c, reviewerKey, stage, notRequired, closedNotAgreed, absences: p.person.absences ?? [] };
  });
  return { ...p, cycles, meetings: p.meetings.map((m) => ({ ...m, reviewerKey })) };
}

export class MemoryRecordsReader implements RecordsReader {
  readonly problems: ItemProblem[] = [];

  constructor(readonly people: PersonRecords[] = []) {}

  async mine(staffKey: string): Promise<Result<OwnRecords, DataError>> {
    const record = this.people.find((p) => p.person.id === staffKey);
    return ok({ record: record && asRead(record), problems: [...this.problems] });
  }

  async team(reviewerKey: string): Promise<Result<PeopleRecords, DataError>> {
    const people = this.people.filter((p) => p.person.reviewer === reviewerKey).map(asRead);
    return ok({
      people: people.sort((a, b) => a.person.displayName.localeCompare(b.person.displayName, 'en-GB')),
      problems: [...this.problems]
    });
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
