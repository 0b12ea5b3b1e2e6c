/** Plain request/response shapes the emulator speaks, independent of fetch, Node http or the Graph client. */

/** A request as SharePoint or Graph would receive it. `url` is absolute (any origin) or a path. */
export interface EmulatorRequest {
  method: string;
  url: string;
  /** Header names are matched case-insensitively. */
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** A response as SharePoint or Graph would send it. */
export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** Reads a header case-insensitively. */
export function header(req: Pick<EmulatorRequest, 'headers'>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(req.headers)) {
    if (key.toLowerCase() === wanted) return req.headers[key];
  }
  return undefined;
}

/** The body as text (uploads arrive as bytes). */
export function bodyText(req: Pick<EmulatorRequest, 'body'>): string {
  if (req.body === undefined) return '';
  return typeof req.body === 'string' ? req.body : new TextDecoder().decode(req.body);
}

/** The body parsed as JSON, or undefined when empty. Throws SyntaxError on malformed JSON. */
export function bodyJson<T = unknown>(req: Pick<EmulatorRequest, 'body'>): T | undefined {
  const text = bodyText(req);
  return text.trim() === '' ? undefined : (JSON.parse(text) as T);
}

/** A JSON response. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json;odata=verbose;charset=utf-8', ...headers },
    body: JSON.stringify(value)
  };
}

/** An empty response (204 and friends). */
export function empty(status: number = 204, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers, body: '' };
}

/**
 * Splits a URL (absolute or a path) into its decoded path and its query parameters, as a real server reads them
 * (WHATWG URL): a raw `#` starts a fragment that is never sent, `&` separates parameters, `+` in the query is a space.
 */
export function parseUrl(url: string): { path: string; query: URLSearchParams } {
  const u = new URL(url, 'http://emulator.local');
  return { path: decodeURIComponent(u.pathname), query: u.searchParams };
}

/** The path's segments, each percent-decoded once after splitting, so an encoded `%2F` stays inside its segment. */
export function pathSegments(url: string): string[] {
  return new URL(url, 'http://emulator.local').pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
}
