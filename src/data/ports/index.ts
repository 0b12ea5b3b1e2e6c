/**
 * Ports: what the app and components need from the outside world, in the domain's language. One port per file, each
 * importing only the domain and its sibling files (never this barrel, so no cycle); other layers import this barrel.
 */
export type { AppServices } from './appServices';
export type { AuditEntry, AuditReader, AuditRecord } from './auditTrail';
export type { Clock } from './clock';
export type { CurrentUser } from './currentUser';
export type { CycleSaveError, CycleStore, StoredCycle } from './cycleStore';
export type { DataError } from './dataError';
export type { DisagreementReader } from './disagreementReader';
export type { FrameworkStore } from './frameworkStore';
export type { GovernorMember, GovernorMembership } from './governorMembership';
export type { GovernorReportStore, PublishedReport, PublishedReportSummary } from './governorReports';
export type { HealthFactsSource } from './healthFacts';
export type { ItemProblem } from './itemProblem';
export type {
  BookingRequest,
  CalendarError,
  CalendarEvent,
  CalendarGateway,
  FreeBusy,
  SlotSearch,
  SlotSearchResult,
  TimeSlot
} from './meetingCalendar';
export type { MeetingSaveError, MeetingStore } from './meetingStore';
export type { DirectoryGateway, DirectoryPerson } from './peopleDirectory';
export type { NewPrivateNote, PrivateNote, PrivateNotesStore } from './privateNotes';
export type { RecordAccess } from './recordAccess';
export type { AccessRun, BulkFailure, BulkOutcome, OpenRecordRequest, OpeningRun, RecordOpening } from './recordOpening';
export type { OwnRecords, PeopleRecords, PersonRecords, RecordsReader } from './recordsReader';
export type { MailError, MailSender, ReminderLog, ReminderLogEntry, ReminderLogState } from './reminders';
export type { ReportSource } from './reportSource';
export type { DatedItem, DisposalLogEntry, DisposalOutcome, RetentionStamp, RetentionStore } from './retentionStore';
export type { AskForReview, DecideReview, ReviewRequestStore, ReviewRequestSummary, ReviewWriteError } from './reviewRequests';
export type { RosterDraft, RosterEntry, RosterListing, RosterStore, RosterWrite } from './rosterStore';
export type { SettingsReader } from './settingsStore';
export type { ProvisioningRights, ProvisioningStep, SiteProvisioner } from './siteProvisioner';
export type { SiteGateway, SiteStatus } from './siteStatus';
export type { PersonItem, SubjectAccessSource } from './subjectAccess';
export type { BundleProduction, SubjectAccessLog } from './subjectAccessLog';
export type { NewSupportPlan, SupportPlanStore } from './supportPlans';
export type { TrustReportSource, TrustSiteRead } from './trustReports';
export type { PublishedTrustReport, PublishedTrustReportSummary, TrustReportStore, TrustSiteNotAvailable } from './trustReportStore';
export type { TrustSites } from './trustSites';
/** Read models the ports return, defined in the domain with their rules (src/domain/records); re-exported for imports written before. */
export type { CycleRecordSummary, MeetingKind, MeetingRecord } from '../../domain';
