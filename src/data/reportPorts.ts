/** Ports for governor reports: published snapshots, and everyone's records for preparing them (administrators). */
import type { GovernorReportSnapshot, IsoDate, Result } from '../domain';
import type { DataError, PersonRecords } from './ports';

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
  publish(snapshot: GovernorReportSnapshot, publishedOn: IsoDate): Promise<Result<PublishedReportSummary, DataError>>;
}

/** Everyone's records for one cycle, for reports and monitoring. Administrators only: anyone else gets `accessDenied`. */
export interface ReportSource {
  /** Every person with a cycle record labelled `cycleLabel`, with that cycle and their meetings. */
  everyone(cycleLabel: string): Promise<Result<PersonRecords[], DataError>>;
}
