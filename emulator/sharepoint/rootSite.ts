/**
 * The tenant's root site (`/`), where Teams, Outlook and the Microsoft 365 app host a personal-app SPFx page
 * (`/_layouts/15/teamshostedapp.aspx`): the page context's web is the root site, not the appraisal site. The root site
 * here has no appraisal lists, so anything that addresses the hosting web instead of the appraisal site gets what
 * SharePoint answers there: "List '…' does not exist at site with URL …" (404). Its web can be read and it hands out
 * form digests, as any site does.
 */
import { parseUrl, type EmulatorRequest, type EmulatorResponse } from '../core/http';
import { apiBase, entity, errorResponse, SP_ERRORS, SpError } from './responses';

/** `POST …/_api/contextinfo`: a form digest for the site (any signed-in user can ask; it proves nothing alone). */
export function contextInfo(req: EmulatorRequest, siteUrl: string): EmulatorResponse {
  const origin = /^https?:\/\/[^/]+/i.exec(req.url)?.[0] ?? 'http://127.0.0.1:5173';
  const value = {
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: `0x0A1B2C3D,${new Date().toUTCString()}`,
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: `${origin}${siteUrl}`,
    WebFullUrl: `${origin}${siteUrl}`
  };
  return entity(req, apiBase(req, siteUrl), value, { type: 'SP.ContextWebInformation' });
}

/** Answers a request to the root site's API, or undefined when the path is not there. */
export function handleRootSite(req: EmulatorRequest, tenantName: string): EmulatorResponse | undefined {
  const { path } = parseUrl(req.url);
  const lower = path.toLowerCase();
  if (!lower.startsWith('/_api/')) return undefined;
  const api = lower.slice('/_api/'.length);
  if (api === 'contextinfo') return contextInfo(req, '');
  if (api === 'web' || api === 'web/') {
    return entity(
      req,
      apiBase(req, ''),
      { Title: tenantName, ServerRelativeUrl: '/', WebTemplate: 'SITEPAGEPUBLISHING' },
      { type: 'SP.Web', editLink: 'Web' }
    );
  }
  const list = /^web\/lists\/getbytitle\('([^']*)'\)/i.exec(path.slice('/_api/'.length));
  const origin = /^https?:\/\/[^/]+/i.exec(req.url)?.[0] ?? '';
  if (list) {
    return errorResponse(
      req,
      new SpError(404, SP_ERRORS.listNotFound, `List '${decodeURIComponent(list[1])}' does not exist at site with URL '${origin}'.`)
    );
  }
  return errorResponse(
    req,
    new SpError(
      404,
      SP_ERRORS.notFound,
      `The root site has no ${req.method} ${path} in the emulator: the appraisal lists are on the appraisal site.`
    )
  );
}
