/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const draft04 = require('ajv/lib/refs/json-schema-draft-04.json');

import { APPRAISAL_SITE_PATH } from '../../src/data/appraisalSite';

const root = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('teams/manifest.json'));
const schema = JSON.parse(read('test/schemas/MicrosoftTeams.v1.17.schema.json'));
const webPartManifests = readdirSync(join(root, 'src/webparts'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .flatMap((dir) =>
    readdirSync(join(root, 'src/webparts', dir))
      .filter((f) => f.endsWith('.manifest.json'))
      .map((f) => JSON.parse(read(`src/webparts/${dir}/${f}`)))
  );

function pngSize(path: string): [number, number] {
  const bytes = readFileSync(join(root, path));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function validate(value: unknown): string[] {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(draft04);
  const ok = ajv.validate(schema, value);
  return ok ? [] : (ajv.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
}

describe('the Teams / Outlook / Microsoft 365 app manifest', () => {
  it("validates against Microsoft's published v1.17 schema", () => {
    expect(validate(manifest)).toEqual([]);
  });

  it('is caught by the schema when it is wrong (the validation can fail)', () => {
    expect(validate({ ...manifest, accentColor: 'blue', id: 'not-a-guid' })).not.toEqual([]);
  });

  it('uses manifest version 1.13 or later so the app also appears in Outlook and the Microsoft 365 app', () => {
    const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major > 1 || minor >= 13).toBe(true);
  });

  it('offers "My appraisal" and "My team" as personal tabs', () => {
    expect(manifest.staticTabs.map((t: { name: string }) => t.name)).toEqual(['My appraisal', 'My team']);
    for (const tab of manifest.staticTabs) expect(tab.scopes).toEqual(['personal']);
  });

  it('points each tab at a web part that supports Teams personal apps', () => {
    for (const tab of manifest.staticTabs) {
      const componentId = /componentId=([0-9a-f-]{36})/.exec(tab.contentUrl)?.[1];
      const webPart = webPartManifests.find((m) => m.id === componentId);
      expect(webPart?.supportedHosts).toContain('TeamsPersonalApp');
    }
  });

  it('has a 192×192 colour icon and a 32×32 outline icon', () => {
    expect(pngSize(`teams/${manifest.icons.color}`)).toEqual([192, 192]);
    expect(pngSize(`teams/${manifest.icons.outline}`)).toEqual([32, 32]);
  });

  it('has Teams icons for every web part, picked up into the .sppkg', () => {
    for (const webPart of webPartManifests) {
      expect(pngSize(`teams/${webPart.id}_color.png`)).toEqual([192, 192]);
      expect(pngSize(`teams/${webPart.id}_outline.png`)).toEqual([32, 32]);
    }
  });
});

describe('the web part manifests', () => {
  it.each(webPartManifests.map((m) => [m.alias, m]))('%s runs on SharePoint pages, full-page apps and Teams', (_alias, m) => {
    expect(m.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'SharePointFullPage', 'TeamsPersonalApp']));
  });

  it('gives each web part its own id', () => {
    expect(new Set(webPartManifests.map((m) => m.id)).size).toBe(4);
  });

  it('points every tab and the developer links at the appraisal site the web parts target', () => {
    const site = `https://{teamSiteDomain}${APPRAISAL_SITE_PATH}`;
    expect(manifest.staticTabs.map((t: { websiteUrl: string }) => t.websiteUrl)).toEqual(manifest.staticTabs.map(() => site));
    expect(manifest.developer.websiteUrl).toBe(site);
    const paths = webPartManifests.flatMap((m) =>
      m.preconfiguredEntries.map((e: { properties: { appraisalSitePath?: string } }) => e.properties.appraisalSitePath)
    );
    expect(paths).toEqual(webPartManifests.map(() => APPRAISAL_SITE_PATH));
  });
});
