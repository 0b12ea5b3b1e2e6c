/**
 * Roster rows as a school's MIS or HR system exports them, validated field by field before anything is written.
 * Column names and accepted values are documented in the README ("Importing the staff roster").
 */
import { fail, ok, type Result } from './result';
import { parseIsoDate, isoDate, type IsoDate } from './isoDate';
import { safeLink } from './safeLink';
import {
  CONTRACT_TYPES,
  STAFF_CATEGORIES,
  WEEKDAYS,
  type ContractType,
  type StaffCategory,
  type Weekday,
  type WorkingPattern
} from './staff';

/** The CSV columns, in the order of the template. */
export const ROSTER_COLUMNS = [
  'email', 'display_name', 'job_title', 'category', 'contract', 'working_pattern', 'working_days', 'start_time',
  'end_time', 'term_time_only', 'reviewer_email', 'start_date', 'probation_passed', 'job_description_url'
] as const;
/** One CSV column. */
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
/** The columns a roster CSV must have: the parser, the help text and the template all read this. */
export const ROSTER_REQUIRED_COLUMNS: readonly RosterColumn[] = ['email', 'display_name', 'category', 'contract', 'working_pattern'];
const REQUIRED = ROSTER_REQUIRED_COLUMNS;

/** Why a cell is refused; the UI words each code. */
export type RosterFieldErrorCode =
  | 'required' | 'badEmail' | 'unknownCategory' | 'unknownContract' | 'unknownPattern' | 'badDays' | 'badTime'
  | 'endBeforeStart' | 'badYesNo' | 'badDate' | 'badUrl' | 'selfReview' | 'duplicate';

/** A refused cell. */
export interface RosterFieldError {
  column: RosterColumn;
  code: RosterFieldErrorCode;
}

/** A valid row, in domain terms. */
export interface RosterRow {
  upn: string;
  displayName: string;
  jobTitle: string;
  category: StaffCategory;
  contract: ContractType;
  workingPattern: WorkingPattern;
  reviewerUpn: string | undefined;
  startDate: IsoDate | undefined;
  probationPassed: boolean;
  jobDescriptionUrl: string | undefined;
}

const CATEGORY_LABELS: Record<string, StaffCategory> = {
  'learning support': 'learningSupport', 'pupil support': 'pupilSupport', 'specialist and technical': 'specialistTechnical',
  'administrative support staff/ school business managers': 'adminAndBusiness', 'administrative': 'adminAndBusiness',
  'administrative and business': 'adminAndBusiness', 'site staff': 'siteStaff'
};
const normal = (s: string): string => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
const compact = (s: string): string => normal(s).replace(/ /g, '');

function category(value: string): StaffCategory | undefined {
  return CATEGORY_LABELS[normal(value)] ?? STAFF_CATEGORIES.find((c) => c.toLowerCase() === compact(value));
}
function contract(value: string): ContractType | undefined {
  return CONTRACT_TYPES.find((c) => c.toLowerCase() === compact(value));
}
function yesNo(value: string, fallback: boolean): boolean | undefined {
  const v = normal(value);
  if (v === '') return fallback;
  return ['yes', 'y', 'true', '1'].includes(v) ? true : ['no', 'n', 'false', '0'].includes(v) ? false : undefined;
}
function time(value: string, fallback: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim() || fallback);
  return m && Number(m[1]) < 24 && Number(m[2]) < 60 ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}
function days(value: string, full: boolean): Weekday[] | undefined {
  if (value.trim() === '') return full ? ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] : undefined;
  const parts = value.split(/[\s,;/]+/).filter(Boolean).map((d) => WEEKDAYS.find((w) => w.toLowerCase() === d.slice(0, 3).toLowerCase()));
  return parts.length && parts.every(Boolean) ? WEEKDAYS.filter((w) => parts.includes(w)) : undefined;
}
/** UK exports write dates as DD/MM/YYYY; ISO is accepted too. */
function date(value: string): IsoDate | undefined | 'bad' {
  const v = value.trim();
  if (v === '') return undefined;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const parsed = uk ? parseIsoDate(isoDate(Number(uk[3]), Number(uk[2]), Number(uk[1]))) : parseIsoDate(v);
  return parsed ?? 'bad';
}

/** Validates one row (cells keyed by column); every problem is reported, not just the first. */
export function validateRosterRow(cells: Partial<Record<RosterColumn, string>>): Result<RosterRow, RosterFieldError[]> {
  const get = (c: RosterColumn): string => (cells[c] ?? '').trim();
  const errors: RosterFieldError[] = REQUIRED.filter((c) => get(c) === '').map((column) => ({ column, code: 'required' as const }));
  const err = (column: RosterColumn, code: RosterFieldErrorCode): void => {
    if (!errors.some((e) => e.column === column)) errors.push({ column, code });
  };
  const email = get('email').toLowerCase();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) err('email', 'badEmail');
  const cat = category(get('category'));
  if (get('category') && !cat) err('category', 'unknownCategory');
  const con = contract(get('contract'));
  if (get('contract') && !con) err('contract', 'unknownContract');
  const kind =
    compact(get('working_pattern')) === 'fulltime' ? 'fullTime' : compact(get('working_pattern')) === 'parttime' ? 'partTime' : undefined;
  if (get('working_pattern') && !kind) err('working_pattern', 'unknownPattern');
  const workDays = days(get('working_days'), kind === 'fullTime');
  if (!workDays) err('working_days', get('working_days') ? 'badDays' : 'required');
  const start = time(get('start_time'), '08:30');
  const end = time(get('end_time'), '15:30');
  if (!start) err('start_time', 'badTime');
  if (!end) err('end_time', 'badTime');
  if (start && end && end <= start) err('end_time', 'endBeforeStart');
  const termTimeOnly = yesNo(get('term_time_only'), false);
  if (termTimeOnly === undefined) err('term_time_only', 'badYesNo');
  const probation = yesNo(get('probation_passed'), true);
  if (probation === undefined) err('probation_passed', 'badYesNo');
  const reviewer = get('reviewer_email').toLowerCase() || undefined;
  if (reviewer && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(reviewer)) err('reviewer_email', 'badEmail');
  if (reviewer && reviewer === email) err('reviewer_email', 'selfReview');
  const startDate = date(get('start_date'));
  if (startDate === 'bad') err('start_date', 'badDate');
  const url = get('job_description_url') || undefined;
  if (url && (safeLink(url) === undefined || url.startsWith('/'))) err('job_description_url', 'badUrl');
  if (
    errors.length ||
    !cat ||
    !con ||
    !kind ||
    !workDays ||
    !start ||
    !end ||
    termTimeOnly === undefined ||
    probation === undefined ||
    startDate === 'bad'
  ) {
    return fail(errors);
  }
  return ok({
    upn: email, displayName: get('display_name'), jobTitle: get('job_title'), category: cat, contract: con,
    workingPattern: { kind, days: workDays, start, end, termTimeOnly }, reviewerUpn: reviewer, startDate,
    probationPassed: probation, jobDescriptionUrl: url
  });
}
