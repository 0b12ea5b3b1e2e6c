/**
 * SharePoint's and Graph's per-user request budgets, as sliding windows. SharePoint Online allows a user 3,000
 * requests in 5 minutes ("Avoid getting throttled or blocked in SharePoint Online", user limits table; SharePoint/
 * sp-dev-docs#10157) and then answers 429 with Retry-After; each request inside a `$batch` counts, and throttled
 * requests count towards the limit too ("failure to honor Retry-After may result in more throttling"). Outlook's
 * endpoints in Graph allow 10,000 requests per 10 minutes per mailbox, and Graph judges each request of a JSON batch
 * on its own (learn.microsoft.com/graph/throttling).
 */
import type { TenantClock } from './tenantClock';

/** How many requests a user may make in how long. */
export interface BudgetLimit {
  requests: number;
  windowSeconds: number;
}

/** The limits each service applies per user. */
export interface BudgetLimits {
  sharepoint: BudgetLimit;
  graph: BudgetLimit;
}

/** SharePoint Online's and Outlook's published per-user limits. */
export const DEFAULT_LIMITS: BudgetLimits = {
  sharepoint: { requests: 3000, windowSeconds: 300 },
  graph: { requests: 10000, windowSeconds: 600 }
};

export type BudgetService = keyof BudgetLimits;

/** Per-user sliding windows of request times. */
export class RequestBudget {
  private readonly used = new Map<string, number[]>();
  private suspended = 0;

  constructor(private readonly clock: TenantClock, public limits: BudgetLimits = DEFAULT_LIMITS) {}

  private window(service: BudgetService, user: string): number[] {
    const key = `${service}:${user.toLowerCase()}`;
    const horizon = this.clock.now() - this.limits[service].windowSeconds;
    const times = (this.used.get(key) ?? []).filter((t) => t > horizon);
    this.used.set(key, times);
    return times;
  }

  /** Requests the user may still make in the current window. */
  room(service: BudgetService, user: string): number {
    if (this.suspended > 0) return Number.POSITIVE_INFINITY;
    return Math.max(0, this.limits[service].requests - this.window(service, user).length);
  }

  /**
   * Counts one request. Undefined when it may go ahead; otherwise the whole seconds until the window has room again
   * (the Retry-After to send). A refused request is counted too, as SharePoint counts it.
   */
  take(service: BudgetService, user: string): number | undefined {
    if (this.suspended > 0) return undefined;
    const times = this.window(service, user);
    const now = this.clock.now();
    const { requests, windowSeconds } = this.limits[service];
    const admitted = times.length < requests;
    times.push(now);
    if (admitted) return undefined;
    // The window has room again once all but `requests - 1` of the counted times have slid out of it.
    const freeing = times[times.length - requests];
    return Math.max(1, Math.ceil(freeing + windowSeconds - now));
  }

  /** Runs `work` without counting (seeding a tenant is not a user's traffic). */
  async uncounted<T>(work: () => Promise<T>): Promise<T> {
    this.suspended++;
    try {
      return await work();
    } finally {
      this.suspended--;
    }
  }

  /** Forgets all counted requests. */
  clear(): void {
    this.used.clear();
  }
}
