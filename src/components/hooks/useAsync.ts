import * as React from 'react';
import type { Result } from '../../domain';

/** The three states every async view renders explicitly. */
export type AsyncState<T, E> = { status: 'loading' } | { status: 'error'; error: E } | { status: 'ready'; value: T };

/** Runs a Result-returning load when `deps` change; `reload` runs it again. Late answers of stale loads are ignored. */
export function useAsync<T, E>(load: () => Promise<Result<T, E>>, deps: React.DependencyList): [AsyncState<T, E>, () => void] {
  const [state, setState] = React.useState<AsyncState<T, E>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (result) => {
        if (current) setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error });
      },
      (error: unknown) => {
        // A port broke its contract by throwing: show it as an error rather than leaving a spinner forever.
        if (current) setState({ status: 'error', error: { code: 'unexpected', detail: String(error) } as unknown as E });
      }
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
