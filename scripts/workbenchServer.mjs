// Starts the workbench (Vite + emulator) in-process for e2e runs and screenshots, with its own tenant file.
import { rmSync } from 'node:fs';
import { createServer } from 'vite';

/**
 * Starts Vite on 127.0.0.1 (port 5173, or E2E_PORT so two checkouts can run journeys side by side) over a fresh
 * tenant saved in `stateFile`; returns the server and its URL.
 */
export async function startWorkbench(stateFile = 'temp/e2e/tenant.json') {
  rmSync(stateFile, { force: true });
  process.env.EMULATOR_STATE = stateFile;
  process.env.EMULATOR_BARE = '1'; // journeys start from the bare site they reset to
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const port = Number(process.env.E2E_PORT ?? 5173);
  const server = await createServer({ configFile: 'harness/vite.config.mts', logLevel: 'warn', server: { port, strictPort: true, host: '127.0.0.1' } });
  await server.listen();
  return { server, url: `http://127.0.0.1:${port}` };
}
