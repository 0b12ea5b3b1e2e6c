/**
 * Running a bulk job a hundred people at a time: each group is sent as the run's `$batch` steps; people whose steps did
 * not all go through are sent again after the wait SharePoint asked for (shown), and only attempts in a row that
 * changed nothing count towards giving up. A lasting failure (not throttling, not an outage) stops the job at once.
 */
import { fail, ok, type Result } from '../domain';
import type { DataError } from '../data/ports';
import type { BulkOutcome } from '../data/ports';
import { isTransient, retryDelaySeconds, withThrottleRetry, type RetryOptions } from './retry';

/** People per group: each kind of write for all of them goes in as few $batch requests as SharePoint allows. */
export const PEOPLE_PER_STEP = 100;

/** Where a job stopped: whose step failed, and how many people were done by then. */
export interface GroupFailure {
  staffKey: string;
  error: DataError;
  done: number;
}

type Options = Pick<RetryOptions, 'wait' | 'maxThrottleRetries'> & {
  /** People done so far, and the seconds SharePoint asked us to wait, while waiting. */
  onProgress(done: number, waitingSeconds?: number): void;
};

/** Runs `send` over `todo` in groups, keyed by `keyOf`; answers how many were done. */
export async function runInGroups<T>(
  todo: readonly T[],
  keyOf: (item: T) => string,
  send: (group: T[]) => Promise<Result<BulkOutcome, DataError>>,
  options: Options
): Promise<Result<number, GroupFailure>> {
  let done = 0;
  options.onProgress(done);
  const maxRetries = options.maxThrottleRetries ?? 5;
  for (let start = 0; start < todo.length; start += PEOPLE_PER_STEP) {
    let pending = todo.slice(start, start + PEOPLE_PER_STEP);
    for (let attempt = 0, tries = 0; pending.length > 0; attempt++, tries++) {
      const result = await withThrottleRetry(() => send(pending), { ...options, onWait: (seconds) => options.onProgress(done, seconds) });
      if (!result.ok) return fail({ staffKey: keyOf(pending[0]), error: result.error, done });
      done += result.value.done.length;
      options.onProgress(done);
      if (result.value.progressed) attempt = 0;
      const lasting = result.value.failed.find((f) => !isTransient(f.error));
      const first = lasting ?? result.value.failed[0];
      if (first && (lasting || attempt >= maxRetries)) return fail({ staffKey: first.staffKey, error: first.error, done });
      const again = new Set(result.value.failed.map((f) => f.staffKey));
      pending = pending.filter((item) => again.has(keyOf(item)));
      if (pending.length === 0) break;
      const seconds = retryDelaySeconds(
        result.value.failed.map((f) => f.error),
        Math.min(attempt, tries)
      );
      options.onProgress(done, seconds);
      await options.wait(seconds);
    }
  }
  return ok(done);
}
