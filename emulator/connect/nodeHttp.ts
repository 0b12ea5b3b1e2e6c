/** Serves the emulator over Node's http: used by the Vite workbench middleware and the standalone server. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TenantEmulator } from '../core/TenantEmulator';
import type { EmulatorRequest } from '../core/http';

const TEXT_TYPES = /^(text\/|application\/(json|xml|http)|multipart\/)/i;

/** Paths the emulator answers; everything else is left to the host (the workbench's own files). */
export function isEmulatorPath(url: string | undefined): boolean {
  return !!url && /^\/(sites\/|graph\/|_emulator\/)/.test(url);
}

/** Reads a Node request into an EmulatorRequest (text bodies as strings, uploads as bytes). */
export async function readNodeRequest(req: IncomingMessage): Promise<EmulatorRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const type = String(req.headers['content-type'] ?? '');
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  return {
    method: req.method ?? 'GET',
    url: `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`,
    headers,
    body: bytes.length === 0 ? undefined : TEXT_TYPES.test(type) || type === '' ? bytes.toString('utf8') : new Uint8Array(bytes)
  };
}

/** Answers a Node request from the emulator. */
export async function serveNodeRequest(emulator: TenantEmulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const response = await emulator.handle(await readNodeRequest(req));
    res.writeHead(response.status, response.headers);
    res.end(typeof response.body === 'string' ? response.body : Buffer.from(response.body));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'EmulatorFault', message: String(error) } }));
  }
}
