// Every locale has every key of the typings, and nothing else. When someone adds a key to en-gb.js and
// mystrings.d.ts, the Welsh check below fails naming it: add its translation to that folder's cy-gb.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, placeholders, SRC, typings } from './stringSources';

describe.each(config.STRING_MODULES)('string module $name ($dir)', ({ name, dir }) => {
  const declared = typings(dir);

  it('is the module its typings declare', () => {
    expect(declared.moduleName).toBe(name);
  });

  it('has en-GB text for every key of the typings, and no key the typings lack', () => {
    const source = config.stringsFor(SRC, dir, 'en-GB');
    expect({
      missing: declared.keys.filter((k) => !(k in source)),
      extra: Object.keys(source).filter((k) => !declared.keys.includes(k))
    }).toEqual({ missing: [], extra: [] });
    for (const key of declared.keys) expect([key, typeof source[key], source[key].trim().length > 0]).toEqual([key, 'string', true]);
  });

  describe.each(Object.values(config.TRANSLATIONS))('%s', (locale) => {
    const source = config.stringsFor(SRC, dir, 'en-GB');
    const translated = config.translationOnly(SRC, dir, locale);

    it(`translates every key (a missing one shows in English until it is added to src/${dir}/ of this locale)`, () => {
      expect({ untranslated: declared.keys.filter((k) => !(k in translated)) }).toEqual({ untranslated: [] });
    });

    it('has no key that en-GB no longer has', () => {
      expect({ stale: Object.keys(translated).filter((k) => !(k in source)) }).toEqual({ stale: [] });
    });

    it('fills in the same {0}, {1}… as the en-GB text', () => {
      const differing = Object.keys(translated)
        .filter((k) => k in source)
        .filter((k) => {
          const mine = placeholders(translated[k].replace(/\{(zero|two|few|many|other)\}/g, ''));
          return mine.join() !== placeholders(source[k]).join();
        });
      expect({ differing }).toEqual({ differing: [] });
    });
  });
});

describe('the module list', () => {
  it('is what config/config.json gives SPFx (config/strings.cjs is the one list)', () => {
    const spfx = JSON.parse(readFileSync(join(SRC, '../config/config.json'), 'utf8')) as { localizedResources: Record<string, string> };
    expect(spfx.localizedResources).toEqual(config.localizedResources());
  });

  it('lays a translation over en-GB, so an untranslated key shows in English rather than as nothing', () => {
    const common = config.STRING_MODULES[0];
    const welsh = config.stringsFor(SRC, common.dir, 'cy-GB');
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(config.stringsFor(SRC, common.dir, 'en-GB')).sort());
  });
});
