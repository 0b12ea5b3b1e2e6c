// npm run test:e2e — runs every e2e journey in test/e2e/*.e2e.mjs against the workbench in Debian's Chromium.
// Each journey gets a fresh page; any page error or console error fails it; axe-core runs where a journey asks.
// Screenshots go to temp/e2e/. Ends with one line: `e2e: N passed, N failed`.
import { mkdirSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startWorkbench } from './workbenchServer.mjs';
import { createJourneyKit } from './e2eKit.mjs';

const only = process.argv[2];
mkdirSync('temp/e2e', { recursive: true });
const files = readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.mjs') && (!only || f.includes(only))).sort();
const { server, url } = await startWorkbench();
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  for (const file of files) {
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
} finally {
  await browser.close();
  await server.close();
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
