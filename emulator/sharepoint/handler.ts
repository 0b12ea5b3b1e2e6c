/** SharePoint REST for the appraisal site: /sites/staff-appraisal/_api/… and its $batch endpoint. */
import { parseUrl, type EmulatorRequest, type EmulatorResponse } from '../core/http';
import type { HandlerContext } from '../core/TenantEmulator';
import { siteUserFor, type SpContext } from './context';
import { apiBase, errorResponse, SpError } from './responses';
import { route } from './router';
import { handleBatch } from './batch';

function answer(ctx: HandlerContext, req: EmulatorRequest, apiPath: string): EmulatorResponse {
  const site = ctx.state.sharepoint;
  const sp: SpContext = {
    state: site, directory: ctx.state.directory, user: siteUserFor(site, ctx.user), req, query: parseUrl(req.url).query,
    base: apiBase(req, site.serverRelativeUrl), changed: ctx.changed
  };
  try {
    return route(sp, apiPath);
  } catch (error) {
    if (error instanceof SpError) return errorResponse(req, error);
    throw error;
  }
}

/** Answers a SharePoint REST request, or undefined when the path is not this site's API. */
export async function handleSharePoint(ctx: HandlerContext, req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
  const prefix = `${ctx.state.sharepoint.serverRelativeUrl}/_api/`;
  const { path } = parseUrl(req.url);
  if (!path.toLowerCase().startsWith(prefix.toLowerCase())) return undefined;
  const apiPath = path.slice(prefix.length);
  if (apiPath.toLowerCase() === '$batch') return handleBatch(req, (part) => answer(ctx, part, parseUrl(part.url).path.slice(prefix.length)));
  return answer(ctx, req, apiPath);
}
