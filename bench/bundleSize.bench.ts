/** The shipped web part bundle's gzip size against its budget, so every feature is weighed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Bench } from './types';

/** 120 KB gzip for the shared web part bundle; heavy libraries load on demand in their own chunks. */
export const BUNDLE_BUDGET_BYTES = 120 * 1024;

export const bundleSize: Bench = {
  name: 'bundle size',
  async run() {
    if (!existsSync('dist')) throw new Error('dist/ is missing: run `npm run ship` before `npm run bench`.');
    const files = readdirSync('dist').filter((f) => f.endsWith('.js'));
    const main = files.filter((f) => f.startsWith('appraisal-web-parts_'));
    if (main.length !== 1) throw new Error(`expected one appraisal-web-parts bundle in dist/, found ${main.length}`);
    const gzip = (f: string): number => gzipSync(readFileSync(`dist/${f}`)).length;
    const mainBytes = gzip(main[0]);
    const chunks = files.filter((f) => f.startsWith('chunk.'));
    if (mainBytes > BUNDLE_BUDGET_BYTES) {
      throw new Error(
        `the web part bundle is ${mainBytes} bytes gzip, over its budget of ${BUNDLE_BUDGET_BYTES}: load heavy code on demand`
      );
    }
    return [
      ['bundle_webparts_gzip_bytes', mainBytes],
      ['bundle_webparts_budget_bytes', BUNDLE_BUDGET_BYTES],
      ['bundle_webparts_ratio_to_budget', Number((mainBytes / BUNDLE_BUDGET_BYTES).toFixed(3))],
      ['bundle_lazy_chunks', chunks.length],
      ['bundle_lazy_chunks_gzip_bytes', chunks.reduce((sum, f) => sum + gzip(f), 0)]
    ];
  }
};
