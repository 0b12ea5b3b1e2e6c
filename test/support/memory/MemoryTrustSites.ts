import { fail, normaliseSiteUrl, ok, type Result } from '../../../src/domain';
import type { DataError, TrustSites } from '../../../src/data/ports';

/** The trust's school sites in memory; `refuse` answers a save as SharePoint does for someone not an administrator. */
export class MemoryTrustSites implements TrustSites {
  urls: string[] = [];
  refuse = false;

  async list(): Promise<Result<string[], DataError>> {
    return ok([...this.urls]);
  }

  async save(siteUrls: readonly string[]): Promise<Result<string[], DataError | { code: 'invalidSiteUrl'; url: string }>> {
    const urls: string[] = [];
    for (const raw of siteUrls) {
      const url = normaliseSiteUrl(raw);
      if (!url) return fail({ code: 'invalidSiteUrl', url: raw });
      if (!urls.includes(url)) urls.push(url);
    }
    if (this.refuse) return fail({ code: 'accessDenied' });
    this.urls = urls;
    return ok([...urls]);
  }
}
