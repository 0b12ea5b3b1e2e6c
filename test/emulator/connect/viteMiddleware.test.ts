/**
 * @jest-environment node
 */
// Issue 19: the emulator holds no tenant of its own. The workbench plugin builds its tenant, its resets and its named
// seeds only from the TenantSeeds its starter hands in, and knows no other seed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { emulatorPlugin } from '../../../emulator/connect/viteMiddleware';
import type { TenantSeed, TenantSeeds } from '../../../emulator/core/tenantSeeds';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { seedTenant } from '../../../fixtures/tenant/school';

type Handler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

const dirs: string[] = [];
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.EMULATOR_BARE;
});

/** Mounts the plugin as Vite would (configureServer, then its middleware) on a Node server on a free port. */
async function mount(tenant: TenantSeeds, stateFile: string, port: number = 0): Promise<string> {
  let handler: Handler | undefined;
  const server = createServer((req, res) => handler?.(req, res, () => res.writeHead(404).end()));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  emulatorPlugin(tenant, stateFile).configureServer({ middlewares: { use: (h) => (handler = h) }, config: { server: { port: bound } } });
  return `http://127.0.0.1:${bound}`;
}

function tenantFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-plugin-'));
  dirs.push(dir);
  return join(dir, 'tenant.json');
}

/** A seed that records where it ran and leaves a mark in the tenant's directory. */
function markingSeed(calls: string[]): TenantSeed {
  return async (emulator: TenantEmulator, origin: string) => {
    calls.push(origin);
    emulator.state.directory.users[0].displayName = 'Seeded by the starter';
  };
}

describe('the workbench emulator plugin', () => {
  it('starts a new tenant file from the starter\'s bare tenant and fills it with the starter\'s first-run seed', async () => {
    const calls: string[] = [];
    const file = tenantFile();
    const bare = jest.fn(seedTenant);

    const origin = await mount({ bare, seeds: { marked: markingSeed(calls) }, firstRun: 'marked' }, file);

    expect(bare).toHaveBeenCalledTimes(1);
    expect(existsSync(file)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual([origin]);
  });

  it('does not seed a tenant file that already exists, nor when EMULATOR_BARE is set', async () => {
    const calls: string[] = [];
    const file = tenantFile();
    process.env.EMULATOR_BARE = '1';
    await mount({ bare: seedTenant, seeds: { marked: markingSeed(calls) }, firstRun: 'marked' }, file);
    delete process.env.EMULATOR_BARE;
    await mount({ bare: seedTenant, seeds: { marked: markingSeed(calls) }, firstRun: 'marked' }, file);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8')).directory.users[0].displayName).not.toBe('Seeded by the starter');
  });

  it('resets to the starter\'s bare tenant, runs only the seeds it was handed, and refuses any other name', async () => {
    const calls: string[] = [];
    const bare = jest.fn(seedTenant);
    process.env.EMULATOR_BARE = '1';
    const origin = await mount({ bare, seeds: { marked: markingSeed(calls) } }, tenantFile());

    const seeded = await fetch(`${origin}/_emulator/reset?seed=marked`, { method: 'POST' });
    const school = await fetch(`${origin}/_emulator/reset?seed=school`, { method: 'POST' });

    expect(seeded.status).toBe(204);
    expect(calls).toEqual([origin]);
    expect(bare).toHaveBeenCalledTimes(2); // the new file, then the reset
    expect(school.status).toBe(400);
    expect((await school.json()).error.code).toBe('UnknownSeed');
  });
});
