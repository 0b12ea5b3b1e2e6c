/**
 * The tenant emulator: one request handler standing in for SharePoint Online REST and Microsoft Graph.
 * (method, url, headers, body, signed-in user) → response. Reached in-process (PnPjs on.send, Graph middleware)
 * or over HTTP (Vite middleware, standalone server). Never shipped.
 */
import { header, json, parseUrl, type EmulatorRequest, type EmulatorResponse } from './http';
import { findUser, type DirectoryUser } from './directory';
import { FaultInjector, faultResponse } from './faults';
import { RequestLog } from './requestLog';
import type { TenantState } from './state';
import { handleSharePoint } from '../sharepoint/handler';
import { handleGraph } from '../graph/handler';
import { handleControl } from './control';
import { USER_HEADER } from './userHeader';

export { USER_HEADER };

/** Context handed to the SharePoint and Graph handlers. */
export interface HandlerContext {
  state: TenantState;
  user: DirectoryUser;
  /** Called after a request changed state, so the workbench can persist it. */
  changed(): void;
}

/** Options for a tenant emulator. */
export interface TenantEmulatorOptions {
  /** Called (debounced by the caller if it likes) whenever state changes. */
  onChange?: (state: TenantState) => void;
  /** Replaces state when the control endpoint asks for a reset. */
  reset?: () => TenantState;
  /** Named ways to fill a reset tenant (POST /_emulator/reset?seed=NAME), e.g. a school part-way through the year. */
  seeds?: Record<string, (emulator: TenantEmulator) => Promise<void>>;
}

/** The stand-in tenant. */
export class TenantEmulator {
  readonly log: RequestLog = new RequestLog();
  readonly faults: FaultInjector = new FaultInjector();

  constructor(public state: TenantState, private readonly options: TenantEmulatorOptions = {}) {}

  /** Handles one request as SharePoint or Graph would. */
  async handle(req: EmulatorRequest): Promise<EmulatorResponse> {
    const { path } = parseUrl(req.url);
    const isGraph = isGraphPath(req.url, path);
    const upn = header(req, USER_HEADER);
    const response = await this.dispatch(req, path, isGraph, upn);
    const { pathname, search } = new URL(req.url, 'http://emulator.local');
    this.log.add({
      method: req.method.toUpperCase(),
      url: pathname + search,
      user: upn,
      status: response.status,
      batchParts: countBatchParts(path, req)
    });
    return response;
  }

  private async dispatch(req: EmulatorRequest, path: string, isGraph: boolean, upn: string | undefined): Promise<EmulatorResponse> {
    if (path.startsWith('/_emulator/')) return handleControl(this, req, path, this.options.seeds ?? {});
    const fault = this.faults.take(req);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status && !fault.afterCommit) return faultResponse(fault, isGraph);
    const response = await this.answer(req, path, isGraph, upn);
    return fault?.status ? faultResponse(fault, isGraph) : response;
  }

  private async answer(req: EmulatorRequest, path: string, isGraph: boolean, upn: string | undefined): Promise<EmulatorResponse> {
    const user = upn ? findUser(this.state.directory, upn) : undefined;
    if (!user) return unauthorised(isGraph, upn);
    const ctx: HandlerContext = { state: this.state, user, changed: () => this.options.onChange?.(this.state) };
    const response = isGraph ? await handleGraph(ctx, req) : await handleSharePoint(ctx, req);
    return response ?? json(404, { error: { code: 'NotFound', message: `The emulator has no endpoint for ${req.method} ${path}` } });
  }

  /** Replaces the whole tenant with a freshly seeded one (control endpoint and `npm run emulator:reset`). */
  reset(): void {
    if (!this.options.reset) throw new Error('This emulator was created without a reset function.');
    this.state = this.options.reset();
    this.options.onChange?.(this.state);
  }
}

/** Graph is reached at /graph/v1.0/… on the emulator's origin, or at /v1.0/… on graph.microsoft.com. */
function isGraphPath(url: string, path: string): boolean {
  return path.startsWith('/graph/') || /^https:\/\/graph\.microsoft\.com\//i.test(url);
}

function countBatchParts(path: string, req: EmulatorRequest): number {
  if (!path.endsWith('/$batch') || typeof req.body !== 'string') return 0;
  return (req.body.match(/^(GET|POST|PATCH|PUT|DELETE|MERGE) /gm) ?? []).length;
}

function unauthorised(isGraph: boolean, upn: string | undefined): EmulatorResponse {
  const message = upn
    ? `The user '${upn}' is not in this tenant.`
    : `Nobody is signed in: send the ${USER_HEADER} header with a user principal name.`;
  return isGraph
    ? json(401, { error: { code: 'InvalidAuthenticationToken', message } })
    : json(401, { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: message } } });
}
