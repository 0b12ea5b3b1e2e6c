/**
 * @jest-environment node
 *
 * The FrameworkStore contract (issue 18): the memory fake and SpFrameworkStore over the emulator, as the HR lead on a
 * freshly set-up site, pass the same tests. Set-up seeds the built-in packs and exemplars; a save adds or replaces a
 * pack by its code; hidden packs are still listed, so objectives linked to them keep their titles.
 */
import { STAFF_CATEGORIES, type FrameworkPack } from '../../src/domain';
import { BUILT_IN_CATALOGUE, FRAMEWORK_PACKS } from '../../src/domain/cycle/frameworkPacks';
import type { FrameworkStore } from '../../src/data/ports';
import { MemoryFrameworkStore } from '../support/memory/MemoryFrameworkStore';
import { servicesAs, upnWithRole } from '../support/overEmulator';
import { provisionedEmulator } from '../support/provisioned';
import { value as must } from '../support/results';

const OWN: FrameworkPack = {
  code: 'SCH-1',
  title: 'Riverside site standards',
  source: 'Riverside Primary',
  edition: '2026',
  categories: ['siteStaff', 'specialistTechnical'],
  items: [
    { code: 'SCH-1-1', title: 'Safe and welcoming grounds', theme: 'Site' },
    { code: 'SCH-1-2', title: 'Tidy stores', theme: 'Site', hidden: true }
  ]
};

export function describeFrameworkStoreContract(name: string, makeSubject: () => Promise<FrameworkStore>): void {
  describe(`FrameworkStore contract: ${name}`, () => {
    let store: FrameworkStore;
    beforeEach(async () => {
      store = await makeSubject();
    }, 60000);

    it('starts with the built-in packs, in order, and each category’s exemplar objectives', async () => {
      const catalogue = must(await store.catalogue());
      expect(catalogue.packs).toEqual(FRAMEWORK_PACKS);
      for (const category of STAFF_CATEGORIES) expect(catalogue.exemplars[category]).toEqual(BUILT_IN_CATALOGUE.exemplars[category]);
    });

    it('adds a school’s own pack after the built-in ones and gives back every field as saved', async () => {
      expect(must(await store.savePack(OWN, undefined))).toEqual(OWN);
      const packs = must(await store.catalogue()).packs;
      expect(packs.map((p) => p.code)).toEqual([...FRAMEWORK_PACKS.map((p) => p.code), 'SCH-1']);
      expect(packs[packs.length - 1]).toEqual(OWN);
    });

    it('replaces a pack by its code: an edit or hiding never makes a second one, and hidden packs are still listed', async () => {
      must(await store.savePack(OWN, undefined));
      must(await store.savePack({ ...OWN, title: 'Site standards' }, OWN));
      const isbl = FRAMEWORK_PACKS.find((p) => p.code === 'ISBL') as FrameworkPack;
      must(await store.savePack({ ...isbl, hidden: true }, isbl));
      const packs = must(await store.catalogue()).packs;
      expect(packs.filter((p) => p.code === 'SCH-1').map((p) => p.title)).toEqual(['Site standards']);
      expect(packs.find((p) => p.code === 'ISBL')).toEqual({ ...isbl, hidden: true });
      expect(packs).toHaveLength(FRAMEWORK_PACKS.length + 1);
    });

    it('refuses a save over a pack someone else saved since the editor read it, and keeps theirs', async () => {
      must(await store.savePack(OWN, undefined));
      must(await store.savePack({ ...OWN, title: 'Saved first, by Priya' }, OWN));
      const late = await store.savePack({ ...OWN, edition: 'Saved second, by Sam' }, OWN);
      expect(late).toEqual({ ok: false, error: { code: 'conflict' } });
      const packs = must(await store.catalogue()).packs.filter((p) => p.code === 'SCH-1');
      expect(packs).toEqual([{ ...OWN, title: 'Saved first, by Priya' }]);
    });

    it('refuses a new pack whose code someone else has just added, so neither replaces the other', async () => {
      must(await store.savePack(OWN, undefined));
      expect(await store.savePack({ ...OWN, title: 'Another school framework' }, undefined)).toEqual({ ok: false, error: { code: 'conflict' } });
      expect(must(await store.catalogue()).packs.filter((p) => p.code === 'SCH-1').map((p) => p.title)).toEqual([OWN.title]);
    });
  });
}

describeFrameworkStoreContract('MemoryFrameworkStore', async () => new MemoryFrameworkStore());

describeFrameworkStoreContract(
  'SpFrameworkStore over the emulator, as the HR lead',
  async () => servicesAs(await provisionedEmulator(), upnWithRole('hrAdmin')).frameworks
);
