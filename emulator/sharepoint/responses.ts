/** SharePoint REST response shapes: JSON light (minimal metadata) as PnPjs asks for it, verbose when asked, errors. */
import { header, type EmulatorRequest, type EmulatorResponse } from '../core/http';

/** SharePoint's error codes for the refusals the emulator makes. */
export const SP_ERRORS = {
  accessDenied: '-2147024891, System.UnauthorizedAccessException',
  notFound: '-2130575322, Microsoft.SharePoint.SPException',
  listNotFound: '-1, System.ArgumentException',
  itemNotFound: '-2147024809, System.ArgumentException',
  etagMismatch: '-2130575305, Microsoft.SharePoint.SPException',
  // The 5,000-item list-view threshold, not throttling: SharePoint answers it with 500 (OneDrive/onedrive-api-docs#1510).
  listViewThreshold: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  badRequest: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  invalidArgument: '-2147024809, System.ArgumentException',
  duplicate: '-2130575342, Microsoft.SharePoint.SPException'
} as const;

/** A refusal in SharePoint's shape. */
export class SpError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}

/** Shorthands for common refusals. */
export const refuse = {
  accessDenied: (): SpError =>
    new SpError(403, SP_ERRORS.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.'),
  notFound: (what: string): SpError =>
    new SpError(404, SP_ERRORS.notFound, `${what} does not exist. It may have been deleted by another user.`),
  badRequest: (message: string): SpError => new SpError(400, SP_ERRORS.badRequest, message)
};

/** Whether the client asked for verbose OData (`odata=verbose`), as PnPjs does for some writes. */
export function wantsVerbose(req: EmulatorRequest): boolean {
  return /odata=verbose/i.test(header(req, 'accept') ?? '');
}

/** Metadata of an entity: its type, ETag and the link PnPjs builds follow-up URLs from (relative to _api/). */
export interface EntityMeta {
  type: string;
  etag?: string;
  editLink?: string;
}

/** The absolute `_api/` URL of the site a request was made to (odata.metadata carries it, as SharePoint's does). */
export function apiBase(req: EmulatorRequest, siteUrl: string): string {
  const origin = /^https?:\/\/[^/]+/i.exec(req.url)?.[0] ?? 'http://127.0.0.1:5173';
  return `${origin}${siteUrl}/_api/`;
}

/** An entity response. */
export function entity(
  req: EmulatorRequest,
  base: string,
  value: Record<string, unknown>,
  meta: EntityMeta,
  headers: Record<string, string> = {}
): EmulatorResponse {
  const etagHeader: Record<string, string> = meta.etag ? { etag: meta.etag } : {};
  if (wantsVerbose(req)) {
    const uri = meta.editLink ? `${base}${meta.editLink}` : undefined;
    const body = {
      d: { __metadata: { type: meta.type, ...(uri ? { id: uri, uri } : {}), ...(meta.etag ? { etag: meta.etag } : {}) }, ...value }
    };
    return {
      status: 200,
      headers: { 'content-type': 'application/json;odata=verbose;charset=utf-8', ...etagHeader, ...headers },
      body: JSON.stringify(body)
    };
  }
  const links = meta.editLink ? { 'odata.id': `${base}${meta.editLink}`, 'odata.editLink': meta.editLink } : {};
  const body = {
    'odata.metadata': `${base}$metadata#${meta.type}/@Element`,
    'odata.type': meta.type,
    ...links,
    ...(meta.etag ? { 'odata.etag': meta.etag } : {}),
    ...value
  };
  return {
    status: 200,
    headers: { 'content-type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', ...etagHeader, ...headers },
    body: JSON.stringify(body)
  };
}

/** A collection response, with `odata.nextLink` when there is another page. */
export function collection(
  req: EmulatorRequest,
  base: string,
  values: Array<Record<string, unknown>>,
  nextLink?: string
): EmulatorResponse {
  if (wantsVerbose(req)) {
    const body = { d: { results: values, ...(nextLink ? { __next: nextLink } : {}) } };
    return { status: 200, headers: { 'content-type': 'application/json;odata=verbose;charset=utf-8' }, body: JSON.stringify(body) };
  }
  const body = { 'odata.metadata': `${base}$metadata`, value: values, ...(nextLink ? { 'odata.nextLink': nextLink } : {}) };
  return {
    status: 200,
    headers: { 'content-type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' },
    body: JSON.stringify(body)
  };
}

/** A 204 (void methods, MERGE updates). */
export function noContent(headers: Record<string, string> = {}): EmulatorResponse {
  return { status: 204, headers, body: '' };
}

/** An error body as SharePoint sends it. */
export function errorResponse(req: EmulatorRequest, error: SpError): EmulatorResponse {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  const body = wantsVerbose(req) ? { error: inner } : { 'odata.error': inner };
  return {
    status: error.status,
    headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' },
    body: JSON.stringify(body)
  };
}
