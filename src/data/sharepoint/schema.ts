/**
 * The single definition of the appraisal site's lists and fields. SharePoint list titles and internal field names
 * appear nowhere else in src/.
 */

/** The schema version this build of the app expects; provisioning brings a site up to it. */
export const SCHEMA_VERSION = 1;

/** List titles. */
export const LISTS = {
  settings: 'AppraisalSettings'
} as const;

/** Fields of the settings list: one item per setting, keyed by Title. */
export const SETTINGS_FIELDS = {
  key: 'Title',
  value: 'SettingValue'
} as const;

/** Setting keys. */
export const SETTING_KEYS = {
  schemaVersion: 'SchemaVersion'
} as const;
