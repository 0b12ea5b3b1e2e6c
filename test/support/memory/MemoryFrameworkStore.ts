/** Framework packs in memory, seeded as set-up seeds the list (permissions are the emulator's to prove). */
import { fail, ok, samePack, type FrameworkCatalogue, type FrameworkPack, type Result } from '../../../src/domain';
import { BUILT_IN_CATALOGUE } from '../../../src/domain/cycle/frameworkPacks';
import type { DataError, FrameworkStore } from '../../../src/data/ports';

export class MemoryFrameworkStore implements FrameworkStore {
  packs: FrameworkPack[];
  exemplars: FrameworkCatalogue['exemplars'];

  constructor(seed: FrameworkCatalogue = BUILT_IN_CATALOGUE) {
    this.packs = seed.packs.map((p) => ({ ...p }));
    this.exemplars = { ...seed.exemplars };
  }

  async catalogue(): Promise<Result<FrameworkCatalogue, DataError>> {
    return ok({ packs: this.packs.map((p) => ({ ...p })), exemplars: { ...this.exemplars } });
  }

  async savePack(pack: FrameworkPack, basedOn: FrameworkPack | undefined): Promise<Result<FrameworkPack, DataError>> {
    const at = this.packs.findIndex((p) => p.code === pack.code);
    if (!samePack(at >= 0 ? this.packs[at] : undefined, basedOn)) return fail({ code: 'conflict' });
    if (at >= 0) this.packs.splice(at, 1, pack);
    else this.packs.push(pack);
    return ok(pack);
  }
}
