/**
 * OData $batch as SharePoint takes it from PnPjs: multipart/mixed with GETs as parts and writes grouped in
 * changesets; the answer is one `--batchresponse_` part per request, in order (SharePoint does not nest changesets,
 * and does not roll a changeset back when one of its requests fails).
 */
import { bodyText, header, type EmulatorRequest, type EmulatorResponse } from '../core/http';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error'
};

function boundaryOf(contentType: string | undefined): string | undefined {
  return /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
}

function splitParts(body: string, boundary: string): string[] {
  return body.split(`--${boundary}`).slice(1).filter((p) => !p.startsWith('--')).map((p) => p.replace(/^\r?\n/, ''));
}

function parseRequest(part: string, outer: EmulatorRequest): EmulatorRequest {
  const lines = part.split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i].trim() !== '') i++; // part headers (Content-Type: application/http …)
  i++;
  const [method, url] = lines[i++].split(' ');
  const headers: Record<string, string> = {};
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    headers[lines[i].slice(0, colon).trim()] = lines[i].slice(colon + 1).trim();
  }
  const body = lines.slice(i + 1).join('\n').trim();
  for (const key of Object.keys(outer.headers)) if (/^x-emulator-user$/i.test(key)) headers[key] = outer.headers[key];
  return { method, url, headers, body: body === '' ? undefined : body };
}

/** The requests of a batch, in order, flattening changesets. */
export function parseBatch(req: EmulatorRequest): EmulatorRequest[] {
  const boundary = boundaryOf(header(req, 'content-type'));
  if (!boundary) throw new Error('A $batch request needs a multipart boundary');
  return splitParts(bodyText(req), boundary).flatMap((part) => {
    const inner = /^Content-Type:\s*multipart\/mixed;\s*boundary="?([^"\r\n]+)"?/im.exec(part);
    return inner ? splitParts(part, inner[1]).map((p) => parseRequest(p, req)) : [parseRequest(part, req)];
  });
}

/**
 * SharePoint takes at most 100 requests in one `$batch` (pnp/pnpcore#284: "REST batching has a maximum of 100
 * requests"; pnp/pnpjs#3207); a bigger batch is refused whole, before any of it runs.
 */
export const MAX_BATCH_PARTS = 100;

const badBatch = (message: string): EmulatorResponse => ({
  status: 400, headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ 'odata.error': { code: '-1, Microsoft.Data.OData.ODataException', message: { lang: 'en-US', value: message } } })
});

/** Runs each part through `run`, in order, and writes SharePoint's batch response. */
export async function handleBatch(
  req: EmulatorRequest,
  run: (part: EmulatorRequest) => Promise<EmulatorResponse>
): Promise<EmulatorResponse> {
  let parts: EmulatorRequest[];
  try {
    parts = parseBatch(req);
  } catch (error) {
    return badBatch(String(error));
  }
  if (parts.length > MAX_BATCH_PARTS) return badBatch(`The batch holds ${parts.length} requests; at most ${MAX_BATCH_PARTS} are allowed.`);
  const boundary = 'batchresponse_8c3f1e2a-5b7d-4e9f-a1c6-0d2b4f6e8a13';
  const out: string[] = [];
  for (const part of parts) {
    const res = await run(part);
    out.push(
      `--${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `HTTP/1.1 ${res.status} ${STATUS_TEXT[res.status] ?? 'Unknown'}`
    );
    for (const [key, value] of Object.entries(res.headers)) out.push(`${key.toUpperCase()}: ${value}`);
    out.push('', typeof res.body === 'string' ? res.body : '');
  }
  out.push(`--${boundary}--`, '');
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=${boundary}` }, body: out.join('\n') };
}
