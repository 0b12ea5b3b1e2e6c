/**
 * Use case: open a cycle for everyone on the roster who is in it. The run reads what is there once, then opens people
 * a hundred at a time in `$batch` requests; people already opened are skipped, so a run that stopped resumes where it
 * left off. When SharePoint throttles (the whole batch or some of its parts), the run waits as long as Retry-After
 * says, shows the wait, and sends again only the people whose steps did not all go through.
 */
import { fail, ok, retainUntil, trackFor, type CycleWindow, type IsoDate, type Result } from '../domain';
import type { DataError, OpenRecordRequest, RecordAccess, RosterEntry } from '../data/ports';
import { isTransient, retryDelaySeconds, withThrottleRetry, type RetryOptions } from './retry';

/** People opened per step: each kind of write for all of them goes in as few $batch requests as SharePoint allows. */
export const PEOPLE_PER_STEP = 100;

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
export type OpenCycleFailure =
  { code: 'couldNotStart'; error: DataError } | { code: 'personFailed'; displayName: string; error: DataError; opened: number };

type Options = Pick<RetryOptions, 'wait' | 'maxThrottleRetries'> & { onProgress(progress: OpenCycleProgress): void };

/** Opens `cycle` for each roster entry in it, in roster order. */
export async function openCycle(
  roster: readonly RosterEntry[],
  records: RecordAccess,
  cycle: CycleWindow,
  retentionYears: number,
  today: IsoDate,
  options: Options
): Promise<Result<OpenCycleSummary, OpenCycleFailure>> {
  const inCycle = roster.map((entry) => ({ entry, track: trackFor(entry, cycle) })).filter((x) => x.track !== undefined);
  const begun = await withThrottleRetry(() => records.beginOpening(cycle), {
    ...options,
    onWait: (seconds) => options.onProgress({ done: 0, total: inCycle.length, waitingSeconds: seconds })
  });
  if (!begun.ok) return fail({ code: 'couldNotStart', error: begun.error });
  const run = begun.value;
  const todo: OpenRecordRequest[] = inCycle
    .filter((x) => !run.opened.has(x.entry.id))
    .map(({ entry, track }) => ({
      entry,
      cycle,
      track: track ?? 'oneToOneOnly',
      retainUntil: retainUntil(cycle, retentionYears),
      openedOn: today
    }));
  const name = (staffKey: string): string => todo.find((r) => r.entry.id === staffKey)?.entry.displayName ?? staffKey;
  let done = 0;
  const progress = (waitingSeconds?: number): void =>
    options.onProgress({ done, total: todo.length, ...(waitingSeconds ? { waitingSeconds } : {}) });
  progress();
  const maxRetries = options.maxThrottleRetries ?? 5;
  for (let start = 0; start < todo.length; start += PEOPLE_PER_STEP) {
    let pending = todo.slice(start, start + PEOPLE_PER_STEP);
    for (let attempt = 0, tries = 0; pending.length > 0; attempt++, tries++) {
      const result = await withThrottleRetry(() => run.open(pending), { ...options, onWait: (seconds) => progress(seconds) });
      if (!result.ok) return fail({ code: 'personFailed', displayName: pending[0].entry.displayName, error: result.error, opened: done });
      done += result.value.done.length;
      progress();
      // A run that keeps moving is never given up on: only attempts in a row that changed nothing count.
      if (result.value.progressed) attempt = 0;
      const lasting = result.value.failed.find((f) => !isTransient(f.error));
      const first = lasting ?? result.value.failed[0];
      if (first && (lasting || attempt >= maxRetries))
        return fail({ code: 'personFailed', displayName: name(first.staffKey), error: first.error, opened: done });
      const again = new Set(result.value.failed.map((f) => f.staffKey));
      pending = pending.filter((r) => again.has(r.entry.id));
      if (pending.length === 0) break;
      const seconds = retryDelaySeconds(result.value.failed.map((f) => f.error), Math.min(attempt, tries));
      progress(seconds);
      await options.wait(seconds);
    }
  }
  return ok({ opened: done, alreadyOpen: inCycle.length - todo.length, notInCycle: roster.length - inCycle.length });
}
