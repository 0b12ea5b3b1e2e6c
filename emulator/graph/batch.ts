/**
 * Microsoft Graph JSON batching: POST /v1.0/$batch { requests: [{ id, method, url, headers?, body? }] }, at most 20
 * requests ("JSON batch requests are currently limited to 20 individual requests", learn.microsoft.com/graph/
 * json-batching). The answer is 200 with one entry per request; each request is judged on its own, throttling
 * included (a part may answer 429 with its own Retry-After while the others succeed; learn.microsoft.com/graph/
 * throttling, "Throttling and batching").
 */
import { bodyText, type EmulatorRequest, type EmulatorResponse } from '../core/http';
import { GraphError, graphErrorResponse } from './errors';

export const MAX_GRAPH_BATCH = 20;

interface BatchStep {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

function steps(req: EmulatorRequest): BatchStep[] {
  let parsed: { requests?: unknown };
  try {
    parsed = JSON.parse(bodyText(req)) as { requests?: unknown };
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.');
  }
  if (!Array.isArray(parsed.requests)) throw new GraphError(400, 'BadRequest', 'The batch request needs a requests array.');
  if (parsed.requests.length > MAX_GRAPH_BATCH)
    throw new GraphError(400, 'BadRequest', `The batch holds ${parsed.requests.length} requests; at most ${MAX_GRAPH_BATCH} are allowed.`);
  return parsed.requests as BatchStep[];
}

function parsedBody(res: EmulatorResponse): unknown {
  const text = typeof res.body === 'string' ? res.body : new TextDecoder().decode(res.body);
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Answers a JSON batch, each step run through `run` as its own request (with the outer request's headers). */
export async function handleGraphBatch(
  req: EmulatorRequest,
  run: (part: EmulatorRequest) => Promise<EmulatorResponse>
): Promise<EmulatorResponse> {
  let list: BatchStep[];
  try {
    list = steps(req);
  } catch (error) {
    if (error instanceof GraphError) return graphErrorResponse(error);
    throw error;
  }
  const ids = new Set<string>();
  const responses: unknown[] = [];
  for (const step of list) {
    const id = String(step.id ?? '');
    if (!id || ids.has(id) || typeof step.url !== 'string' || typeof step.method !== 'string') {
      return graphErrorResponse(new GraphError(400, 'BadRequest', 'Each batch request needs a unique id, a method and a url.'));
    }
    ids.add(id);
    const url = `/graph/v1.0${step.url.startsWith('/') ? '' : '/'}${step.url}`;
    const headers = { ...req.headers, ...(step.headers ?? {}) };
    const body = step.body === undefined ? undefined : typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
    const res = await run({ method: step.method, url, headers, body });
    const keep = Object.fromEntries(Object.entries(res.headers).filter(([k]) => /^(retry-after|content-type|location|etag)$/i.test(k)));
    responses.push({ id, status: res.status, headers: keep, body: parsedBody(res) });
  }
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) };
}
