// Fails when package-lock.json lists an optional dependency that has no lock entry of its own: the registry lacks
// some non-Linux platform packages, `npm install` then silently leaves them out and `npm ci` fails later.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const pkgs = lock.packages ?? {};
const missing = [];
for (const [path, entry] of Object.entries(pkgs)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    let dir = path; // resolve like node: nested node_modules first, then each parent, then the root
    let found = false;
    for (;;) {
      if (pkgs[`${dir ? dir + '/' : ''}node_modules/${name}`]) { found = true; break; }
      if (!dir) break;
      const i = dir.lastIndexOf('/node_modules/');
      dir = i === -1 ? '' : dir.slice(0, i);
    }
    if (!found) missing.push(`${name} (optional dependency of ${path || 'the root'})`);
  }
}
if (missing.length) {
  console.error(`package-lock.json lacks ${missing.length} optional package(s); npm ci will fail:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log('lock check: every optional dependency has a lock entry');
