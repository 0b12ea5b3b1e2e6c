import type { TrustSchool } from '../../domain';

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
