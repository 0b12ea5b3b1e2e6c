/** The emulator's own control endpoints under /_emulator/: faults, request log, reset. Not part of SharePoint or Graph. */
import { bodyJson, empty, json, type EmulatorRequest, type EmulatorResponse } from './http';
import type { FaultRule } from './faults';
import type { BudgetLimits } from './budget';
import type { TenantEmulator } from './TenantEmulator';
import { changeConsent, grantedScopes } from '../graph/consent';
import { mailboxContents } from '../graph/mail';

/**
 * Answers /_emulator/faults, /_emulator/log, /_emulator/budget, /_emulator/consent (GET the approved Graph
 * permissions; POST { withdraw?: string[], grant?: string[] }; DELETE: all requested ones approved again),
 * /_emulator/mailbox and /_emulator/reset[?seed=NAME].
 */
export async function handleControl(
  emulator: TenantEmulator,
  req: EmulatorRequest,
  path: string,
  seeds: Record<string, (emulator: TenantEmulator, origin: string) => Promise<void>>
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
  if (path === '/_emulator/budget') {
    const budget = emulator.budget;
    if (!budget) return json(404, { error: { code: 'NoBudget', message: 'This emulator runs without request budgets.' } });
    if (method === 'POST') {
      const body = bodyJson<Partial<BudgetLimits>>(req) ?? {};
      budget.limits = { ...budget.limits, ...body };
      return json(200, { limits: budget.limits });
    }
    if (method === 'DELETE') {
      budget.clear();
      return empty();
    }
    return json(200, { limits: budget.limits });
  }
  if (path === '/_emulator/consent') {
    const graph = emulator.state.graph;
    if (method === 'POST') return json(200, { granted: changeConsent(graph, bodyJson<{ withdraw?: string[]; grant?: string[] }>(req) ?? {}) });
    if (method === 'DELETE') {
      delete graph.grantedScopes;
      return empty();
    }
    return json(200, { granted: grantedScopes(graph) });
  }
  // Test-only: what arrived in a mailbox (?address=…&folder=inbox|sentitems), so tests read the mail sendMail delivered.
  if (path === '/_emulator/mailbox' && method === 'GET') {
    const q = new URL(req.url, 'http://emulator.local').searchParams;
    const folder = q.get('folder') === 'sentitems' ? 'sentitems' : 'inbox';
    return json(200, { messages: mailboxContents(emulator.state.graph.mailboxes, q.get('address') ?? '', folder) });
  }
  if (path === '/_emulator/reset' && method === 'POST') {
    const seed = new URL(req.url, 'http://emulator.local').searchParams.get('seed');
    if (seed && !seeds[seed])
      return json(400, { error: { code: 'UnknownSeed', message: `No seed named ${seed}; known: ${Object.keys(seeds).join(', ')}` } });
    emulator.reset();
    emulator.faults.clear();
    // Seeding is not the signed-in person's traffic: it does not spend their budget.
    // The origin the workbench is served on: seeds that list site URLs (the trust's school sites) use it.
    const origin = /^https?:\/\/[^/]+/i.exec(req.url)?.[0] ?? 'http://127.0.0.1:5173';
    if (seed) await (emulator.budget ? emulator.budget.uncounted(() => seeds[seed](emulator, origin)) : seeds[seed](emulator, origin));
    emulator.log.clear();
    return empty();
  }
  return json(404, { error: { code: 'NotFound', message: `No emulator control endpoint ${method} ${path}` } });
}
