/** SiteGateway over SharePoint: the settings list tells whether the site is provisioned and at which version. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { fail, ok, type Result } from '../../domain';
import type { DataError, SiteGateway, SiteStatus } from '../ports';
import { LISTS, SCHEMA_VERSION, SETTING_KEYS, SETTINGS_FIELDS } from './schema';
import { toDataError } from './errors';
import { odataString } from '../odataLiteral';

/** Reads the site's state in one round trip: the schema-version item of the settings list. */
export class SpSiteGateway implements SiteGateway {
  constructor(private readonly sp: SPFI) {}

  async getStatus(): Promise<Result<SiteStatus, DataError>> {
    try {
      const items: Record<string, unknown>[] = await this.sp.web.lists
        .getByTitle(LISTS.settings.title)
        .items.filter(`${SETTINGS_FIELDS.key} eq ${odataString(SETTING_KEYS.schemaVersion)}`)
        .select(SETTINGS_FIELDS.value)
        .top(1)();
      const installed = Number(items[0]?.[SETTINGS_FIELDS.value] ?? 0);
      if (!installed) return ok({ kind: 'notSetUp' });
      if (installed < SCHEMA_VERSION) return ok({ kind: 'upgradeNeeded', installed, required: SCHEMA_VERSION });
      return ok({ kind: 'ready', schemaVersion: installed });
    } catch (error) {
      const dataError = toDataError(error);
      if (dataError.code === 'notFound') return ok({ kind: 'notSetUp' });
      if (dataError.code === 'accessDenied') return ok({ kind: 'noAccess' });
      return fail(dataError);
    }
  }
}
