/**
 * RFC 4180 CSV as MIS and HR systems export it: quoted fields, doubled quotes, commas and line breaks inside
 * quotes, CRLF or LF, an optional UTF-8 byte-order mark. Small enough that a library would cost more than it saves.
 */

import { fail, ok, type Result } from '../../domain';

/** A quote opened and never closed: everything after it would be swallowed into one cell, so the file is refused. */
export interface CsvError {
  code: 'unterminatedQuote';
  /** The file's line (1-based, counting line breaks inside quotes) where the open quote starts. */
  line: number;
}

/** Rows of cells; blank lines are dropped. */
export function parseCsv(text: string): Result<string[][], CsvError> {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) line++;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') {
        i++;
        line++;
      }
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (quoted) return fail({ code: 'unterminatedQuote', line: quoteLine });
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return ok(rows.filter((r) => r.some((c) => c.trim() !== '')));
}
