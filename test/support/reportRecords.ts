/** Builders for everyone's records, as the report source returns them: valid defaults, override what a test is about. */
import { directoryId, staffId, type IsoDate, type IsoInstant } from '../../src/domain';
import type { CycleRecordSummary, MeetingRecord, PersonRecords, RosterEntry } from '../../src/data/ports';

/** The 2026/27 cycle, April to March. */
export const CYCLE_2026 = { label: '2026/27', start: '2026-04-01' as IsoDate, end: '2027-03-31' as IsoDate };

/** A roster entry: a permanent, full-time learning-support TA reviewed by Tom. */
export const aRosterEntry = (key: string, over: Partial<RosterEntry> = {}): RosterEntry => ({
  id: staffId(key),
  directoryId: directoryId(key),
  upn: `${key}@school.example`,
  displayName: `Person ${key}`,
  jobTitle: 'Teaching assistant',
  category: 'learningSupport',
  contract: 'permanent',
  workingPattern: { kind: 'fullTime', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:30', end: '15:30', termTimeOnly: true },
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

/** A meeting of the person: booked, held on a date, an hour long. */
export const aMeeting = (key: string, kind: MeetingRecord['kind'], on: string, over: Partial<MeetingRecord> = {}): MeetingRecord => ({
  meetingKey: `${key}:${kind}:${on}`, staffKey: key, reviewerKey: 'tom', kind, eventId: `e-${key}-${kind}-${on}`,
  start: `${on}T09:00:00Z` as IsoInstant, end: `${on}T10:00:00Z` as IsoInstant, status: 'booked', joinUrl: undefined, etag: '1|"1"', ...over
});

/** A person with a 2026/27 cycle record at `stage` and the given meetings. */
export function aPersonRecords(
  key: string,
  stage: CycleRecordSummary['stage'] = 'interimReview',
  meetings: MeetingRecord[] = [],
  over: Partial<RosterEntry> = {},
  cycle: Partial<CycleRecordSummary> = {}
): PersonRecords {
  return {
    person: aRosterEntry(key, over),
    cycles: [
      {
        staffKey: key,
        cycleKey: `${key}:2026-27`,
        cycle: CYCLE_2026,
        track: 'fullCycle',
        stage,
        reviewerKey: 'tom',
        openedOn: '2026-04-01' as IsoDate,
        ...cycle
      }
    ],
    meetings
  };
}
