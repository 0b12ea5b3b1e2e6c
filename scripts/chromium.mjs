// Debian's Chromium driven by playwright-core: never a downloaded browser.
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';

/** Finds the system Chromium (CHROMIUM_PATH overrides). */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8', shell: '/bin/sh' }).trim().split('\n')[0];
  } catch {
    throw new Error('Chromium is not installed: run `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH.');
  }
}

/** Launches headless Chromium with the flags this offline machine needs. */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--lang=en-GB', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}
