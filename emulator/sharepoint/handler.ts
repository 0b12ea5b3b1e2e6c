/** SharePoint REST for the appraisal site: /sites/staff-appraisal/_api/… and its $batch endpoint. */
import { parseUrl, type EmulatorRequest, type EmulatorResponse } from '../core/http';
import type { HandlerContext } from '../core/TenantEmulator';
import { siteUserFor, type SpContext } from './context';
import { apiBase, errorResponse, SP_ERRORS, SpError } from './responses';
import { route } from './router';
import { handleBatch } from './batch';
import { contextInfo, handleRootSite } from './rootSite';
import type { SpState } from './state';

/** The site collection a path is under: the appraisal site or another one (a trust's school sites), if any. */
function siteOf(ctx: HandlerContext, path: string): SpState | undefined {
  const lower = path.toLowerCase();
  return [ctx.state.sharepoint, ...(ctx.state.sites ?? [])].find((s) => lower.startsWith(`${s.serverRelativeUrl.toLowerCase()}/_api/`));
}

function answer(ctx: HandlerContext, site: SpState, req: EmulatorRequest, apiPath: string): EmulatorResponse {
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
  return errorResponse(
    req,
    new SpError(400, SP_ERRORS.badRequest, `The request message is too big. The server does not allow messages larger than ${limit} bytes.`)
  );
}

/** Answers a SharePoint REST request, or undefined when the path is not this site's API. */
export async function handleSharePoint(ctx: HandlerContext, req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
  const { path } = parseUrl(req.url);
  const site = siteOf(ctx, path);
  if (!site) return handleRootSite(req, ctx.state.directory.schoolName);
  const prefix = `${site.serverRelativeUrl}/_api/`;
  const apiPath = path.slice(prefix.length);
  if (apiPath.toLowerCase() === 'contextinfo' && req.method.toUpperCase() === 'POST') return contextInfo(req, site.serverRelativeUrl);
  const refused = tooBig(req, apiPath);
  if (refused) return refused;
  if (apiPath.toLowerCase() === '$batch') {
    const direct = (part: EmulatorRequest): Promise<EmulatorResponse> =>
      Promise.resolve(answer(ctx, site, part, parseUrl(part.url).path.slice(prefix.length)));
    const run = ctx.parts ?? direct;
    // A batch is answered by the site it was sent to: a part addressed to another site is refused, never run there.
    // SharePoint answers a batch that mixes sites 400 "Invalid Request": pnp/pnpjs#3125 ("not possible"), pnp/pnpjs#2172.
    const sameSite = (part: EmulatorRequest): Promise<EmulatorResponse> =>
      parseUrl(part.url).path.toLowerCase().startsWith(prefix.toLowerCase())
        ? run(part)
        : Promise.resolve(
            errorResponse(
              part,
              new SpError(400, SP_ERRORS.badRequest, `A $batch sent to ${site.serverRelativeUrl} cannot hold a request for another site.`)
            )
          );
    return handleBatch(req, sameSite);
  }
  return answer(ctx, site, req, apiPath);
}
