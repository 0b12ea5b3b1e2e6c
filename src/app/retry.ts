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

/** Runs `work` until it is not throttled or the retries are used up; other errors return at once. */
export async function withThrottleRetry<T>(work: () => Promise<Result<T, DataError>>, options: RetryOptions): Promise<Result<T, DataError>> {
  const maxRetries = options.maxThrottleRetries ?? 5;
  for (let attempt = 0; ; attempt++) {
    const result = await work();
    if (result.ok || result.error.code !== 'throttled' || attempt >= maxRetries) return result;
    const seconds = result.error.retryAfterSeconds ?? 2 ** attempt;
    options.onWait?.(seconds);
    await options.wait(seconds);
  }
}
