// Zips teams/manifest.json with its two icons into teams/TeamsSPFxApp.zip, which package-solution puts in the
// .sppkg so that "Sync to Teams" publishes our personal app (Teams, Outlook and the Microsoft 365 app).
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const manifest = JSON.parse(readFileSync('teams/manifest.json', 'utf8'));
const zip = new JSZip();
zip.file('manifest.json', JSON.stringify(manifest, null, 2));
for (const icon of [manifest.icons.color, manifest.icons.outline]) zip.file(icon, readFileSync(`teams/${icon}`));
writeFileSync('teams/TeamsSPFxApp.zip', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(`teams: wrote teams/TeamsSPFxApp.zip (manifest ${manifest.manifestVersion}, ${manifest.staticTabs.length} tabs)`);
