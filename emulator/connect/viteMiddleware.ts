/** A Vite plugin mounting the emulator on the workbench's own origin: /sites/…, /graph/…, /_emulator/…. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TenantEmulator } from '../core/TenantEmulator';
import type { TenantSeeds } from '../core/tenantSeeds';
import { existsSync } from 'node:fs';
import { debouncedSaver, DEFAULT_STATE_FILE, loadOrSeed } from '../store/fileStore';
import { isEmulatorPath, serveNodeRequest } from './nodeHttp';

type Next = (error?: unknown) => void;

/** The part of Vite's plugin interface this uses (vite's own types need a newer module resolution than SPFx's). */
export interface EmulatorVitePlugin {
  name: string;
  configureServer(server: {
    middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: Next) => void): void };
    config?: { server?: { port?: number } };
  }): void;
}

/**
 * The workbench's emulator over the tenant its starter hands in (the harness passes the workbench fixtures), persisted
 * to a JSON file (`stateFile`, else EMULATOR_STATE when the server is created, else .emulator-state/tenant.json), so
 * that one process can start two workbenches over two tenant files one after the other (the e2e runner's lanes).
 */
export function emulatorPlugin(tenant: TenantSeeds, given?: string): EmulatorVitePlugin {
  return {
    name: 'appraisal-tenant-emulator',
    configureServer(server) {
      const stateFile = given ?? process.env.EMULATOR_STATE ?? DEFAULT_STATE_FILE;
      const firstRun = !existsSync(stateFile);
      // SharePoint's per-user budgets on the wall clock (3,000 requests in 5 minutes; /_emulator/budget changes them).
      const emulator = new TenantEmulator(loadOrSeed(stateFile, tenant.bare), {
        onChange: debouncedSaver(stateFile),
        reset: tenant.bare,
        seeds: tenant.seeds,
        budget: {}
      });
      // A new workbench starts with the starter's first-run seed; "Reset" in the page can return to a bare site.
      const firstSeed = tenant.firstRun === undefined ? undefined : tenant.seeds[tenant.firstRun];
      if (firstRun && firstSeed && !process.env.EMULATOR_BARE) {
        const origin = `http://127.0.0.1:${server.config?.server?.port ?? 5173}`;
        emulator.budget
          ?.uncounted(() => firstSeed(emulator, origin))
          .catch((error) => console.error(`emulator: seeding ${tenant.firstRun} failed`, error));
      }
      server.middlewares.use((req, res, next) => {
        if (!isEmulatorPath(req.url)) return next();
        serveNodeRequest(emulator, req, res).catch(next);
      });
    }
  };
}
