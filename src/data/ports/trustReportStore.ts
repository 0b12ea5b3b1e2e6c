/** The published trust report on a trust's own site (issue 17): the trust board reads it, the site's administrators publish it. */
import type { IsoDate, Result, TrustReportSnapshot } from '../../domain';
import type { DataError } from './dataError';

/** A school site the trust report could not include, and why (the site is named by its URL: it could not be read). */
export interface TrustSiteNotAvailable {
  site: string;
  reason: 'nothingPublished' | 'unreadable';
}

/** A published trust report as the list of them shows it. */
export interface PublishedTrustReportSummary {
  id: string;
  cycleLabel: string;
  publishedOn: IsoDate;
}

/** A published trust report: the roll-up (nothing but published values) and the school sites left out. */
export interface PublishedTrustReport extends PublishedTrustReportSummary {
  snapshot: TrustReportSnapshot;
  notAvailable: TrustSiteNotAvailable[];
}

/**
 * Published trust reports. SharePoint is the check: on a trust's site the list is read by its Appraisal Governors
 * (the trust board) and written by its administrators; anyone else (a governor of one school) gets `accessDenied`
 * or `notFound` (SharePoint answers 404 for a list someone holds nothing on).
 */
export interface TrustReportStore {
  /** Newest first. */
  listPublished(): Promise<Result<PublishedTrustReportSummary[], DataError>>;
  getPublished(id: string): Promise<Result<PublishedTrustReport, DataError>>;
  /** Publishes a prepared trust report; the same report published again on the same day lands once. */
  publish(
    report: { snapshot: TrustReportSnapshot; notAvailable: readonly TrustSiteNotAvailable[] },
    publishedOn: IsoDate
  ): Promise<Result<PublishedTrustReportSummary, DataError>>;
}
