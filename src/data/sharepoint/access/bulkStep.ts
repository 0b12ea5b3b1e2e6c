/**
 * Running a bulk write as kinds of step, each for all the people at once: a part that fails marks only its person
 * failed and the later steps skip them; once SharePoint asks us to wait, the later steps are not sent (they would be
 * refused, and refused requests count against the budget too), so their people fail with that error, to be sent again.
 */
import type { Result } from '../../../domain';
import type { DataError } from '../../ports';
import type { BulkOutcome } from '../../ports';
import { attempt, httpStatus, toDataError } from '../errors';

/** Whether SharePoint asked us to slow down (429, or 503 Server Too Busy). */
export const isThrottling = (reason: unknown): boolean => [429, 503].includes(httpStatus(reason) ?? 0);

/** Marks a person failed, with why. */
export type Fail = (key: string, reason: unknown) => void;

/** One kind of step for these people. */
export type Step<T> = (people: T[], fail: Fail) => Promise<void>;

/** Runs the steps in order for the people still going; `answered` counts parts SharePoint carried out. */
export function bulkStep<T>(
  people: readonly T[],
  keyOf: (person: T) => string,
  answered: () => number,
  steps: ReadonlyArray<Step<T>>,
  onDone: (done: T[]) => void = () => undefined,
  skip: (person: T) => boolean = () => false
): Promise<Result<BulkOutcome, DataError>> {
  return attempt(async () => {
    const failed = new Map<string, DataError>();
    let throttled: unknown;
    const fail: Fail = (key, reason) => {
      if (!failed.has(key)) failed.set(key, toDataError(reason));
      if (throttled === undefined && isThrottling(reason)) throttled = reason;
    };
    const before = answered();
    for (const step of steps) {
      const going = people.filter((p) => !failed.has(keyOf(p)) && !skip(p));
      if (throttled !== undefined) for (const p of going) fail(keyOf(p), throttled);
      else await step(going, fail);
    }
    const done = people.filter((p) => !failed.has(keyOf(p)));
    onDone(done);
    return {
      done: done.map(keyOf),
      failed: Array.from(failed, ([staffKey, error]) => ({ staffKey, error })),
      progressed: answered() > before
    };
  });
}
