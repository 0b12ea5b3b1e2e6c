/** The emulator's own control endpoints under /_emulator/: faults, request log, reset. Not part of SharePoint or Graph. */
import { bodyJson, empty, json, type EmulatorRequest, type EmulatorResponse } from './http';
import type { FaultRule } from './faults';
import type { TenantEmulator } from './TenantEmulator';

/** Answers /_emulator/faults, /_emulator/log and /_emulator/reset[?seed=NAME]. */
export async function handleControl(
  emulator: TenantEmulator,
  req: EmulatorRequest,
  path: string,
  seeds: Record<string, (emulator: TenantEmulator) => Promise<void>>
): Promise<EmulatorResponse> {
  const method = req.method.toUpperCase();
  if (path === '/_emulator/faults') {
    if (method === 'POST') {
      const body = bodyJson<FaultRule | FaultRule[]>(req);
      for (const rule of Array.isArray(body) ? body : body ? [body] : []) emulator.faults.add(rule);
      return json(201, { faults: emulator.faults.list() });
    }
    if (method === 'DELETE') {
      emulator.faults.clear();
      return empty();
    }
    return json(200, { faults: emulator.faults.list() });
  }
  if (path === '/_emulator/log') {
    if (method === 'DELETE') {
      emulator.log.clear();
      return empty();
    }
    return json(200, { entries: emulator.log.entries });
  }
  if (path === '/_emulator/reset' && method === 'POST') {
    const seed = new URL(req.url, 'http://emulator.local').searchParams.get('seed');
    if (seed && !seeds[seed]) return json(400, { error: { code: 'UnknownSeed', message: `No seed named ${seed}; known: ${Object.keys(seeds).join(', ')}` } });
    emulator.reset();
    emulator.faults.clear();
    if (seed) await seeds[seed](emulator);
    emulator.log.clear();
    return empty();
  }
  return json(404, { error: { code: 'NotFound', message: `No emulator control endpoint ${method} ${path}` } });
}
