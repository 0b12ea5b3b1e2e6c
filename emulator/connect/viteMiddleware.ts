/** A Vite plugin mounting the emulator on the workbench's own origin: /sites/…, /graph/…, /_emulator/…. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TenantEmulator } from '../core/TenantEmulator';
import { seedTenant } from '../seed/school';
import { existsSync } from 'node:fs';
import { debouncedSaver, DEFAULT_STATE_FILE, loadOrSeed } from '../store/fileStore';
import { seedMidYearSchool } from '../seed/midYearSchool';
import { seedTrust } from '../seed/trustSeed';
import { isEmulatorPath, serveNodeRequest } from './nodeHttp';

type Next = (error?: unknown) => void;

/** The part of Vite's plugin interface this uses (vite's own types need a newer module resolution than SPFx's). */
export interface EmulatorVitePlugin {
  name: string;
  configureServer(server: { middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: Next) => void): void } }): void;
}

/** The workbench's emulator, persisted to a JSON file (EMULATOR_STATE or .emulator-state/tenant.json). */
export function emulatorPlugin(stateFile: string = process.env.EMULATOR_STATE ?? DEFAULT_STATE_FILE): EmulatorVitePlugin {
  return {
    name: 'appraisal-tenant-emulator',
    configureServer(server) {
      const firstRun = !existsSync(stateFile);
      // SharePoint's per-user budgets on the wall clock (3,000 requests in 5 minutes; /_emulator/budget changes them).
      const emulator = new TenantEmulator(loadOrSeed(stateFile), {
        onChange: debouncedSaver(stateFile),
        reset: seedTenant,
        seeds: { school: (e) => seedMidYearSchool(e), trust: (e, origin) => seedTrust(e, origin) },
        budget: {}
      });
      // A new workbench starts with a school part-way through the year; "Reset" in the page can return to a bare site.
      if (firstRun && !process.env.EMULATOR_BARE)
        emulator.budget
          ?.uncounted(() => seedMidYearSchool(emulator))
          .catch((error) => console.error('emulator: seeding the school failed', error));
      server.middlewares.use((req, res, next) => {
        if (!isEmulatorPath(req.url)) return next();
        serveNodeRequest(emulator, req, res).catch(next);
      });
    }
  };
}
