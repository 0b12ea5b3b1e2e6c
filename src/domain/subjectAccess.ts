/**
 * Subject access (DOMAIN §7.8, UK-16). The ICO: respond "without delay and within one month of receipt", counted from
 * the day of receipt to "the corresponding calendar date in the next month"; if there is none, "the last day of the
 * following month"; if that falls on a weekend or public holiday, "the next working day" (ICO, Right of access, "How
 * long do we have to comply?"; Subject access request Q&As for employers). Received Fri 30 Jan 2026 → Sat 28 Feb →
 * Mon 2 Mar 2026.
 */
import { addDays, addMonths, dayOfWeek, type IsoDate } from './isoDate';

/** The day a response is due, skipping weekends and the given public holidays. */
export function subjectAccessDue(received: IsoDate, publicHolidays: readonly IsoDate[] = []): IsoDate {
  let due = addMonths(received, 1);
  const holidays = new Set(publicHolidays);
  while (dayOfWeek(due) === 0 || dayOfWeek(due) === 6 || holidays.has(due)) due = addDays(due, 1);
  return due;
}

/** How a request reached the school: the ICO counts verbal and informal requests too. */
export type RequestChannel = 'verbal' | 'email' | 'letter' | 'other';

/** A logged subject access request. */
export interface SubjectAccessRequest {
  key: string;
  staffKey: string;
  receivedOn: IsoDate;
  channel: RequestChannel;
  dueOn: IsoDate;
  /** What the person asked for, in their words where possible (may be "everything"). */
  scope: string;
  loggedBy: string;
  /** When a bundle was produced and by whom (the product logs every production). */
  producedOn?: string;
  producedBy?: string;
}

/** Flags on an entry of a bundle: the product flags, a person decides (never withheld automatically). */
export type BundleFlag = 'privateNoteExemptionReview' | 'thirdPartyNames';

/** A redaction decision a person made on one entry of a bundle, with their reason. */
export interface RedactionDecision {
  entryRef: string;
  decision: 'disclose' | 'redact' | 'withhold';
  reason: string;
  decidedBy: string;
  decidedOn: IsoDate;
}

/** Other people's names found in a text (whole words, any case): third-party data to review before disclosure. */
export function thirdPartyNames(text: string, names: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return names.filter((name) => {
    const n = name.trim().toLowerCase();
    if (n.length < 3) return false;
    let at = lower.indexOf(n);
    while (at >= 0) {
      const before = at === 0 ? ' ' : lower[at - 1];
      const after = lower[at + n.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
      at = lower.indexOf(n, at + 1);
    }
    return false;
  });
}

/** One entry of a bundle's index. */
export interface BundleIndexEntry {
  n: number;
  list: string;
  itemId: number;
  ref: string;
  kind: string;
  created: string;
  flags: BundleFlag[];
  /** The third parties named, for the reviewer of the bundle. */
  thirdParties: string[];
  /** The evidence file in the zip, for files. */
  file?: string;
}
