/**
 * Outlook's per-mailbox concurrency: at most 4 requests from one app to one mailbox at once; the fifth answers 429
 * `ApplicationThrottled` "Application is over its MailboxConcurrency limit." with Retry-After
 * (learn.microsoft.com/graph/throttling-limits#outlook-service-limits; Microsoft Q&A 734143 and 1660054).
 * A request holds its slot until the next macrotask, so calls a client fires together overlap as they do over HTTP.
 */
import { GraphError } from './errors';

/** Outlook's limit of concurrent requests per app per mailbox. */
export const MAILBOX_CONCURRENCY = 4;
const RETRY_AFTER_SECONDS = 1;

/** A 429 whose answer carries Retry-After. */
export class MailboxThrottled extends GraphError {
  readonly retryAfterSeconds = RETRY_AFTER_SECONDS;
  constructor() {
    super(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.');
  }
}

const inFlight = new WeakMap<object, Map<string, number>>();

/** Runs `work` as one request to `mailbox` (per tenant `scope`), or throws MailboxThrottled when 4 are in flight. */
export async function withMailboxSlot<T>(scope: object, mailbox: string, work: () => Promise<T> | T): Promise<T> {
  const counts = inFlight.get(scope) ?? new Map<string, number>();
  inFlight.set(scope, counts);
  const key = mailbox.toLowerCase();
  const now = counts.get(key) ?? 0;
  if (now >= MAILBOX_CONCURRENCY) throw new MailboxThrottled();
  counts.set(key, now + 1);
  try {
    const answer = await work();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return answer;
  } finally {
    counts.set(key, (counts.get(key) ?? 1) - 1);
  }
}
