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

/**
 * The same workbench in a child Node process, so that two lanes' emulators (seeding a school is CPU work on Node's one
 * thread) and Vite servers run on two cores. The child prints its URL and exits when its stdin closes, so it never
 * outlives the runner. Returns the URL and a close() that ends it.
 */
export async function startWorkbenchProcess(stateFile, port = 0) {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [new URL(import.meta.url).pathname, stateFile, String(port)], {
    stdio: ['pipe', 'pipe', 'inherit']
  });
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const found = /^workbench: (http\S+)$/m.exec(seen);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the workbench for ${stateFile} exited (${code}) before it listened`)));
  });
  child.stdout.resume();
  return {
    url,
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.stdin.end();
    })
  };
}

// `node scripts/workbenchServer.mjs <stateFile> <port>`: the child side of startWorkbenchProcess.
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { server, url } = await startWorkbench(process.argv[2], Number(process.argv[3] ?? 0));
  console.log(`workbench: ${url}`);
  process.stdin.resume();
  process.stdin.on('end', () => server.close().then(() => process.exit(0)));
}
