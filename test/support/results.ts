/** Reading what the code under test returned: a Result that must be ok, and the HTTP status a SharePoint call ended with. */
import type { Result } from '../../src/domain';

/** The value of an ok result; throws, naming the error, when it is not ok. */
export const value = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};

/** 200 when the call succeeds, else the status SharePoint (or the emulator) refused it with. */
export const httpStatus = (work: Promise<unknown>): Promise<number | undefined> =>
  work.then(
    () => 200,
    (error: { status?: number }) => error.status
  );
