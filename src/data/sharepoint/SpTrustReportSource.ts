/**
 * TrustReportSource over SharePoint: one `$batch` per school site (its title, its newest published report of the
 * cycle, and the returns published with it), a few sites at a time. Another site is reached with an SPFI of its own
 * (PnPjs: `spfi(siteUrl).using(SPFx(context))`, "Connect to a different web" in the getting-started docs): a batch is
 * posted to its own web's `_api/$batch` and cannot mix sites (pnp/pnpjs#3125).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { TrustSiteRead, TrustReportSource } from '../ports';
import { LISTS } from './schema';
import { odataString } from '../odataLiteral';
import { REPORT_SELECT, toPublishedReport } from './mappers/governorReportMapper';
import { RETURN_SELECT, toTrustReturn } from './mappers/trustReturnMapper';
import type { RawItem } from './mappers/validate';

/** Sites read at once: enough to overlap latency, few enough not to spend the user's request budget in a burst. */
export const TRUST_SITE_CONCURRENCY = 4;

export class SpTrustReportSource implements TrustReportSource {
  constructor(private readonly siteFor: (siteUrl: string) => SPFI, private readonly concurrency = TRUST_SITE_CONCURRENCY) {}

  async schools(siteUrls: readonly string[], cycleLabel: string): Promise<TrustSiteRead[]> {
    const out: TrustSiteRead[] = new Array(siteUrls.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < siteUrls.length) {
        const i = next++;
        out[i] = await this.readSite(siteUrls[i], cycleLabel);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, siteUrls.length) }, worker));
    return out;
  }

  private async readSite(site: string, cycleLabel: string): Promise<TrustSiteRead> {
    try {
      const [batched, execute] = this.siteFor(site).batched();
      const cycle = `CycleKey eq ${odataString(cycleLabel)}`;
      const web = batched.web.select('Title')<{ Title: string }>();
      const reports = batched.web.lists
        .getByTitle(LISTS.governorReports.title)
        .items.filter(cycle)
        .select(...REPORT_SELECT)
        .orderBy('PublishedOn', false)
        .orderBy('Id', false)
        .top(1)<RawItem[]>();
      const returns = batched.web.lists
        .getByTitle(LISTS.trustReturns.title)
        .items.filter(cycle)
        .select(...RETURN_SELECT)
        .orderBy('PublishedOn', false)
        .orderBy('Id', false)
        .top(20)<RawItem[]>();
      const settled = Promise.allSettled([web, reports, returns]);
      await execute();
      const [w, r, t] = await settled;
      if (w.status === 'rejected' || r.status === 'rejected' || t.status === 'rejected')
        return { site, available: false, reason: 'unreadable' };
      const report = r.value[0];
      // The return published with that report (same Title); a report without one is not available to the trust.
      const ret = report ? t.value.find((i) => i.Title === report.Title) : undefined;
      if (!report || !ret) return { site, available: false, reason: 'nothingPublished' };
      const published = toPublishedReport(report);
      const trustReturn = toTrustReturn(ret);
      if (!published.ok || !trustReturn.ok) return { site, available: false, reason: 'unreadable' };
      return {
        site,
        available: true,
        school: { school: w.value.Title, trustReturn: trustReturn.value, published: published.value.snapshot }
      };
    } catch {
      return { site, available: false, reason: 'unreadable' };
    }
  }
}
