import { MemoryHealthFacts } from './MemoryHealthFacts';
import { directoryId, fail, ok, type Result } from '../../../src/domain';
import type { AppServices, CalendarGateway, DataError, SiteGateway, SiteProvisioner, SiteStatus } from '../../../src/data/ports';
import { fixedClock } from '../fixedClock';
import { MemorySiteProvisioner } from './MemorySiteProvisioner';
import { MemoryRosterStore } from './MemoryRosterStore';
import { MemoryDirectory } from './MemoryDirectory';
import { MemoryRecordAccess } from './MemoryRecordAccess';
import { MemoryRecordsReader, MemorySettings } from './MemoryRecordsReader';
import { MemoryCycleStore } from './MemoryCycleStore';
import { MemoryTrustReportSource } from './MemoryTrustReportSource';
import { MemoryTrustSites } from './MemoryTrustSites';
import { MemoryTrustReportStore } from './MemoryTrustReportStore';
import { MemoryGovernorMembership } from './MemoryGovernorMembership';
import { MemoryGovernorReports, MemoryReportSource } from './MemoryGovernorReports';
import { MemoryPrivateNotes } from './MemoryPrivateNotes';
import { MemorySupportPlans } from './MemorySupportPlans';
import { MemoryRetention } from './MemoryRetention';
import { MemoryFrameworkStore } from './MemoryFrameworkStore';
import { MemoryReviewRequests } from './MemoryReviewRequests';
import { MemoryMailSender, MemoryReminderLog } from './MemoryReminders';

/** A SiteGateway that answers from a list of scripted results, one per call (the last repeats). */
export class ScriptedSiteGateway implements SiteGateway {
  calls = 0;

  constructor(private readonly answers: Array<Result<SiteStatus, DataError> | 'pending'>) {}

  getStatus(): Promise<Result<SiteStatus, DataError>> {
    const answer = this.answers[Math.min(this.calls, this.answers.length - 1)];
    this.calls++;
    return answer === 'pending' ? new Promise(() => undefined) : Promise.resolve(answer);
  }
}

/** Shorthands for scripted answers. */
export const siteAnswers = {
  ready: ok<SiteStatus>({ kind: 'ready', schemaVersion: 5 }),
  notSetUp: ok<SiteStatus>({ kind: 'notSetUp' }),
  noAccess: ok<SiteStatus>({ kind: 'noAccess' }),
  upgradeNeeded: ok<SiteStatus>({ kind: 'upgradeNeeded', installed: 1, required: 2 }),
  unavailable: fail<DataError>({ code: 'unavailable' }),
  throttled: fail<DataError>({ code: 'throttled', retryAfterSeconds: 5 })
};

const refuse = async (): Promise<never> => {
  throw new Error('This test does not use the calendar');
};
/** A calendar for tests that must not book anything. */
const unusedCalendar: CalendarGateway = {
  findSlots: refuse,
  getSchedule: refuse,
  getScheduleByDay: refuse,
  book: refuse,
  reschedule: refuse,
  cancel: refuse,
  getEvent: refuse,
  findEventsWith: refuse
};

/** AppServices over memory fakes, for component tests. */
export function memoryServices(
  site: SiteGateway = new ScriptedSiteGateway([siteAnswers.ready]),
  provisioner: SiteProvisioner = new MemorySiteProvisioner()
): AppServices {
  return {
    currentUser: {
      directoryId: directoryId('0f9e2a55-aisha'),
      loginName: 'i:0#.f|membership|aisha.begum@riversideprimary.onmicrosoft.com',
      displayName: 'Aisha Begum',
      email: 'aisha.begum@riversideprimary.onmicrosoft.com'
    },
    clock: fixedClock('2026-11-24'),
    site,
    provisioner,
    roster: new MemoryRosterStore(),
    directory: new MemoryDirectory(),
    records: new MemoryRecordAccess(),
    reader: new MemoryRecordsReader(),
    settings: new MemorySettings(),
    meetings: { saveMeeting: async (m) => ok({ ...m, etag: '1|"1"' }), saveNotes: async (m, notes) => ok({ ...m, notes, etag: '1|"2"' }) },
    calendar: unusedCalendar,
    cycles: new MemoryCycleStore(),
    audit: { list: async () => ok([]) },
    disagreements: { open: async () => ok([]) },
    governorReports: new MemoryGovernorReports(),
    reportSource: new MemoryReportSource(),
    governors: new MemoryGovernorMembership(),
    trustSites: new MemoryTrustSites(),
    trustReports: new MemoryTrustReportSource(),
    trustReportStore: new MemoryTrustReportStore(),
    privateNotes: new MemoryPrivateNotes(),
    retention: new MemoryRetention(),
    subjectAccess: { gather: async () => ok([]) },
    subjectAccessLog: {
      list: async () => ok([]),
      log: async () => ok(undefined),
      recordProduction: async () => ok(undefined),
      recordDecision: async () => ok(undefined),
      decisions: async () => ok([])
    },
    supportPlans: new MemorySupportPlans(),
    frameworks: new MemoryFrameworkStore(),
    reviewRequests: new MemoryReviewRequests(),
    health: new MemoryHealthFacts(),
    reminders: new MemoryReminderLog(),
    mail: new MemoryMailSender()
  };
}
