/** Builds AppServices from an SPFI and a Graph client: shared by both composition roots (SPFx and the workbench). */
import type { SPFI } from '@pnp/sp';
import type { Client } from '@microsoft/microsoft-graph-client';
import type {
  AppServices,
  AuditReader,
  CalendarGateway,
  Clock,
  CurrentUser,
  CycleStore,
  DirectoryGateway,
  DisagreementReader,
  FrameworkStore,
  GovernorMembership,
  GovernorReportStore,
  HealthFactsSource,
  MailSender,
  MeetingStore,
  PrivateNotesStore,
  RecordAccess,
  RecordsReader,
  ReminderLog,
  ReportSource,
  RetentionStore,
  ReviewRequestStore,
  RosterStore,
  SiteProvisioner,
  SubjectAccessLog,
  SubjectAccessSource,
  SupportPlanStore,
  TrustReportSource,
  TrustReportStore,
  TrustSites
} from './ports';
import { SpSiteGateway } from './sharepoint/SpSiteGateway';
import { SpSettingsReader } from './sharepoint/SpSettingsReader';
import { lazyPort } from './lazyPort';

/** The solution package's version (config/package-solution.json), shown on the health check's first line. */
export const PACKAGE_VERSION = '1.0.0.0';

/** What a host provides: transport-configured clients and plain facts. */
export interface ServiceInputs {
  sp: SPFI;
  /**
   * An SPFI for another site collection (a trust's school sites), configured as `sp` is. PnPjs reaches another web
   * with an SPFI of its own: `spfi(siteUrl).using(SPFx(context))` ("Connect to a different web", PnPjs getting started).
   */
  siteFor: (siteUrl: string) => SPFI;
  graph: Pick<Client, 'api'>;
  currentUser: CurrentUser;
  clock: Clock;
}

/** The production adapters over the given clients. Only the host and the sign-in differ between hosts. */
export function createAppServices(inputs: ServiceInputs): AppServices {
  const roster = lazyPort<RosterStore>(() =>
    import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpRosterStore').then((m) => new m.SpRosterStore(inputs.sp))
  );
  return {
    currentUser: inputs.currentUser,
    clock: inputs.clock,
    site: new SpSiteGateway(inputs.sp),
    // Records code (mappers, validation) loads with the first record view, outside the shared bundle.
    reader: lazyPort<RecordsReader>(() =>
      import(/* webpackChunkName: 'appraisal-records' */ './sharepoint/SpRecordsReader').then((m) => new m.SpRecordsReader(inputs.sp))
    ),
    settings: new SpSettingsReader(inputs.sp),
    meetings: lazyPort<MeetingStore>(() =>
      import(/* webpackChunkName: 'appraisal-records' */ './sharepoint/SpMeetingStore').then((m) => new m.SpMeetingStore(inputs.sp))
    ),
    cycles: lazyPort<CycleStore>(() =>
      import(/* webpackChunkName: 'appraisal-records' */ './sharepoint/SpCycleStore').then((m) => new m.SpCycleStore(inputs.sp))
    ),
    calendar: lazyPort<CalendarGateway>(() =>
      import(/* webpackChunkName: 'appraisal-calendar' */ './graph/GraphCalendarGateway').then(
        (m) => new m.GraphCalendarGateway(inputs.graph)
      )
    ),
    // Administrators' adapters load on first use, in their own chunk.
    provisioner: lazyPort<SiteProvisioner>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/provisioning/SpSiteProvisioner').then(
        (m) => new m.SpSiteProvisioner(inputs.sp)
      )
    ),
    roster,
    records: lazyPort<RecordAccess>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpRecordAccess').then((m) => new m.SpRecordAccess(inputs.sp))
    ),
    audit: lazyPort<AuditReader>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpAuditReader').then((m) => new m.SpAuditReader(inputs.sp))
    ),
    disagreements: lazyPort<DisagreementReader>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpDisagreementReader').then(
        (m) => new m.SpDisagreementReader(inputs.sp)
      )
    ),
    directory: lazyPort<DirectoryGateway>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './graph/GraphDirectoryGateway').then(
        (m) => new m.GraphDirectoryGateway(inputs.graph)
      )
    ),
    // Governor reports (governors' reads, administrators' preparation) load in their own chunk.
    governorReports: lazyPort<GovernorReportStore>(() =>
      import(/* webpackChunkName: 'appraisal-reports' */ './sharepoint/SpGovernorReportStore').then(
        (m) => new m.SpGovernorReportStore(inputs.sp)
      )
    ),
    governors: lazyPort<GovernorMembership>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpGovernorMembership').then(
        (m) => new m.SpGovernorMembership(inputs.sp)
      )
    ),
    privateNotes: lazyPort<PrivateNotesStore>(() =>
      import(/* webpackChunkName: 'appraisal-records' */ './sharepoint/SpPrivateNotes').then(
        (m) => new m.SpPrivateNotes(inputs.sp, () => inputs.clock.now())
      )
    ),
    retention: lazyPort<RetentionStore>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpRetentionStore').then((m) => new m.SpRetentionStore(inputs.sp))
    ),
    subjectAccess: lazyPort<SubjectAccessSource>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpSubjectAccess').then(
        (m) => new m.SpSubjectAccessSource(inputs.sp)
      )
    ),
    subjectAccessLog: lazyPort<SubjectAccessLog>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpSubjectAccess').then((m) => new m.SpSubjectAccessLog(inputs.sp))
    ),
    frameworks: lazyPort<FrameworkStore>(() =>
      import(/* webpackChunkName: 'appraisal-records' */ './sharepoint/SpFrameworkStore').then((m) => new m.SpFrameworkStore(inputs.sp))
    ),
    supportPlans: lazyPort<SupportPlanStore>(() =>
      import(/* webpackChunkName: 'appraisal-records' */ './sharepoint/SpSupportPlans').then((m) => new m.SpSupportPlans(inputs.sp))
    ),
    trustSites: lazyPort<TrustSites>(() =>
      import(/* webpackChunkName: 'appraisal-reports' */ './sharepoint/SpTrustSites').then((m) => new m.SpTrustSites(inputs.sp))
    ),
    trustReports: lazyPort<TrustReportSource>(() =>
      import(/* webpackChunkName: 'appraisal-reports' */ './sharepoint/SpTrustReportSource').then(
        (m) => new m.SpTrustReportSource(inputs.siteFor)
      )
    ),
    trustReportStore: lazyPort<TrustReportStore>(() =>
      import(/* webpackChunkName: 'appraisal-reports' */ './sharepoint/SpTrustReportStore').then((m) => new m.SpTrustReportStore(inputs.sp))
    ),
    health: lazyPort<HealthFactsSource>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpHealthFacts').then(
        (m) => new m.SpHealthFacts(inputs.sp, inputs.graph, roster, PACKAGE_VERSION)
      )
    ),
    reviewRequests: lazyPort<ReviewRequestStore>(() =>
      import(/* webpackChunkName: 'appraisal-records' */ './sharepoint/SpReviewRequests').then((m) => new m.SpReviewRequests(inputs.sp))
    ),
    // Reminders (issue 15): HR's log and Graph's sendMail, loaded with the Reminders tab.
    reminders: lazyPort<ReminderLog>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './sharepoint/SpReminderLog').then((m) => new m.SpReminderLog(inputs.sp))
    ),
    mail: lazyPort<MailSender>(() =>
      import(/* webpackChunkName: 'appraisal-admin-data' */ './graph/GraphMailSender').then((m) => new m.GraphMailSender(inputs.graph))
    ),
    reportSource: lazyPort<ReportSource>(() =>
      import(/* webpackChunkName: 'appraisal-reports' */ './sharepoint/SpReportSource').then((m) => new m.SpReportSource(inputs.sp))
    )
  };
}
