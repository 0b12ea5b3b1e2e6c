/**
 * Loads an adapter on first use, so code only some users need (site set-up, roster import) stays out of the
 * shared web part bundle. Every port method returns a Promise, so callers cannot tell the difference.
 */
type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never };

/** A port whose implementation is imported the first time one of its methods is called. */
export function lazyPort<T extends AsyncMethods<T>>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  const get = (): Promise<T> => (loaded ??= load());
  return new Proxy({} as T, {
    get: (_target, method: string | symbol) =>
      method === 'then'
        ? undefined
        : (...args: unknown[]) =>
            get().then((impl) => (impl[method as keyof T] as unknown as (...a: unknown[]) => Promise<unknown>).apply(impl, args))
  });
}
