/** Turns a fetch-style (url, init) pair into an EmulatorRequest and an EmulatorResponse back into a fetch Response. */
import type { EmulatorRequest, EmulatorResponse } from '../core/http';

/** Reads fetch headers of any shape into a plain record. */
export function headersToRecord(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (typeof (headers as Headers).forEach === 'function' && !Array.isArray(headers)) {
    (headers as Headers).forEach((value, key) => { out[key] = value; });
  } else if (Array.isArray(headers)) {
    for (const [key, value] of headers) out[key] = value;
  } else {
    Object.assign(out, headers);
  }
  return out;
}

/** Reads a fetch body (string, Blob, ArrayBuffer, typed array) into a string or bytes. */
export async function readBody(body: BodyInit | null | undefined): Promise<string | Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (typeof Blob !== 'undefined' && body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  return String(body);
}

/** Builds an EmulatorRequest from fetch arguments, adding the signed-in user's header. */
export async function toEmulatorRequest(
  url: string,
  init: RequestInit | undefined,
  extraHeaders: Record<string, string>
): Promise<EmulatorRequest> {
  return {
    method: (init?.method ?? 'GET').toUpperCase(),
    url,
    headers: { ...headersToRecord(init?.headers), ...extraHeaders },
    body: await readBody(init?.body)
  };
}

/** Builds a fetch Response from an EmulatorResponse. */
export function toFetchResponse(res: EmulatorResponse): Response {
  const noBody = res.status === 204 || res.status === 304;
  return new Response(noBody ? null : (res.body as BodyInit), { status: res.status, headers: res.headers });
}
