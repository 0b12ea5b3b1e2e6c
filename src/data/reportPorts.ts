/** Ports for governor reports: published snapshots, and everyone's records for preparing them (administrators). */
import type { GovernorReportSnapshot, IsoDate, Result, TrustReturn, TrustSchool } from '../domain';
import type { DataError, PeopleRecords } from './ports';

/** A published governor report as the list of reports shows it. */
export interface PublishedReportSummary {
  id: string;
  cycleLabel: string;
  publishedOn: IsoDate;
}

/** A published governor report with its snapshot: already anonymised, nothing but published values. */
export interface PublishedReport extends PublishedReportSummary {
  snapshot: GovernorReportSnapshot;
}

/** Published governor reports: governors read them, administrators publish them. */
export interface GovernorReportStore {
  /** Newest first. */
  listPublished(): Promise<Result<PublishedReportSummary[], DataError>>;
  getPublished(id: string): Promise<Result<PublishedReport, DataError>>;
  /**
   * Publishes a snapshot for governors; with a trust return, also the school's exact counts for its trust, which
   * only trust administrators can read (never the school's governors).
   */
  publish(
    snapshot: GovernorReportSnapshot,
    publishedOn: IsoDate,
    trustReturn?: TrustReturn
  ): Promise<Result<PublishedReportSummary, DataError>>;
  /**
   * Withdraws a published report (administrators only): an audit entry records it, then the item goes to the site's
   * recycle bin, so governors no longer see it. A report already withdrawn is `notFound`. To replace it, publish again.
   */
  withdraw(id: string): Promise<Result<void, DataError>>;
}

/** Everyone's records for one cycle, for reports and monitoring. Administrators only: anyone else gets `accessDenied`. */
export interface ReportSource {
  /** Every person on the roster with a cycle record labelled `cycleLabel`, with that cycle and their meetings, and the items left out. */
  everyone(cycleLabel: string): Promise<Result<PeopleRecords, DataError>>;
}

/** Someone in the Appraisal Governors group. */
export interface GovernorMember {
  /** SharePoint's site user id, used to remove them. */
  id: number;
  name: string;
  email: string;
}

/** Who may read published governor reports (the Appraisal Governors group). Administrators only change it. */
export interface GovernorMembership {
  list(): Promise<Result<GovernorMember[], DataError>>;
  /** Adds a person by email or user principal name; `notFound` when the directory has no such person. */
  add(email: string): Promise<Result<GovernorMember, DataError>>;
  remove(id: number): Promise<Result<void, DataError>>;
}

/** What one school site gave the trust report: its name, exact return and published report, or why not. */
export type TrustSiteRead =
  | { site: string; available: true; school: TrustSchool }
  | { site: string; available: false; reason: 'nothingPublished' | 'unreadable' };

/**
 * Each school site's published report and exact return for a cycle (trust administrators). At most one round trip
 * per school site; a site that fails or has nothing published for the cycle is "not available", never an error.
 */
export interface TrustReportSource {
  schools(siteUrls: readonly string[], cycleLabel: string): Promise<TrustSiteRead[]>;
}

/**
 * The school sites a trust's report reads: a setting on the trust's own site, which everyone on the site may read
 * and only its administrators change (SharePoint refuses anyone else's write).
 */
export interface TrustSites {
  /** Absolute URLs, in the order saved; none when the site is not a trust's. */
  list(): Promise<Result<string[], DataError>>;
  /** Replaces the list; `invalidSiteUrl` (nothing saved) when an entry is not a site collection's absolute URL. */
  save(siteUrls: readonly string[]): Promise<Result<string[], DataError | { code: 'invalidSiteUrl'; url: string }>>;
}
