/** Ensures the settings list holds every setting, with the scheme's defaults for those not set yet. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { DEFAULT_SCHEME_SETTINGS } from '../../../domain';
import { LISTS, SETTINGS_FIELDS } from '../schema';

/** Reads all settings items as key → raw JSON text (the settings list is small: one item per key). */
export async function readSettingItems(sp: SPFI): Promise<Map<string, { id: number; value: string }>> {
  const items = await sp.web.lists.getByTitle(LISTS.settings.title).items.select('Id', SETTINGS_FIELDS.key, SETTINGS_FIELDS.value).top(500)<
    Array<Record<string, unknown>>
  >();
  return new Map(items.map((i) => [String(i[SETTINGS_FIELDS.key]), { id: Number(i.Id), value: String(i[SETTINGS_FIELDS.value] ?? '') }]));
}

/** Sets one setting, adding or updating its item. */
export async function writeSetting(sp: SPFI, key: string, value: unknown, existingId: number | undefined): Promise<void> {
  const items = sp.web.lists.getByTitle(LISTS.settings.title).items;
  const fields = { [SETTINGS_FIELDS.key]: key, [SETTINGS_FIELDS.value]: JSON.stringify(value) };
  if (existingId === undefined) await items.add(fields);
  else await items.getById(existingId).update(fields);
}

/** Adds each default setting that is missing; keeps every value the school has already chosen. */
export async function ensureSettings(sp: SPFI): Promise<void> {
  const existing = await readSettingItems(sp);
  for (const [key, value] of Object.entries(DEFAULT_SCHEME_SETTINGS)) {
    if (!existing.has(key)) await writeSetting(sp, key, value, undefined);
  }
}
