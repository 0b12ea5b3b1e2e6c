/** TrustSites over the trust site's settings list: one setting item (TrustSchoolSites) holding a JSON array of URLs. */
import type { SPFI } from '@pnp/sp';
import { fail, normaliseSiteUrl, ok, parseTrustSites, type Result } from '../../domain';
import type { DataError, TrustSites } from '../ports';
import { toDataError } from './errors';
import { readSettingItems, writeSetting } from './provisioning/ensureSettings';
import { LISTS, SETTING_KEYS } from './schema';

export class SpTrustSites implements TrustSites {
  constructor(private readonly sp: SPFI) {}

  async list(): Promise<Result<string[], DataError>> {
    try {
      const item = (await readSettingItems(this.sp)).get(SETTING_KEYS.trustSites);
      if (!item) return ok([]);
      let parsed: string[] | undefined;
      try {
        parsed = parseTrustSites(JSON.parse(item.value));
      } catch {
        parsed = undefined;
      }
      return parsed ? ok(parsed) : fail({ code: 'malformed', list: LISTS.settings.title, itemId: item.id, field: SETTING_KEYS.trustSites });
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async save(siteUrls: readonly string[]): Promise<Result<string[], DataError | { code: 'invalidSiteUrl'; url: string }>> {
    const urls: string[] = [];
    for (const raw of siteUrls) {
      const url = normaliseSiteUrl(raw);
      if (!url) return fail({ code: 'invalidSiteUrl', url: raw });
      if (!urls.includes(url)) urls.push(url);
    }
    try {
      const item = (await readSettingItems(this.sp)).get(SETTING_KEYS.trustSites);
      // SharePoint is the check: only the site's administrators hold more than Read on the settings list.
      await writeSetting(this.sp, SETTING_KEYS.trustSites, urls, item?.id);
      return this.list();
    } catch (error) {
      return fail(toDataError(error));
    }
  }
}
