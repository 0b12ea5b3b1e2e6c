import type { TrustSchool } from '../../../src/domain';
import type { TrustReportSource, TrustSiteRead } from '../../../src/data/ports';

/** School sites in memory: a site a test has not put in is unreadable; one without a report of the cycle has nothing published. */
export class MemoryTrustReportSource implements TrustReportSource {
  readonly sites = new Map<string, TrustSchool[]>();
  /** Sites read, in order: at most one read per site per call, as SpTrustReportSource's one batch each. */
  readonly reads: string[] = [];

  async schools(siteUrls: readonly string[], cycleLabel: string): Promise<TrustSiteRead[]> {
    return siteUrls.map((site): TrustSiteRead => {
      this.reads.push(site);
      const held = this.sites.get(site);
      if (!held) return { site, available: false, reason: 'unreadable' };
      const school = held.find((s) => s.published?.cycleLabel === cycleLabel && s.trustReturn.cycleLabel === cycleLabel);
      return school ? { site, available: true, school } : { site, available: false, reason: 'nothingPublished' };
    });
  }
}
