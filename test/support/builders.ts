/**
 * The one test builder: objects the tests need, with valid defaults; a test overrides only what it is about.
 * Dates and instants are checked here, once, so no test casts a string to `IsoDate` or `IsoInstant`.
 */
import {
  directoryId, newObjective, objectiveId, parseIsoDate, staffId,
  type CycleWindow, type IsoDate, type IsoInstant, type Objective, type WorkingPattern
} from '../../src/domain';
import type { CycleRecordSummary, MeetingRecord, PersonRecords, RosterDraft, RosterEntry } from '../../src/data/ports';

/** A calendar date from `YYYY-MM-DD`; throws on anything that is not a real date, so a typo fails the test. */
export function isoDate(value: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new Error(`Not a calendar date: ${value}`);
  return parsed;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** A string the code must treat as a date though it may not be one: for tests that hand in a bad date on purpose. */
export const uncheckedIsoDate = (value: string): IsoDate => value as IsoDate;

/** A string the code must treat as an instant though it may not be one: for tests that hand in a bad value on purpose. */
export const uncheckedIsoInstant = (value: string): IsoInstant => value as IsoInstant;

/** A calendar date, or undefined for undefined (table-driven tests whose column may be empty). */
export const optionalIsoDate = (value: string | undefined): IsoDate | undefined => (value === undefined ? undefined : isoDate(value));

/** A UTC instant such as `2026-11-24T09:00:00Z`; throws on anything else. */
export function isoInstant(value: string): IsoInstant {
  if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value)) || !parseIsoDate(value.slice(0, 10))) {
    throw new Error(`Not a UTC instant: ${value}`);
  }
  return value as IsoInstant;
}

/** The 2026/27 cycle, April to March. */
export const CYCLE_2026: CycleWindow = { label: '2026/27', start: isoDate('2026-04-01'), end: isoDate('2027-03-31') };

/** Full time, Monday to Friday, term time only. */
export const FULL_TIME: WorkingPattern = {
  kind: 'fullTime', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:30', end: '15:30', termTimeOnly: true
};

/** A roster entry: a permanent, full-time learning-support TA reviewed by Tom. */
export const aRosterEntry = (key: string, over: Partial<RosterEntry> = {}): RosterEntry => ({
  id: staffId(key),
  directoryId: directoryId(key),
  upn: `${key}@school.example`,
  displayName: `Person ${key}`,
  jobTitle: 'Teaching assistant',
  category: 'learningSupport',
  contract: 'permanent',
  workingPattern: FULL_TIME,
  reviewer: directoryId('tom'),
  reviewerName: 'Tom Hughes',
  reviewerUpn: 'tom@school.example',
  jobDescriptionUrl: undefined,
  startDate: undefined,
  probationPassed: true,
  leftOn: undefined,
  etag: '1|"1"',
  ...over
});

/** The person's 2026/27 cycle record: full cycle, at `stage`, reviewed by Tom, opened on 1 April. */
export const aCycle = (
  key: string,
  stage: CycleRecordSummary['stage'] = 'planning',
  over: Partial<CycleRecordSummary> = {}
): CycleRecordSummary => ({
  staffKey: key,
  cycleKey: `${key}:2026-27`,
  cycle: CYCLE_2026,
  track: 'fullCycle',
  stage,
  reviewerKey: 'tom',
  openedOn: isoDate('2026-04-01'),
  ...over
});

/** An objective with everything planning asks for: a phonics group, six pupils, a tracker, due in March. */
export const anObjective = (id = 'o1', over: Partial<Objective> = {}): Objective => ({
  ...newObjective(objectiveId(id)),
  title: 'Phonics group',
  successCriteria: 'Six pupils move up a phase',
  agreedEvidence: 'Tracker',
  targetDate: isoDate('2027-03-12'),
  ...over
});

/** A roster draft (an entry before it is saved): the same defaults as aRosterEntry, without the ETag. */
export const aRosterDraft = (key: string, over: Partial<RosterDraft> = {}): RosterDraft => {
  const entry: Partial<RosterEntry> = aRosterEntry(key);
  delete entry.etag;
  return { ...(entry as RosterDraft), ...over };
};

/** A meeting of the person: booked, held on a date, an hour long. */
export const aMeeting = (key: string, kind: MeetingRecord['kind'], on: string, over: Partial<MeetingRecord> = {}): MeetingRecord => ({
  meetingKey: `${key}:${kind}:${on}`, staffKey: key, reviewerKey: 'tom', kind, eventId: `e-${key}-${kind}-${on}`,
  start: isoInstant(`${on}T09:00:00Z`), end: isoInstant(`${on}T10:00:00Z`), status: 'booked', joinUrl: undefined, etag: '1|"1"', ...over
});

/** A person with a 2026/27 cycle record at `stage` and the given meetings. */
export function aPersonRecords(
  key: string,
  stage: CycleRecordSummary['stage'] = 'interimReview',
  meetings: MeetingRecord[] = [],
  over: Partial<RosterEntry> = {},
  cycle: Partial<CycleRecordSummary> = {}
): PersonRecords {
  return { person: aRosterEntry(key, over), cycles: [aCycle(key, stage, cycle)], meetings };
}
