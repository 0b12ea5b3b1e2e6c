// What every e2e journey gets: the page, navigation to a workbench view, axe, screenshots and error collection.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Wraps a Playwright page for one journey. */
export function createJourneyKit(page, baseUrl) {
  const errors = [];
  let expectedServerErrors = false;
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Chromium logs every 4xx answer as "Failed to load resource"; SharePoint answers 403/404/412 by design and the
    // app renders them as states, so those are checked by each journey's assertions instead. Anything else fails.
    if (m.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) {
      errors.push(`console error: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 500 && !expectedServerErrors) errors.push(`HTTP ${r.status()} from ${r.url()}`);
  });
  return {
    page,
    baseUrl,
    /** Opens the workbench signed in as `upn` on the web part tab `tab`. */
    async open(upn, tab) {
      await page.goto(`${baseUrl}/?as=${encodeURIComponent(upn)}&tab=${encodeURIComponent(tab)}`, { waitUntil: 'networkidle', timeout: 60000 });
      await page.locator('main').waitFor({ timeout: 30000 });
    },
    /** Waits until no spinner is left in the web part area. */
    async settled() {
      await page.locator('main .ms-Spinner').first().waitFor({ state: 'detached', timeout: 30000 }).catch(() => {});
      await page.waitForTimeout(800); // Fluent UI fades content (DetailsList rows) in; axe would see half-faded text
    },
    /** Runs axe-core on the page and throws on any violation. */
    async axe(label) {
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
      if (result.violations.length) {
        const lines = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        throw new Error(`axe found ${result.violations.length} violation(s) on ${label}:\n${lines.join('\n')}`);
      }
    },
    /** Saves a full-page screenshot under temp/e2e/. */
    async shot(name) {
      await page.screenshot({ path: `temp/e2e/${name}.png`, fullPage: true });
    },
    /** Resets the emulator's tenant to a bare site, or to a named seed ('school': part-way through the year). */
    async resetTenant(seed) {
      const url = `${baseUrl}/_emulator/reset${seed ? `?seed=${seed}` : ''}`;
      // A reset is idempotent. Node closes an idle keep-alive socket after 5 s, and a request sent on it at that
      // moment fails with ECONNRESET ("socket hang up"): send it once more on a fresh connection.
      const response = await page.request.post(url, { timeout: 120000 })
        .catch((error) => (/ECONNRESET|socket hang up/.test(String(error)) ? page.request.post(url, { timeout: 120000, headers: { connection: 'close' } }) : Promise.reject(error)));
      if (!response.ok()) throw new Error(`reset failed: ${response.status()}`);
    },
    /** For journeys that inject 5xx faults on purpose. */
    expectServerErrors() {
      expectedServerErrors = true;
    },
    /** Throws if the page logged an error. */
    assertNoErrors() {
      if (errors.length) throw new Error(errors.join('\n'));
    }
  };
}
