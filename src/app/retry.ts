/** Retrying work that SharePoint or Graph throttled, waiting as long as their Retry-After says. */
import type { Result } from '../domain';
import type { DataError } from '../data/ports';

/** How to wait between attempts and how often to try. */
export interface RetryOptions {
  wait(seconds: number): Promise<void>;
  maxThrottleRetries?: number;
  /** Told before each wait, so the UI can say why it paused. */
  onWait?(seconds: number): void;
}

/** Whether trying again later may succeed: throttling (429, 503) or a service that did not answer. */
export function isTransient(error: DataError): boolean {
  return error.code === 'throttled' || error.code === 'unavailable';
}

/**
 * How long to wait before sending failed parts again: the longest Retry-After any of them carried (waiting less
 * would only be throttled again, and throttled requests count towards the limit), else 1, 2, 4 … seconds.
 */
export function retryDelaySeconds(errors: readonly DataError[], attempt: number): number {
  const asked = errors.map((e) => (e.code === 'throttled' ? e.retryAfterSeconds : undefined)).filter((s): s is number => s !== undefined);
  return asked.length ? Math.max(...asked) : 2 ** attempt;
}

/** Runs `work` until it is not throttled or the retries are used up; other errors return at once. */
export async function withThrottleRetry<T>(
  work: () => Promise<Result<T, DataError>>,
  options: RetryOptions
): Promise<Result<T, DataError>> {
  const maxRetries = options.maxThrottleRetries ?? 5;
  for (let attempt = 0; ; attempt++) {
    const result = await work();
    if (result.ok || result.error.code !== 'throttled' || attempt >= maxRetries) return result;
    const seconds = retryDelaySeconds([result.error], attempt);
    options.onWait?.(seconds);
    await options.wait(seconds);
  }
}
