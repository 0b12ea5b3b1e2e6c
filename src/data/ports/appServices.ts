/** Everything a root component needs, one service per port, built once per host by a composition root. */
import type { AuditReader } from './auditTrail';
import type { CalendarGateway } from './meetingCalendar';
import type { Clock } from './clock';
import type { CurrentUser } from './currentUser';
import type { CycleStore } from './cycleStore';
import type { DirectoryGateway } from './peopleDirectory';
import type { DisagreementReader } from './disagreementReader';
import type { FrameworkStore } from './frameworkStore';
import type { GovernorMembership } from './governorMembership';
import type { GovernorReportStore } from './governorReports';
import type { HealthFactsSource } from './healthFacts';
import type { MeetingStore } from './meetingStore';
import type { PrivateNotesStore } from './privateNotes';
import type { RecordAccess } from './recordAccess';
import type { RecordsReader } from './recordsReader';
import type { MailSender, ReminderLog } from './reminders';
import type { ReportSource } from './reportSource';
import type { RetentionStore } from './retentionStore';
import type { ReviewRequestStore } from './reviewRequests';
import type { RosterStore } from './rosterStore';
import type { SettingsReader } from './settingsStore';
import type { SiteProvisioner } from './siteProvisioner';
import type { SiteGateway } from './siteStatus';
import type { SubjectAccessSource } from './subjectAccess';
import type { SubjectAccessLog } from './subjectAccessLog';
import type { SupportPlanStore } from './supportPlans';
import type { TrustReportSource } from './trustReports';
import type { TrustReportStore } from './trustReportStore';
import type { TrustSites } from './trustSites';

/** Everything a root component needs, built once per host by a composition root. */
export interface AppServices {
  currentUser: CurrentUser;
  clock: Clock;
  site: SiteGateway;
  provisioner: SiteProvisioner;
  roster: RosterStore;
  directory: DirectoryGateway;
  records: RecordAccess;
  reader: RecordsReader;
  settings: SettingsReader;
  meetings: MeetingStore;
  calendar: CalendarGateway;
  cycles: CycleStore;
  audit: AuditReader;
  disagreements: DisagreementReader;
  governorReports: GovernorReportStore;
  reportSource: ReportSource;
  governors: GovernorMembership;
  /** On a trust's site: the school sites its trust report reads. */
  trustSites: TrustSites;
  /** Trust administrators: each school site's published report and exact return. */
  trustReports: TrustReportSource;
  /** On a trust's site: the published trust reports (the board reads, administrators publish). */
  trustReportStore: TrustReportStore;
  /** The health check's reads (issue 13): administrators only, and it writes nothing. */
  health: HealthFactsSource;
  /** Framework packs (issue 18): every reviewer reads them, only administrators write. */
  frameworks: FrameworkStore;
  /** Data protection: a reviewer's private notes, retention and disposal, subject access, informal support. */
  privateNotes: PrivateNotesStore;
  retention: RetentionStore;
  subjectAccess: SubjectAccessSource;
  subjectAccessLog: SubjectAccessLog;
  supportPlans: SupportPlanStore;
  /** Review requests after the final review (issue 15): the appraisee asks, the head decides. */
  reviewRequests: ReviewRequestStore;
  /** Reminders in Outlook (issue 15): the log and settings (administrators only), and mail sent as the signed-in person. */
  reminders: ReminderLog;
  mail: MailSender;
}
