/** Ports: what the app and components need from the outside world, in the domain's language. */
import type {
  AppraisalTrack,
  CycleDocument,
  CycleWindow,
  DirectoryId,
  IsoDate,
  IsoInstant,
  LocalWindow,
  LongAbsence,
  OneToOneNotes,
  SupportPeriod,
  Result,
  SchemeSettings,
  Stage,
  StageClosedNotAgreed,
  StageNotRequired,
  StaffMember
} from '../domain';
import type { GovernorMembership, GovernorReportStore, ReportSource, TrustReportSource, TrustSites } from './reportPorts';
import type { AuditReader, CycleStore, DisagreementReader } from './cyclePorts';
import type { HealthFactsSource } from './healthPorts';
import type { ItemProblem, OwnRecords, PeopleRecords, RosterListing } from './readPorts';
import type { RecordOpening } from './bulkPorts';
import type { DataProtectionServices } from './dataProtectionPorts';
import type { FrameworkServices } from './frameworkPorts';
import type { MailSender, ReminderLog } from './ports/reminders';

/** Why a read or write against SharePoint or Graph did not succeed, in terms the UI can explain. */
export type DataError =
  | { code: 'accessDenied' }
  | { code: 'notFound' }
  | { code: 'conflict' }
  | { code: 'throttled'; retryAfterSeconds: number | undefined }
  | { code: 'unavailable' }
  /** SharePoint's 5,000-item list-view threshold refused a query (500 SPQueryThrottledException): waiting will not help. */
  | { code: 'listViewThreshold' }
  /** SharePoint or Graph refused a request body over its size limit (413, or 400 "The request message is too big"). */
  | { code: 'tooLarge' }
  | { code: 'unexpected'; detail: string }
  /** An item in SharePoint does not have the shape the app wrote (edited by hand, or by another tool). */
  | { code: 'malformed'; list: string; itemId: number; field: string };

/** Whether the appraisal site is ready for this user. */
export type SiteStatus =
  | { kind: 'ready'; schemaVersion: number }
  | { kind: 'notSetUp' }
  | { kind: 'upgradeNeeded'; installed: number; required: number }
  | { kind: 'noAccess' };

/** Reads the state of the appraisal site (provisioned? which schema version? can this user reach it?). */
export interface SiteGateway {
  getStatus(): Promise<Result<SiteStatus, DataError>>;
}

/** One idempotent step of setting up the site; `target` names the list or group it works on. */
export interface ProvisioningStep {
  id: string;
  kind:
    | 'list'
    | 'fields'
    | 'groups'
    | 'roleDefinitions'
    | 'listPermissions'
    | 'sitePermissions'
    | 'settings'
    | 'listGrants'
    | 'folderGrants'
    | 'sharing'
    | 'migration'
    | 'groupOwners'
    | 'content';
  target: string;
}

/** Whether the signed-in user may set up the site, and which rights they lack if not. */
export interface ProvisioningRights {
  canProvision: boolean;
  missing: Array<'manageWeb' | 'manageLists' | 'managePermissions'>;
}

/** Sets up (and upgrades) the appraisal site: lists, fields, indexes, groups, permissions, settings. */
export interface SiteProvisioner {
  checkRights(): Promise<Result<ProvisioningRights, DataError>>;
  /** The steps not yet recorded as done on this site, in order. */
  pendingSteps(): Promise<Result<ProvisioningStep[], DataError>>;
  /** Runs one step; running a step again changes nothing. Records it as done. */
  runStep(step: ProvisioningStep): Promise<Result<void, DataError>>;
  /** Records that every step of this schema version is done. */
  finish(): Promise<Result<void, DataError>>;
}

/** A person in the tenant's directory (Entra ID). */
export interface DirectoryPerson {
  id: DirectoryId;
  upn: string;
  /** Entra ID `mail`: the mailbox's SMTP address, which may differ from the UPN (absent: no mailbox address known). */
  mail?: string;
  displayName: string;
  jobTitle: string | undefined;
  /** The directory's manager attribute, which becomes the reviewer on import. */
  managerId: DirectoryId | undefined;
}

/** Reads people from the directory (Microsoft Graph in a tenant). */
export interface DirectoryGateway {
  /** The people with these UPNs (keys lower-case); unknown UPNs are simply absent. */
  findByUpns(upns: readonly string[]): Promise<Result<Map<string, DirectoryPerson>, DataError>>;
  /** Everyone with an enabled account, with their manager, for importing the roster from Entra ID. */
  listPeopleWithManagers(): Promise<Result<DirectoryPerson[], DataError>>;
}

/** A roster entry to save: the staff member plus how to reach them and their reviewer's name as the directory had it. */
export interface RosterDraft extends StaffMember {
  upn: string;
  /**
   * The person's mailbox address (Entra ID `mail`), when it differs from the UPN or was read from the directory.
   * Outlook resolves attendees and schedules by SMTP address, not UPN, so every Outlook call uses `mailboxOf`.
   */
  mail?: string;
  reviewerName: string | undefined;
  reviewerUpn: string | undefined;
  /** While the reviewer is acting for one on long absence (AB9.M5): who is reinstated later, and since when. */
  actingFor?: { reviewer: DirectoryId; reviewerName: string; reviewerUpn: string; since: IsoDate };
}

/** A roster entry as stored, with an adapter-defined version token (sent back on update to detect conflicts). */
export interface RosterEntry extends RosterDraft {
  etag: string;
}

/** The staff roster (one item per person in a list only administrators write). Administrators only. */
export interface RosterStore {
  listRoster(): Promise<Result<RosterListing, DataError>>;
  /** Adds (etag undefined) or updates a roster entry; a stale etag gives `conflict`. */
  saveRosterEntry(entry: RosterDraft, etag: string | undefined): Promise<Result<RosterEntry, DataError>>;
  /**
   * Adds or updates many entries in as few round trips as SharePoint allows. Each row succeeds or fails on its own:
   * the answer holds, in row order, `undefined` for a saved row or what refused it. Passing a failed row again is safe.
   */
  saveRosterEntries(rows: readonly RosterWrite[]): Promise<Result<Array<DataError | undefined>, DataError>>;
}

/** One row of a bulk roster write: the entry, and its version token when it is an update. */
export interface RosterWrite {
  entry: RosterDraft;
  etag: string | undefined;
}

/** A span of time between two UTC instants. */
export interface TimeSlot {
  start: IsoInstant;
  end: IsoInstant;
}

/** Which appraisal meeting an Outlook event is for (its subject names the kind only). */
export type MeetingKind = 'planning' | 'interimReview' | 'finalReview' | 'oneToOne';

/** What to look for: a slot of `durationMinutes` inside one of `windows`, free for the organiser and the attendee. */
export interface SlotSearch {
  attendeeUpn: string;
  /** London wall-clock windows from the domain's meetingWindows; Graph converts them to instants. */
  windows: readonly LocalWindow[];
  durationMinutes: number;
  maxCandidates: number;
}

/** Slots Outlook suggests, or why it has none. */
export type SlotSearchResult =
  | { kind: 'slots'; slots: TimeSlot[] }
  | { kind: 'none'; reason: 'attendeesUnavailable' | 'organizerUnavailable' | 'unknown' };

/** One person's free/busy: one code per interval ('0' free, '1' tentative, '2' busy, '3' away, '4' elsewhere). */
export interface FreeBusy {
  upn: string;
  intervalMinutes: number;
  availability: string;
}

/** An Outlook event as the record shows it (Outlook is the source of truth for its time). */
export interface CalendarEvent {
  eventId: string;
  start: IsoInstant;
  end: IsoInstant;
  cancelled: boolean;
  joinUrl: string | undefined;
  webLink: string | undefined;
}

/** A booking: neutral subject, a link to the record, no appraisal content. */
export interface BookingRequest {
  /** Deterministic, so a retried request never makes a second invite (Graph transactionId). */
  transactionId: string;
  kind: MeetingKind;
  attendeeUpn: string;
  attendeeName: string;
  slot: TimeSlot;
  teamsMeeting: boolean;
  /** Neutral words only: the meeting kind and first names (DOMAIN §5). Composed by the app from loc strings. */
  subject: string;
  /** A link to the record and nothing else. */
  bodyHtml: string;
  /** Optional series: the event repeats every `weeks` weeks until `until`. */
  recurrence?: { weeks: number; until: IsoDate };
}

/** Why a calendar action failed; the first two need an administrator. */
export type CalendarError =
  | DataError
  | { code: 'permissionNotApproved'; scopes: readonly string[] }
  | { code: 'unknownMailbox'; upn: string };

/** Outlook through Microsoft Graph, as the signed-in reviewer. */
export interface CalendarGateway {
  findSlots(search: SlotSearch): Promise<Result<SlotSearchResult, CalendarError>>;
  /** Free/busy over a London wall-clock window (Graph applies the zone). */
  getSchedule(upns: readonly string[], window: LocalWindow, intervalMinutes: number): Promise<Result<FreeBusy[], CalendarError>>;
  /**
   * Free/busy for the same London hours on each of `days` (in order, within 62 days), read with one getSchedule call
   * for the whole range: Outlook serves at most 4 concurrent requests per mailbox.
   */
  getScheduleByDay(
    upns: readonly string[],
    days: readonly IsoDate[],
    hours: { start: string; end: string },
    intervalMinutes: number
  ): Promise<Result<Array<{ day: IsoDate; schedules: FreeBusy[] }>, CalendarError>>;
  book(request: BookingRequest): Promise<Result<CalendarEvent, CalendarError>>;
  reschedule(eventId: string, slot: TimeSlot): Promise<Result<CalendarEvent, CalendarError>>;
  /** Cancels as the organiser; `organiserUpn` when that is someone else who shared their calendar with the caller. */
  cancel(eventId: string, message: string, organiserUpn?: string): Promise<Result<void, CalendarError>>;
  /** Reads the event back; `notFound` when it was deleted in Outlook. */
  getEvent(eventId: string): Promise<Result<CalendarEvent, CalendarError>>;
  /** Events in the organiser's calendar with this attendee, to link one booked by hand. */
  findEventsWith(attendeeUpn: string, window: TimeSlot): Promise<Result<CalendarEvent[], CalendarError>>;
}

/** What opening one person's record for a cycle needs. */
export interface OpenRecordRequest {
  entry: RosterEntry;
  cycle: CycleWindow;
  track: AppraisalTrack;
  retainUntil: IsoDate;
  openedOn: IsoDate;
}

/** Opens records (the person and their reviewer get access to the person's folders, the cycle record is created). */
export interface RecordAccess extends RecordOpening {
  /** Staff whose record for this cycle is already open, so that a second run skips them (bulk: `beginOpening`). */
  openedFor(cycle: CycleWindow): Promise<Result<Set<string>, DataError>>;
  /** Idempotent: running it again for the same person and cycle changes nothing. */
  openRecord(request: OpenRecordRequest): Promise<Result<void, DataError>>;
  /** Moves access from the current reviewer to the new one; history stays, an audit entry is written. */
  changeReviewer(entry: RosterEntry, next: DirectoryPerson): Promise<Result<RosterEntry, DataError>>;
  /** A leaver: the person and their reviewer lose access; the record is kept for its retention period. */
  closeAccess(entry: RosterEntry, leftOn: IsoDate): Promise<Result<RosterEntry, DataError>>;
  /** Moves a left-out item to the recycle bin, with an audit entry. Administrators only (parties cannot delete). */
  recycleItem(problem: ItemProblem): Promise<Result<void, DataError>>;
}

/** A cycle record as the appraisee's and reviewer's views list it. */
export interface CycleRecordSummary {
  staffKey: string;
  cycleKey: string;
  cycle: CycleWindow;
  track: AppraisalTrack;
  stage: Stage | 'agreed' | 'closed';
  reviewerKey: string | undefined;
  openedOn: IsoDate | undefined;
  /** From the roster (only administrators write it): this cycle's stages marked not required, and long absences. */
  notRequired?: readonly StageNotRequired[];
  closedNotAgreed?: readonly StageClosedNotAgreed[];
  absences?: readonly LongAbsence[];
  /** When informal support plans ran (dates only, read from the plans the user may see): deadlines pause meanwhile. */
  supportPeriods?: readonly SupportPeriod[];
  /** A stage shared for agreement and not yet answered, with when the reviewer shared it (scenario 12). */
  awaitingAgreement?: { stage: Stage; since: IsoInstant };
  /** The cycle's content as the same query read it, once either party has written any, with trusted signatures. */
  document?: CycleDocument;
  /** When SharePoint last saw the item change and by whom (its Modified and Editor): shown beside a tampered record. */
  lastChanged?: { at: IsoInstant; byUserId: number | undefined; byName?: string };
}

/** A meeting booked in Outlook from the record: the event id links the two (Outlook is the source of truth for time). */
export interface MeetingRecord {
  meetingKey: string;
  staffKey: string;
  /** The appraisee's reviewer, so the meeting shows in the reviewer's team view too. */
  reviewerKey: string | undefined;
  kind: MeetingKind;
  eventId: string;
  start: IsoInstant;
  end: IsoInstant;
  status: 'booked' | 'cancelled';
  joinUrl: string | undefined;
  /** The one-to-one's agenda, notes and actions, once either party has written any (AB9, AB10). */
  notes?: OneToOneNotes;
  etag: string;
}

/** Why saving a one-to-one's notes did not succeed: `staleVersion` carries the meeting as saved meanwhile (ETag 412). */
export type MeetingSaveError = DataError | { code: 'staleVersion'; current: MeetingRecord };

/** Stores meetings in the person's folder (the reviewer has Contribute there). */
export interface MeetingStore {
  saveMeeting(meeting: Omit<MeetingRecord, 'etag'>, etag: string | undefined): Promise<Result<MeetingRecord, DataError>>;
  /** Saves a one-to-one's notes over `meeting`, whose etag guards the write. */
  saveNotes(meeting: MeetingRecord, notes: OneToOneNotes): Promise<Result<MeetingRecord, MeetingSaveError>>;
}

/** A person with their cycle records and meetings, as far as the signed-in user may see them. */
export interface PersonRecords {
  person: RosterEntry;
  cycles: CycleRecordSummary[];
  meetings: MeetingRecord[];
}

/** Reads records through SharePoint's own trimming: each query returns only what the user may read. */
export interface RecordsReader {
  /** The signed-in person's own roster entry and cycles (appraisees); `record` undefined when none has been opened. */
  mine(staffKey: string): Promise<Result<OwnRecords, DataError>>;
  /** The people the signed-in reviewer appraises (by the roster, which only administrators write), with their cycles. */
  team(reviewerKey: string): Promise<Result<PeopleRecords, DataError>>;
}

/** The scheme's settings as the school has set them. */
export interface SettingsReader {
  getSettings(): Promise<Result<SchemeSettings, DataError>>;
  /** Saves the settings that differ from what is stored (administrators only). */
  saveSettings(settings: SchemeSettings): Promise<Result<SchemeSettings, DataError>>;
}

/** The signed-in person, as plain values from the host (SPFx page context or the workbench switcher). */
export interface CurrentUser {
  /** Entra object id: how the app finds the person's own records (their staff key). */
  directoryId: DirectoryId;
  loginName: string;
  displayName: string;
  email: string;
}

/** The only source of time outside tests (systemClock) — the domain never reads the system time. */
export interface Clock {
  today(): IsoDate;
  now(): IsoInstant;
}

/** Everything a root component needs, built once per host by a composition root. */
export interface AppServices extends DataProtectionServices, FrameworkServices {
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
  /** The health check's reads (issue 13): administrators only, and it writes nothing. */
  health: HealthFactsSource;
  /** Reminders in Outlook (issue 15): the log and settings (administrators only), and mail sent as the signed-in person. */
  reminders: ReminderLog;
  mail: MailSender;
}

/** Governor reports' ports, kept in their own file. */
export type { ItemProblem, OwnRecords, PeopleRecords, RosterListing } from './readPorts';
export type { AuditEntry, AuditReader, AuditRecord, CycleSaveError, CycleStore, DisagreementReader, StoredCycle } from './cyclePorts';
export type {
  GovernorMember,
  GovernorMembership,
  GovernorReportStore,
  PublishedReport,
  PublishedReportSummary,
  ReportSource,
  TrustReportSource,
  TrustSiteRead,
  TrustSites
} from './reportPorts';
