/** Rule breaches are values, not exceptions: every domain rule returns a Result. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A successful result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A refused result carrying the reason. */
export function fail<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
