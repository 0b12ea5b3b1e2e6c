import type { Result } from '../../domain';
import type { DataError } from './dataError';

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
