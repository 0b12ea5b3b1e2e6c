// npm run test:e2e — runs every e2e journey in test/e2e/*.e2e.mjs against the workbench in Debian's Chromium.
// Each journey gets a fresh page; any page error or console error fails it; axe-core runs where a journey asks.
// Screenshots go to temp/e2e/. Ends with one line: `e2e: N passed, N failed`.
//
// Journeys reset the emulator's tenant (POST /_emulator/reset), so two journeys cannot share one workbench: the
// runner starts E2E_LANES workbenches (default 2; lane 1 in this process on E2E_PORT or 5173, the others each in a
// child process on any free port), each with its own emulator and tenant file, and each lane takes whole files from
// one queue, largest file first, so journeys keep their order within a file (webparts' later journeys build on its
// first ones). `node scripts/e2e.mjs <part-of-a-file-name>[,…]`
// runs only the matching files.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startWorkbench, startWorkbenchProcess } from './workbenchServer.mjs';
import { createJourneyKit } from './e2eKit.mjs';

const only = process.argv[2]?.split(',');
mkdirSync('temp/e2e', { recursive: true });
const files = readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.mjs') && (!only || only.some((part) => f.includes(part)))).sort();
const laneCount = Math.max(1, Math.min(Number(process.env.E2E_LANES ?? 2), files.length));
const browser = await launchChromium();
const workbenches = [];
let passed = 0;
let failed = 0;

/** Loads the first workbench's page once, so Vite has pre-bundled its dependencies before a second server shares the cache. */
async function warm(url) {
  const context = await browser.newContext();
  await (await context.newPage()).goto(url, { waitUntil: 'networkidle', timeout: 120000 }).catch(() => {});
  await context.close();
}

async function runFile(file, url) {
  const journeys = (await import(pathToFileURL(`test/e2e/${file}`).href)).default;
  for (const journey of journeys) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const kit = createJourneyKit(page, url);
    const started = Date.now();
    try {
      await journey.run(kit);
      kit.assertNoErrors();
      passed++;
      console.log(`  ✓ ${file} › ${journey.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${file} › ${journey.name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
      await page.screenshot({ path: `temp/e2e/FAILED-${journey.name.replace(/\W+/g, '-')}.png`, fullPage: true }).catch(() => {});
    } finally {
      await context.close();
    }
  }
}

/** One lane: its own workbench, whole files taken from the shared queue until it is empty. */
async function lane(queue, url) {
  for (let file = queue.shift(); file; file = queue.shift()) await runFile(file, url);
}

try {
  const first = await startWorkbench();
  workbenches.push({ url: first.url, close: () => first.server.close() });
  if (laneCount > 1) {
    await warm(first.url);
    for (let i = 1; i < laneCount; i++) workbenches.push(await startWorkbenchProcess(`temp/e2e/tenant-${i + 1}.json`));
  }
  // Largest file first (a rough measure of its journeys' length), so that no long file is left to run alone at the end.
  const size = (file) => statSync(`test/e2e/${file}`).size;
  const queue = laneCount > 1 ? [...files].sort((a, b) => size(b) - size(a)) : [...files];
  await Promise.all(workbenches.map(({ url }) => lane(queue, url)));
} finally {
  await browser.close();
  for (const { close } of workbenches) await close();
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
