/** The CSV import panel's state. */
import type { RosterFileError, RosterPreviewRow } from '../../../../app/roster/previewRosterImport';
import type { RosterImportFailure, RosterImportProgress } from '../../../../app/roster/commitRosterImport';

/** Where the import is. Nothing is written before `writing`. */
export type RosterImportState =
  | { phase: 'choose' }
  | { phase: 'reading' }
  | { phase: 'fileError'; error: RosterFileError }
  | { phase: 'preview'; rows: RosterPreviewRow[] }
  | { phase: 'writing'; rows: RosterPreviewRow[]; progress: RosterImportProgress }
  | { phase: 'done'; written: number }
  | { phase: 'stopped'; rows: RosterPreviewRow[]; failure: RosterImportFailure };

/** What can happen. */
export type RosterImportAction =
  | { type: 'reading' }
  | { type: 'previewed'; rows: RosterPreviewRow[] }
  | { type: 'fileError'; error: RosterFileError }
  | { type: 'progress'; progress: RosterImportProgress }
  | { type: 'done'; written: number }
  | { type: 'stopped'; failure: RosterImportFailure }
  | { type: 'reset' };

/** Applies one action. */
export function rosterImportReducer(state: RosterImportState, action: RosterImportAction): RosterImportState {
  switch (action.type) {
    case 'reading':
      return { phase: 'reading' };
    case 'previewed':
      return { phase: 'preview', rows: action.rows };
    case 'fileError':
      return { phase: 'fileError', error: action.error };
    case 'progress':
      return state.phase === 'preview' || state.phase === 'writing'
        ? { phase: 'writing', rows: state.rows, progress: action.progress }
        : state;
    case 'done':
      return { phase: 'done', written: action.written };
    case 'stopped':
      return state.phase === 'writing' ? { phase: 'stopped', rows: state.rows, failure: action.failure } : state;
    case 'reset':
      return { phase: 'choose' };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** Counts of each outcome, for the summary line and the Import button. */
export function countRows(rows: readonly RosterPreviewRow[]): Record<RosterPreviewRow['status'], number> {
  const counts = { add: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}
