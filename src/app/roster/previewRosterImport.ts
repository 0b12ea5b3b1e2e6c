/** Use case: read a roster CSV and show, row by row, what importing it would do. Writes nothing. */
import {
  directoryId,
  fail,
  ok,
  ROSTER_COLUMNS,
  ROSTER_REQUIRED_COLUMNS,
  staffId,
  validateRosterRow,
  type Result,
  type RosterColumn,
  type RosterFieldError,
  type RosterRow,
  type StaffMember
} from '../../domain';
import type { DataError, DirectoryGateway, DirectoryPerson, RosterDraft, RosterEntry } from '../../data/ports';
import { parseCsv } from './parseCsv';

/** What a row would do. */
export type RosterPreviewRow =
  | { line: number; status: 'add' | 'update' | 'unchanged'; entry: RosterDraft; etag: string | undefined }
  | {
      line: number;
      status: 'error';
      upn: string;
      errors: Array<RosterFieldError | { column: RosterColumn; code: 'notInDirectory' | 'reviewerNotInDirectory' }>;
    };

/** Why the file as a whole cannot be previewed. */
export type RosterFileError =
  | { code: 'empty' }
  | { code: 'unterminatedQuote'; line: number }
  | { code: 'missingColumns'; columns: RosterColumn[] }
  | { code: 'directory'; error: DataError };

function toMember(
  row: RosterRow,
  id: string,
  mail: string | undefined,
  reviewer: DirectoryPerson | undefined,
  existing: RosterEntry | undefined
): RosterDraft {
  return {
    id: existing?.id ?? staffId(id),
    directoryId: directoryId(id),
    upn: row.upn,
    ...(mail ? { mail } : {}),
    displayName: row.displayName,
    jobTitle: row.jobTitle,
    category: row.category,
    contract: row.contract,
    workingPattern: row.workingPattern,
    reviewer: reviewer?.id,
    reviewerName: reviewer?.displayName,
    reviewerUpn: reviewer?.upn,
    jobDescriptionUrl: row.jobDescriptionUrl,
    startDate: row.startDate,
    probationPassed: row.probationPassed,
    leftOn: existing?.leftOn
  };
}

const COMPARED: ReadonlyArray<keyof StaffMember> = [
  'displayName',
  'jobTitle',
  'category',
  'contract',
  'workingPattern',
  'reviewer',
  'jobDescriptionUrl',
  'startDate',
  'probationPassed'
];
const same = (a: StaffMember, b: StaffMember): boolean => COMPARED.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/** A CSV with every column the import reads, required ones first, and no rows: what "Download a template" gives. */
export function rosterCsvTemplate(): string {
  const optional = ROSTER_COLUMNS.filter((c) => !ROSTER_REQUIRED_COLUMNS.includes(c));
  return `${[...ROSTER_REQUIRED_COLUMNS, ...optional].join(',')}\r\n`;
}

/** Parses, validates and matches every row to the directory and the current roster. */
export async function previewRosterImport(
  csv: string,
  directory: DirectoryGateway,
  roster: readonly RosterEntry[]
): Promise<Result<RosterPreviewRow[], RosterFileError>> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) return fail({ code: 'unterminatedQuote', line: parsed.error.line });
  const [header, ...rows] = parsed.value;
  if (!header || rows.length === 0) return fail({ code: 'empty' });
  const columns = header.map((h) => h.trim().toLowerCase());
  const missing = ROSTER_COLUMNS.filter((c) => ROSTER_REQUIRED_COLUMNS.includes(c) && !columns.includes(c));
  if (missing.length) return fail({ code: 'missingColumns', columns: missing });
  const cellsOf = (row: string[]): Partial<Record<RosterColumn, string>> => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? '']));
  const validated = rows.map((row) => validateRosterRow(cellsOf(row)));
  const upns = validated.flatMap((v) => (v.ok ? [v.value.upn, ...(v.value.reviewerUpn ? [v.value.reviewerUpn] : [])] : []));
  const people = await directory.findByUpns(Array.from(new Set(upns)));
  if (!people.ok) return fail({ code: 'directory', error: people.error });
  const seen = new Set<string>();
  return ok(
    validated.map((v, index): RosterPreviewRow => {
      const line = index + 2;
      const upn = (cellsOf(rows[index]).email ?? '').trim().toLowerCase();
      if (!v.ok) return { line, status: 'error', upn, errors: v.error };
      const person = people.value.get(v.value.upn);
      const reviewer = v.value.reviewerUpn ? people.value.get(v.value.reviewerUpn) : undefined;
      const errors: Extract<RosterPreviewRow, { status: 'error' }>['errors'] = [];
      if (seen.has(v.value.upn)) errors.push({ column: 'email', code: 'duplicate' });
      if (!person) errors.push({ column: 'email', code: 'notInDirectory' });
      if (v.value.reviewerUpn && !reviewer) errors.push({ column: 'reviewer_email', code: 'reviewerNotInDirectory' });
      seen.add(v.value.upn);
      if (errors.length || !person) return { line, status: 'error', upn, errors };
      const existing = roster.find((r) => r.directoryId === person.id);
      const entry = toMember(v.value, person.id, person.mail, reviewer, existing);
      const status = !existing ? 'add' : same(existing, entry) ? 'unchanged' : 'update';
      return { line, status, entry, etag: existing?.etag };
    })
  );
}
