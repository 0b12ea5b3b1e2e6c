/** The school's scheme settings (the seed policy's defaults; the school may change them). */

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
}

/** The defaults a new site starts with. */
export const DEFAULT_SCHEME_SETTINGS: SchemeSettings = {
  cycleStartMonth: 4,
  suppressionThreshold: 5,
  retentionYears: 6,
  reviewRequestSchoolDays: 10,
  oneToOneMinutes: 30,
  reviewMeetingMinutes: 60,
  termDates: []
};

/** Whether a date is in term; with no term dates recorded, every date is. */
export function isTermDay(settings: Pick<SchemeSettings, 'termDates'>, date: string): boolean {
  return settings.termDates.length === 0 || settings.termDates.some((t) => date >= t.start && date <= t.end);
}
