/**
 * Use case: write the previewed roster rows that add or change someone. Error and unchanged rows are skipped.
 * The rows go to the store together (`saveRosterEntries`: `$batch` requests of at most 100 parts, issue 14); rows that
 * SharePoint throttled are sent again, alone, after the longest Retry-After they carried, so nothing is written twice.
 */
import { fail, ok, type Result } from '../../domain';
import type { DataError, RosterStore } from '../../data/ports';
import { isTransient, retryDelaySeconds, withThrottleRetry, type RetryOptions } from '../retry';
import type { RosterPreviewRow } from './previewRosterImport';

/** Progress as rows are written. */
export interface RosterImportProgress {
  written: number;
  total: number;
  /** Seconds SharePoint asked us to wait, while waiting. */
  waitingSeconds?: number;
}

/** Where the import stopped; rows saved are kept, a second run skips them as unchanged. */
export interface RosterImportFailure {
  line: number;
  error: DataError;
  written: number;
}

type WriteRow = Extract<RosterPreviewRow, { entry: unknown }>;

/**
 * Writes every add/update row, waiting out throttling; stops at the first row (in file order) SharePoint refuses for
 * good, or that stays throttled after `maxThrottleRetries` waits in a row that wrote nothing.
 */
export async function commitRosterImport(
  rows: readonly RosterPreviewRow[],
  store: RosterStore,
  options: RetryOptions & { onProgress(progress: RosterImportProgress): void }
): Promise<Result<{ written: number }, RosterImportFailure>> {
  const toWrite = rows.filter((r): r is WriteRow => r.status === 'add' || r.status === 'update');
  let written = 0;
  options.onProgress({ written, total: toWrite.length });
  const maxRetries = options.maxThrottleRetries ?? 5;
  let pending = toWrite;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const sent = pending;
    const onWait = (seconds: number): void => options.onProgress({ written, total: toWrite.length, waitingSeconds: seconds });
    const result = await withThrottleRetry(() => store.saveRosterEntries(sent.map((r) => ({ entry: r.entry, etag: r.etag }))), {
      ...options,
      onWait
    });
    if (!result.ok) return fail({ line: sent[0].line, error: result.error, written });
    const refused = sent
      .map((row, i) => ({ row, error: result.value[i] }))
      .filter((x): x is { row: WriteRow; error: DataError } => x.error !== undefined);
    if (refused.length < sent.length) attempt = 0;
    written += sent.length - refused.length;
    options.onProgress({ written, total: toWrite.length });
    const stop = refused.find((x) => !isTransient(x.error)) ?? (attempt >= maxRetries ? refused[0] : undefined);
    if (stop) return fail({ line: stop.row.line, error: stop.error, written });
    pending = refused.map((x) => x.row);
    if (pending.length === 0) break;
    const seconds = retryDelaySeconds(refused.map((x) => x.error), attempt);
    options.onWait?.(seconds);
    options.onProgress({ written, total: toWrite.length, waitingSeconds: seconds });
    await options.wait(seconds);
  }
  return ok({ written });
}
