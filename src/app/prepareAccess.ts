/**
 * Use case: prepare access for everyone on the roster who has not left (docs/bulk-administration.md) — the containers
 * that belong to a person's place on the roster, not to a cycle. Run after an import, it makes opening the year cheap
 * (opening then writes only what is per cycle). It looks up who lacks their containers (by folder name, a hundred a
 * batch), then prepares them a hundred at a time; a run that stopped is run again and does only what is missing. When
 * SharePoint throttles, the run waits as long as Retry-After says and shows the wait.
 */
import { fail, ok, type Result } from '../domain';
import type { DataError, RecordAccess, RosterEntry } from '../data/ports';
import { withThrottleRetry, type RetryOptions } from './retry';
import { runInGroups } from './bulkGroups';

/** Progress while preparing: people done of those who lacked access, and the wait while SharePoint asked for one. */
export interface PrepareAccessProgress {
  done: number;
  total: number;
  waitingSeconds?: number;
}

/** What a completed run did. */
export interface PrepareAccessSummary {
  prepared: number;
  alreadyReady: number;
}

/** Where a run stopped. */
export type PrepareAccessFailure =
  { code: 'couldNotStart'; error: DataError } | { code: 'personFailed'; displayName: string; error: DataError; prepared: number };

type Options = Pick<RetryOptions, 'wait' | 'maxThrottleRetries'> & { onProgress(progress: PrepareAccessProgress): void };

/** Prepares access for each current roster entry that lacks it, in roster order. */
export async function prepareAccess(
  roster: readonly RosterEntry[],
  records: RecordAccess,
  options: Options
): Promise<Result<PrepareAccessSummary, PrepareAccessFailure>> {
  const current = roster.filter((e) => !e.leftOn);
  const starting = {
    ...options,
    onWait: (seconds: number): void => options.onProgress({ done: 0, total: current.length, waitingSeconds: seconds })
  };
  const begun = await withThrottleRetry(() => records.beginPreparing(), starting);
  if (!begun.ok) return fail({ code: 'couldNotStart', error: begun.error });
  const run = begun.value;
  const lacking = await withThrottleRetry(() => run.lacking(current), starting);
  if (!lacking.ok) return fail({ code: 'couldNotStart', error: lacking.error });
  const todo = lacking.value;
  const name = (staffKey: string): string => todo.find((e) => e.id === staffKey)?.displayName ?? staffKey;
  const ran = await runInGroups(todo, (e) => e.id, (group) => run.prepare(group), {
    ...options,
    onProgress: (done, waitingSeconds) => options.onProgress({ done, total: todo.length, ...(waitingSeconds ? { waitingSeconds } : {}) })
  });
  if (!ran.ok) return fail({ code: 'personFailed', displayName: name(ran.error.staffKey), error: ran.error.error, prepared: ran.error.done });
  return ok({ prepared: ran.value, alreadyReady: current.length - todo.length });
}
