/**
 * The tenant emulator: one request handler standing in for SharePoint Online REST and Microsoft Graph.
 * (method, url, headers, body, signed-in user) → response. Reached in-process (PnPjs on.send, Graph middleware)
 * or over HTTP (Vite middleware, standalone server). Never shipped.
 */
import { header, json, parseUrl, type EmulatorRequest, type EmulatorResponse } from './http';
import { findUser, type DirectoryUser } from './directory';
import { FaultInjector, faultResponse } from './faults';
import { RequestLog, type RequestLogEntry } from './requestLog';
import type { TenantState } from './state';
import { handleSharePoint } from '../sharepoint/handler';
import { handleGraph } from '../graph/handler';
import { handleControl } from './control';
import { USER_HEADER } from './userHeader';
import { RequestBudget, type BudgetLimits, type BudgetService } from './budget';
import { wallClock, type TenantClock } from './tenantClock';
import { throttledResponse } from './throttled';

export { USER_HEADER };

/** Context handed to the SharePoint and Graph handlers. */
export interface HandlerContext {
  state: TenantState;
  user: DirectoryUser;
  /** Called after a request changed state, so the workbench can persist it. */
  changed(): void;
  /** Inside a `$batch`: how each part is run (faults and budget first, then this same handler). */
  parts?: PartRunner;
}

/** Options for a tenant emulator. */
export interface TenantEmulatorOptions {
  /** Called (debounced by the caller if it likes) whenever state changes. */
  onChange?: (state: TenantState) => void;
  /** Replaces state when the control endpoint asks for a reset. */
  reset?: () => TenantState;
  /** Named ways to fill a reset tenant (POST /_emulator/reset?seed=NAME), e.g. a school part-way through the year. */
  seeds?: Record<string, (emulator: TenantEmulator, origin: string) => Promise<void>>;
  /**
   * SharePoint's and Graph's per-user request budgets (429 + Retry-After once spent, each `$batch` part counted), on
   * the wall clock or a modelled tenant's clock. Off when absent, so that unit tests are not timed; the workbench and
   * the benchmarks turn it on.
   */
  budget?: { clock?: TenantClock; limits?: BudgetLimits };
}

/** Runs one request (a whole request, or one part of a `$batch`) through faults and the budget. */
export type PartRunner = (part: EmulatorRequest) => Promise<EmulatorResponse>;

const isBatchPath = (path: string): boolean => path.toLowerCase().endsWith('/$batch');

const parsePath = (url: string): string => parseUrl(url).path;

/** The stand-in tenant. */
export class TenantEmulator {
  readonly log: RequestLog = new RequestLog();
  readonly faults: FaultInjector = new FaultInjector();
  /** The clock budgets and the latency model run on. */
  readonly clock: TenantClock;
  /** Per-user request budgets, when turned on. */
  readonly budget: RequestBudget | undefined;

  constructor(
    public state: TenantState,
    private readonly options: TenantEmulatorOptions = {}
  ) {
    this.clock = options.budget?.clock ?? wallClock;
    this.budget = options.budget ? new RequestBudget(this.clock, options.budget.limits) : undefined;
  }

  /** Handles one request as SharePoint or Graph would. */
  async handle(req: EmulatorRequest): Promise<EmulatorResponse> {
    const { path } = parseUrl(req.url);
    const isGraph = isGraphPath(req.url, path);
    const upn = header(req, USER_HEADER);
    const control = path.startsWith('/_emulator/');
    if (!control) this.clock.roundTrip?.();
    const parts: NonNullable<RequestLogEntry['parts']> = [];
    const response = control
      ? await handleControl(this, req, path, this.options.seeds ?? {})
      : await this.dispatch(req, path, isGraph, upn, parts);
    const { pathname, search } = new URL(req.url, 'http://emulator.local');
    this.log.add({
      method: req.method.toUpperCase(),
      url: pathname + search,
      user: upn,
      status: response.status,
      batchParts: countBatchParts(path, req),
      ...(parts.length ? { parts } : {})
    });
    return response;
  }

  private async dispatch(
    req: EmulatorRequest,
    path: string,
    isGraph: boolean,
    upn: string | undefined,
    logged: NonNullable<RequestLogEntry['parts']>
  ): Promise<EmulatorResponse> {
    const service: BudgetService = isGraph ? 'graph' : 'sharepoint';
    // A $batch is one round trip whose parts each count, each meet faults, and each may be throttled on its own.
    if (isBatchPath(path) && req.method.toUpperCase() === 'POST') {
      if (upn && this.budget && this.budget.room(service, upn) === 0)
        return throttledResponse(this.budget.take(service, upn) ?? 1, isGraph);
      const runPart: PartRunner = async (part) => {
        const answered = await this.runOne(part, parsePath(part.url), isGraph, upn);
        const { pathname, search } = new URL(part.url, 'http://emulator.local');
        logged.push({ method: part.method.toUpperCase(), url: pathname + search, status: answered.status });
        return answered;
      };
      return this.withFaults(req, () => this.answer(req, path, isGraph, upn, runPart), isGraph);
    }
    return this.runOne(req, path, isGraph, upn);
  }

  private async runOne(req: EmulatorRequest, path: string, isGraph: boolean, upn: string | undefined): Promise<EmulatorResponse> {
    const retryAfter = upn ? this.budget?.take(isGraph ? 'graph' : 'sharepoint', upn) : undefined;
    if (retryAfter !== undefined) return throttledResponse(retryAfter, isGraph);
    return this.withFaults(req, () => this.answer(req, path, isGraph, upn), isGraph);
  }

  private async withFaults(req: EmulatorRequest, run: () => Promise<EmulatorResponse>, isGraph: boolean): Promise<EmulatorResponse> {
    const fault = this.faults.take(req);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status && !fault.afterCommit) return faultResponse(fault, isGraph);
    const response = await run();
    return fault?.status ? faultResponse(fault, isGraph) : response;
  }

  private async answer(
    req: EmulatorRequest,
    path: string,
    isGraph: boolean,
    upn: string | undefined,
    parts?: PartRunner
  ): Promise<EmulatorResponse> {
    const user = upn ? findUser(this.state.directory, upn) : undefined;
    if (!user) return unauthorised(isGraph, upn);
    const ctx: HandlerContext = { state: this.state, user, changed: () => this.options.onChange?.(this.state), parts };
    const response = isGraph ? await handleGraph(ctx, req) : await handleSharePoint(ctx, req);
    return response ?? json(404, { error: { code: 'NotFound', message: `The emulator has no endpoint for ${req.method} ${path}` } });
  }

  /** Replaces the whole tenant with a freshly seeded one (control endpoint and `npm run emulator:reset`). */
  reset(): void {
    if (!this.options.reset) throw new Error('This emulator was created without a reset function.');
    this.state = this.options.reset();
    this.budget?.clear();
    this.options.onChange?.(this.state);
  }
}

/** Graph is reached at /graph/v1.0/… on the emulator's origin, or at /v1.0/… on graph.microsoft.com. */
function isGraphPath(url: string, path: string): boolean {
  return path.startsWith('/graph/') || /^https:\/\/graph\.microsoft\.com\//i.test(url);
}

function countBatchParts(path: string, req: EmulatorRequest): number {
  if (!isBatchPath(path) || req.body === undefined) return 0;
  const text = typeof req.body === 'string' ? req.body : new TextDecoder().decode(req.body);
  if (text.trimStart().startsWith('{')) {
    try {
      return ((JSON.parse(text) as { requests?: unknown[] }).requests ?? []).length;
    } catch {
      return 0;
    }
  }
  return (text.match(/^(GET|POST|PATCH|PUT|DELETE|MERGE) /gm) ?? []).length;
}

function unauthorised(isGraph: boolean, upn: string | undefined): EmulatorResponse {
  const message = upn
    ? `The user '${upn}' is not in this tenant.`
    : `Nobody is signed in: send the ${USER_HEADER} header with a user principal name.`;
  return isGraph
    ? json(401, { error: { code: 'InvalidAuthenticationToken', message } })
    : json(401, { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: message } } });
}
