// After `gulp package-solution --ship`: checks the .sppkg holds the four web parts, their Teams icons and the
// Teams app, and that the shipped bundle has no source maps or emulator code. Fails the ship step otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { createRequire } from 'node:module';

const { STRING_MODULES, COPIES, TRANSLATIONS } = createRequire(import.meta.url)('../config/strings.cjs');

const solution = JSON.parse(readFileSync('config/package-solution.json', 'utf8'));
const path = `sharepoint/${solution.paths.zippedPackage}`;
const zip = await JSZip.loadAsync(readFileSync(path));
const names = Object.keys(zip.files);
const problems = [];
const webParts = readdirSync('src/webparts', { withFileTypes: true }).filter((d) => d.isDirectory());
for (const dir of webParts) {
  const manifestFile = readdirSync(`src/webparts/${dir.name}`).find((f) => f.endsWith('.manifest.json'));
  const { id, alias } = JSON.parse(readFileSync(`src/webparts/${dir.name}/${manifestFile}`, 'utf8'));
  if (!names.some((n) => n.includes(`WebPart_${id}.xml`))) problems.push(`web part ${alias} (${id}) is missing`);
  for (const kind of ['color', 'outline']) if (!names.some((n) => n.endsWith(`${id}_${kind}.png`))) problems.push(`Teams ${kind} icon of ${alias} is missing`);
}
// Every string module ships in en-GB, the derived en-US default and each translation (config/strings.cjs).
for (const { name } of STRING_MODULES) {
  for (const locale of ['en-gb', ...COPIES, ...Object.keys(TRANSLATIONS)]) {
    if (!names.some((n) => n.includes(`ClientSideAssets/${name}_${locale}_`))) problems.push(`${name} in ${locale} is missing`);
  }
}
if (!names.some((n) => n.endsWith('TeamsSPFxApp.zip'))) problems.push('teams/TeamsSPFxApp.zip is missing');
const bundles = names.filter((n) => /ClientSideAssets\/.*\.js$/.test(n));
for (const name of bundles) {
  const text = await zip.file(name).async('string');
  if (/X-Emulator-User|TenantEmulator/.test(text)) problems.push(`${name} contains emulator code`);
}
if (problems.length) {
  console.error(`package check failed for ${path}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package check: ${path} holds ${webParts.length} web parts, their Teams icons, the Teams app and ${bundles.length} script files`);
