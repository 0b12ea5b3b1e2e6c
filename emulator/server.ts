/**
 * The tenant emulator alone over HTTP (http://127.0.0.1:5174 unless EMULATOR_PORT) for tools and scripts. It takes
 * its tenant from whoever starts it (`npm run emulator` hands it the workbench's fixtures).
 */
import { createServer } from 'node:http';
import { TenantEmulator } from './core/TenantEmulator';
import type { TenantSeeds } from './core/tenantSeeds';
import { debouncedSaver, DEFAULT_STATE_FILE, loadOrSeed, saveNow } from './store/fileStore';
import { serveNodeRequest } from './connect/nodeHttp';

/**
 * `--reset-only [--seed=NAME]` writes a fresh tenant file (bare, or filled by the named seed) and stops; otherwise
 * serves the tenant saved in EMULATOR_STATE (a bare one when there is none).
 */
export function runEmulatorServer(tenant: TenantSeeds, argv: string[] = process.argv): void {
  const stateFile = process.env.EMULATOR_STATE ?? DEFAULT_STATE_FILE;
  const port = Number(process.env.EMULATOR_PORT ?? 5174);
  if (argv.includes('--reset-only')) {
    const seedName = argv.find((a) => a.startsWith('--seed='))?.slice('--seed='.length);
    const seed = seedName === undefined ? undefined : tenant.seeds[seedName];
    if (seedName !== undefined && !seed) {
      console.error(`emulator: no seed named ${seedName}; known: ${Object.keys(tenant.seeds).join(', ')}`);
      process.exitCode = 1;
      return;
    }
    const emulator = new TenantEmulator(tenant.bare());
    (seed ? seed(emulator, `http://127.0.0.1:${port}`) : Promise.resolve()).then(() => {
      saveNow(stateFile, emulator.state);
      console.log(`emulator: reseeded ${stateFile}${seedName ? ` with the ${seedName} seed` : ' (bare site)'}`);
    }, (error) => {
      console.error(error);
      process.exitCode = 1;
    });
    return;
  }
  const emulator = new TenantEmulator(loadOrSeed(stateFile, tenant.bare), {
    onChange: debouncedSaver(stateFile),
    reset: tenant.bare,
    seeds: tenant.seeds,
    budget: {}
  });
  createServer((req, res) => {
    serveNodeRequest(emulator, req, res).catch((error) => console.error(error));
  }).listen(port, '127.0.0.1', () => {
    console.log(`emulator: SharePoint at http://127.0.0.1:${port}/sites/staff-appraisal, Graph at http://127.0.0.1:${port}/graph/v1.0`);
    console.log(`emulator: state in ${stateFile}; sign in with the X-Emulator-User header`);
  });
}
