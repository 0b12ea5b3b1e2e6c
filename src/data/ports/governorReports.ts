/** The governor reports port: published, already-anonymised snapshots that governors read and administrators publish. */
import type { GovernorReportSnapshot, IsoDate, Result, TrustReturn } from '../../domain';
import type { DataError } from './dataError';

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
