/** SharePoint REST for the appraisal site: /sites/staff-appraisal/_api/… and its $batch endpoint. */
import { parseUrl, type EmulatorRequest, type EmulatorResponse } from '../core/http';
import type { HandlerContext } from '../core/TenantEmulator';
import { siteUserFor, type SpContext } from './context';
import { apiBase, errorResponse, SP_ERRORS, SpError } from './responses';
import { route } from './router';
import { handleBatch } from './batch';
import { contextInfo, handleRootSite } from './rootSite';

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

/**
 * SharePoint Online's REST API reads at most 2,097,152 bytes of a request body and answers 400 "The request message
 * is too big. The server does not allow messages larger than 2097152 bytes." (pnp/pnpcore#820; the same limit through
 * PnPjs, pnp/pnpjs#2980). A file's content sent to files/add may be up to 262,144,000 bytes (SharePoint/sp-dev-docs#8280).
 */
const MAX_REQUEST_BYTES = 2_097_152;
const MAX_UPLOAD_BYTES = 262_144_000;

/** UTF-8 length of a string, without TextEncoder (jsdom, where component tests run the emulator, lacks it). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function tooBig(req: EmulatorRequest, apiPath: string): EmulatorResponse | undefined {
  if (req.body === undefined) return undefined;
  const bytes = typeof req.body === 'string' ? utf8Length(req.body) : req.body.byteLength;
  const limit = /\/files\/add(usingpath)?\(/i.test(apiPath) ? MAX_UPLOAD_BYTES : MAX_REQUEST_BYTES;
  if (bytes <= limit) return undefined;
  return errorResponse(req, new SpError(400, SP_ERRORS.badRequest, `The request message is too big. The server does not allow messages larger than ${limit} bytes.`));
}

/** Answers a SharePoint REST request, or undefined when the path is not this site's API. */
export async function handleSharePoint(ctx: HandlerContext, req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
  const prefix = `${ctx.state.sharepoint.serverRelativeUrl}/_api/`;
  const { path } = parseUrl(req.url);
  if (!path.toLowerCase().startsWith(prefix.toLowerCase())) return handleRootSite(req, ctx.state.directory.schoolName);
  const apiPath = path.slice(prefix.length);
  if (apiPath.toLowerCase() === 'contextinfo' && req.method.toUpperCase() === 'POST') return contextInfo(req, ctx.state.sharepoint.serverRelativeUrl);
  const refused = tooBig(req, apiPath);
  if (refused) return refused;
  if (apiPath.toLowerCase() === '$batch') {
    const direct = (part: EmulatorRequest): Promise<EmulatorResponse> => Promise.resolve(answer(ctx, part, parseUrl(part.url).path.slice(prefix.length)));
    return handleBatch(req, ctx.parts ?? direct);
  }
  return answer(ctx, req, apiPath);
}
