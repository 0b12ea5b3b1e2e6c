/** Use case: write the previewed roster rows that add or change someone. Error and unchanged rows are skipped. */
import { fail, ok, type Result } from '../../domain';
import type { DataError, RosterStore } from '../../data/ports';
import { withThrottleRetry, type RetryOptions } from '../retry';
import type { RosterPreviewRow } from './previewRosterImport';

/** Progress as rows are written. */
export interface RosterImportProgress {
  written: number;
  total: number;
}

/** Where the import stopped; rows before it are saved, a second run skips them as unchanged. */
export interface RosterImportFailure {
  line: number;
  error: DataError;
  written: number;
}

/** Writes each add/update row in order, honouring Retry-After; stops at the first row SharePoint refuses. */
export async function commitRosterImport(
  rows: readonly RosterPreviewRow[],
  store: RosterStore,
  options: RetryOptions & { onProgress(progress: RosterImportProgress): void }
): Promise<Result<{ written: number }, RosterImportFailure>> {
  const toWrite = rows.filter((r): r is Extract<RosterPreviewRow, { entry: unknown }> => r.status === 'add' || r.status === 'update');
  let written = 0;
  options.onProgress({ written, total: toWrite.length });
  for (const row of toWrite) {
    const saved = await withThrottleRetry(() => store.saveRosterEntry(row.entry, row.etag), options);
    if (!saved.ok) return fail({ line: row.line, error: saved.error, written });
    written++;
    options.onProgress({ written, total: toWrite.length });
  }
  return ok({ written });
}
