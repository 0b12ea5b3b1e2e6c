/** Component tests over the record's autosave with jest's fake timers: no test waits 1.2 real seconds. */
import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AUTOSAVE_DELAY_MS } from '../../src/components/CycleRecord/draft/useCycleDraft';

/** A user whose typing and clicking move jest's fake clock instead of waiting on the real one. */
export const fakeTimerUser = (): ReturnType<typeof userEvent.setup> =>
  userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });

/**
 * Lets the autosave delay pass on the fake clock, then lets its save (and any merge and second save) settle. Nothing
 * is saved before the delay: a test that expects a save fails if the autosave never fires.
 */
export const autosave = (): Promise<void> =>
  act(async () => {
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
