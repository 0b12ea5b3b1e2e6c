/** The settings port: the scheme's settings as the school has set them. */
import type { Result, SchemeSettings } from '../../domain';
import type { DataError } from './dataError';

/** The scheme's settings as the school has set them. */
export interface SettingsReader {
  getSettings(): Promise<Result<SchemeSettings, DataError>>;
  /** Saves the settings that differ from what is stored (administrators only). */
  saveSettings(settings: SchemeSettings): Promise<Result<SchemeSettings, DataError>>;
}
