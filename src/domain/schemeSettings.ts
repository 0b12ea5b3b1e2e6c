/** The school's scheme settings (the seed policy's defaults; the school may change them). */
import { safeLink } from './safeLink';

/** Settings the scheme runs by. */
export interface SchemeSettings {
  /** Month the cycle starts, 1–12 (AB4: April). */
  cycleStartMonth: number;
  /** Smallest group governors may see a number for (UK-12). */
  suppressionThreshold: number;
  /** Years records are kept after the cycle ends (AB12, UK-15). */
  retentionYears: number;
  /** School days after a final record is issued in which a review may be asked for (UK-8). */
  reviewRequestSchoolDays: number;
  /** Default length of a one-to-one and of a planning or final review, in minutes (DOMAIN §3). */
  oneToOneMinutes: number;
  reviewMeetingMinutes: number;
  /** The school's terms (inclusive date ranges). Empty: every weekday counts as a school day. */
  termDates: ReadonlyArray<{ start: string; end: string }>;
  /** The school's CPD catalogue (EA-CPD), shown where training needs are written; empty for none. */
  cpdCatalogueUrl: string;
}

/** The defaults a new site starts with. */
export const DEFAULT_SCHEME_SETTINGS: SchemeSettings = {
  cycleStartMonth: 4,
  suppressionThreshold: 5,
  retentionYears: 6,
  reviewRequestSchoolDays: 10,
  oneToOneMinutes: 30,
  reviewMeetingMinutes: 60,
  termDates: [],
  cpdCatalogueUrl: ''
};

/** Whether a date is in term; with no term dates recorded, every date is. */
export function isTermDay(settings: Pick<SchemeSettings, 'termDates'>, date: string): boolean {
  return settings.termDates.length === 0 || settings.termDates.some((t) => date >= t.start && date <= t.end);
}

/** A setting the school cannot have, with the reason's code; the UI words it. */
export type SettingsError =
  | { field: 'cycleStartMonth'; code: 'notAMonth' }
  | { field: 'suppressionThreshold'; code: 'belowThree' }
  | { field: 'retentionYears'; code: 'belowSix' }
  | { field: 'oneToOneMinutes' | 'reviewMeetingMinutes'; code: 'outOfRange' }
  | { field: 'termDates'; code: 'endBeforeStart' | 'overlap' | 'notADate'; index: number }
  | { field: 'cpdCatalogueUrl'; code: 'notHttps' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks settings against the scheme's rules (UK-12: k never below 3; UK-15: never keep records under six years). */
export function validateSchemeSettings(s: SchemeSettings): SettingsError[] {
  const errors: SettingsError[] = [];
  if (!Number.isInteger(s.cycleStartMonth) || s.cycleStartMonth < 1 || s.cycleStartMonth > 12)
    errors.push({ field: 'cycleStartMonth', code: 'notAMonth' });
  if (!(s.suppressionThreshold >= 3)) errors.push({ field: 'suppressionThreshold', code: 'belowThree' });
  if (!(s.retentionYears >= 6)) errors.push({ field: 'retentionYears', code: 'belowSix' });
  for (const field of ['oneToOneMinutes', 'reviewMeetingMinutes'] as const)
    if (!(s[field] >= 15 && s[field] <= 180)) errors.push({ field, code: 'outOfRange' });
  const terms = [...s.termDates].map((t, index) => ({ ...t, index })).sort((a, b) => a.start.localeCompare(b.start));
  for (const t of terms) {
    if (!DATE.test(t.start) || !DATE.test(t.end)) errors.push({ field: 'termDates', code: 'notADate', index: t.index });
    else if (t.end < t.start) errors.push({ field: 'termDates', code: 'endBeforeStart', index: t.index });
  }
  for (let i = 1; i < terms.length; i++)
    if (terms[i].start <= terms[i - 1].end) errors.push({ field: 'termDates', code: 'overlap', index: terms[i].index });
  if (s.cpdCatalogueUrl.trim() && !safeLink(s.cpdCatalogueUrl.trim())) errors.push({ field: 'cpdCatalogueUrl', code: 'notHttps' });
  return errors;
}
