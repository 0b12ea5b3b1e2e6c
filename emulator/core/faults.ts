/** Fault injection: throttling, outages, slow and lost responses on request, as a test or the workbench asks. */
import type { EmulatorRequest, EmulatorResponse } from './http';

/** One rule: the next `count` requests whose URL contains `match` (and method, if given) get this fault. */
export interface FaultRule {
  /** HTTP status to answer with instead of the real response (429, 503, 504…). Omit for a slow-only rule. */
  status?: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** How many matching requests this rule still applies to. Default 1. */
  count?: number;
  /** A substring of the URL (any case); default matches every request. */
  match?: string;
  method?: string;
  /** Delay the response by this many milliseconds. */
  delayMs?: number;
  /**
   * Carry the request out first and only then answer with `status`: a lost response, where SharePoint committed the
   * change but the client saw an error (a gateway 504) and may send it again.
   */
  afterCommit?: boolean;
}

/** The active rules, consumed in order. */
export class FaultInjector {
  private rules: FaultRule[] = [];

  /** Adds a rule. */
  add(rule: FaultRule): void {
    this.rules.push({ ...rule, count: rule.count ?? 1 });
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** The rules still active (for the control endpoint). */
  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** Takes the first rule that matches this request, decrementing its count. */
  take(req: EmulatorRequest): FaultRule | undefined {
    const index = this.rules.findIndex(
      (r) =>
        (r.match === undefined || req.url.toLowerCase().includes(r.match.toLowerCase())) &&
        (r.method === undefined || r.method.toUpperCase() === req.method.toUpperCase())
    );
    if (index === -1) return undefined;
    const rule = this.rules[index];
    rule.count = (rule.count ?? 1) - 1;
    if (rule.count <= 0) this.rules.splice(index, 1);
    return rule;
  }
}

/** The response SharePoint/Graph send when throttling or unavailable. */
export function faultResponse(rule: FaultRule, graph: boolean): EmulatorResponse {
  const status = rule.status ?? 500;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (rule.retryAfter !== undefined) headers['retry-after'] = String(rule.retryAfter);
  const code = status === 429 ? 'TooManyRequests' : status === 503 ? 'ServiceUnavailable' : 'InternalServerError';
  const message = status === 429 ? 'The request has been throttled.' : 'The service is temporarily unavailable.';
  // Only 429 and 503 are throttling; any other injected status is a plain server error, as SharePoint sends one.
  const throttling = status === 429 || status === 503;
  const spCode = throttling
    ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException'
    : '-2146232832, Microsoft.SharePoint.SPException';
  const body = graph
    ? { error: { code, message, innerError: { date: '1970-01-01T00:00:00', 'request-id': 'emulator' } } }
    : { 'odata.error': { code: spCode, message: { lang: 'en-US', value: message } } };
  return { status, headers, body: JSON.stringify(body) };
}
