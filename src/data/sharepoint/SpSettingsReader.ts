/** SettingsReader over the settings list: one item per setting, JSON values, defaults for anything missing. */
import type { SPFI } from '@pnp/sp';
import { DEFAULT_SCHEME_SETTINGS, fail, ok, type Result, type SchemeSettings } from '../../domain';
import type { DataError, SettingsReader } from '../ports';
import { toDataError } from './errors';
import { readSettingItems, writeSetting } from './provisioning/ensureSettings';
import { LISTS } from './schema';

/** Reads the scheme settings in one request. */
export class SpSettingsReader implements SettingsReader {
  constructor(private readonly sp: SPFI) {}

  async getSettings(): Promise<Result<SchemeSettings, DataError>> {
    try {
      const items = await readSettingItems(this.sp);
      const settings: Record<string, unknown> = { ...DEFAULT_SCHEME_SETTINGS };
      for (const key of Object.keys(DEFAULT_SCHEME_SETTINGS)) {
        const item = items.get(key);
        if (!item) continue;
        try {
          const value = JSON.parse(item.value);
          if (typeof value !== typeof settings[key])
            return fail({ code: 'malformed', list: LISTS.settings.title, itemId: item.id, field: key });
          settings[key] = value;
        } catch {
          return fail({ code: 'malformed', list: LISTS.settings.title, itemId: item.id, field: key });
        }
      }
      return ok(settings as unknown as SchemeSettings);
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async saveSettings(settings: SchemeSettings): Promise<Result<SchemeSettings, DataError>> {
    try {
      const items = await readSettingItems(this.sp);
      for (const key of Object.keys(DEFAULT_SCHEME_SETTINGS) as Array<keyof SchemeSettings>) {
        const value = JSON.stringify(settings[key]);
        const item = items.get(key);
        if (item?.value !== value) await writeSetting(this.sp, key, settings[key], item?.id);
      }
      return this.getSettings();
    } catch (error) {
      return fail(toDataError(error));
    }
  }
}
