/**
 * Use case: open a cycle for everyone on the roster who is in it. The run reads what is there once, then opens people
 * a hundred at a time in `$batch` requests; people already opened are skipped, so a run that stopped resumes where it
 * left off. When SharePoint throttles (the whole batch or some of its parts), the run waits as long as Retry-After
 * says, shows the wait, and sends again only the people whose steps did not all go through.
 */
import { fail, ok, retainUntil, trackFor, type CycleWindow, type IsoDate, type Result } from '../domain';
import type { DataError, OpenRecordRequest, RecordAccess, RosterEntry } from '../data/ports';
import { withThrottleRetry, type RetryOptions } from './retry';
import { runInGroups } from './bulkGroups';

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
  const ran = await runInGroups(todo, (r) => r.entry.id, (group) => run.open(group), {
    ...options,
    onProgress: (done, waitingSeconds) => options.onProgress({ done, total: todo.length, ...(waitingSeconds ? { waitingSeconds } : {}) })
  });
  if (!ran.ok) return fail({ code: 'personFailed', displayName: name(ran.error.staffKey), error: ran.error.error, opened: ran.error.done });
  const done = ran.value;
  return ok({ opened: done, alreadyOpen: inCycle.length - todo.length, notInCycle: roster.length - inCycle.length });
}
