// Starts the workbench (Vite + emulator) in-process for e2e runs and screenshots, with its own tenant file.
import { rmSync } from 'node:fs';
import { createServer } from 'vite';

/**
 * Starts Vite on 127.0.0.1 over a fresh tenant saved in `stateFile`; returns the server and its URL. The port is
 * `port`, else E2E_PORT (so two checkouts can run journeys side by side), else 5173; port 0 takes any free port.
 * The emulator reads EMULATOR_STATE when the server is created, so two workbenches started one after the other in
 * one process keep two tenants.
 */
export async function startWorkbench(stateFile = 'temp/e2e/tenant.json', port = Number(process.env.E2E_PORT ?? 5173)) {
  rmSync(stateFile, { force: true });
  process.env.EMULATOR_STATE = stateFile;
  process.env.EMULATOR_BARE = '1'; // journeys start from the bare site they reset to
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const server = await createServer({ configFile: 'harness/vite.config.mts', logLevel: 'warn', server: { port, strictPort: true, host: '127.0.0.1' } });
  await server.listen();
  return { server, url: `http://127.0.0.1:${server.httpServer.address().port}` };
}
