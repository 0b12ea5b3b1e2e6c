/**
 * Use case: open a cycle for everyone on the roster who is in it. Each person's folder gets its permissions and
 * their cycle record; people already opened are skipped, so a run that stopped resumes where it left off.
 */
import { fail, ok, retainUntil, trackFor, type CycleWindow, type IsoDate, type Result } from '../domain';
import type { DataError, RecordAccess, RosterEntry } from '../data/ports';
import { withThrottleRetry, type RetryOptions } from './retry';

/** Progress while opening records. */
export interface OpenCycleProgress {
  done: number;
  total: number;
  /** Seconds SharePoint asked us to wait, while waiting. */
  waitingSeconds?: number;
}

/** What a completed run did. */
export interface OpenCycleSummary {
  opened: number;
  alreadyOpen: number;
  notInCycle: number;
}

/** Where a run stopped. */
export type OpenCycleFailure = { code: 'couldNotStart'; error: DataError } | { code: 'personFailed'; displayName: string; error: DataError; opened: number };

/** Opens `cycle` for each roster entry in it, in roster order. */
export async function openCycle(
  roster: readonly RosterEntry[],
  records: RecordAccess,
  cycle: CycleWindow,
  retentionYears: number,
  today: IsoDate,
  options: Pick<RetryOptions, 'wait' | 'maxThrottleRetries'> & { onProgress(progress: OpenCycleProgress): void }
): Promise<Result<OpenCycleSummary, OpenCycleFailure>> {
  const opened = await records.openedFor(cycle);
  if (!opened.ok) return fail({ code: 'couldNotStart', error: opened.error });
  const inCycle = roster.map((entry) => ({ entry, track: trackFor(entry, cycle) })).filter((x) => x.track !== undefined);
  const todo = inCycle.filter((x) => !opened.value.has(x.entry.id));
  let done = 0;
  options.onProgress({ done, total: todo.length });
  for (const { entry, track } of todo) {
    const result = await withThrottleRetry(
      () => records.openRecord({ entry, cycle, track: track ?? 'oneToOneOnly', retainUntil: retainUntil(cycle, retentionYears), openedOn: today }),
      { ...options, onWait: (seconds) => options.onProgress({ done, total: todo.length, waitingSeconds: seconds }) }
    );
    if (!result.ok) return fail({ code: 'personFailed', displayName: entry.displayName, error: result.error, opened: done });
    done++;
    options.onProgress({ done, total: todo.length });
  }
  return ok({ opened: done, alreadyOpen: inCycle.length - todo.length, notInCycle: roster.length - inCycle.length });
}
