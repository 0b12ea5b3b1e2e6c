/**
 * The framework packs over SharePoint (issue 18). Appraisal users hold Read on AppraisalFrameworks and administrators
 * Full Control (schema.ts), so a save by anyone but HR is refused by SharePoint with 403 and comes back as an error.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { fail, samePack, type FrameworkCatalogue, type FrameworkPack, type Result } from '../../domain';
import type { DataError, FrameworkStore } from '../ports';
import { LISTS } from './schema';
import { attempt } from './errors';
import { odataString } from '../odataLiteral';
import { catalogueFrom, frameworkRows, packFits, packValues } from './frameworkItems';
import { etagOf, type RawItem } from './mappers/validate';

/** Framework packs and exemplar objectives in the AppraisalFrameworks list. */
export class SpFrameworkStore implements FrameworkStore {
  constructor(private readonly sp: SPFI) {}

  catalogue(): Promise<Result<FrameworkCatalogue, DataError>> {
    return attempt(async () => catalogueFrom(await frameworkRows(this.sp)));
  }

  async savePack(pack: FrameworkPack, basedOn: FrameworkPack | undefined): Promise<Result<FrameworkPack, DataError>> {
    if (!packFits(pack)) return fail({ code: 'malformed', list: LISTS.frameworks.title, itemId: 0, field: 'Payload' });
    const result = await attempt(async (): Promise<FrameworkPack | 'conflict'> => {
      const list = this.sp.web.lists.getByTitle(LISTS.frameworks.title);
      const found = await list.items
        .filter(`FrameworkCode eq ${odataString(pack.code)}`)
        .select('Id', 'FrameworkCode', 'Payload')
        .orderBy('Id', false)
        .top(1)<RawItem[]>();
      const stored = found[0] ? catalogueFrom(found).packs[0] : undefined;
      // Compare-and-swap: what is stored must be what the editor started from, and the write carries the ETag of the
      // item just read, so a save landing in between is refused by SharePoint (412) rather than overwritten.
      if (!samePack(stored, basedOn)) return 'conflict';
      const values = packValues(pack);
      if (found[0]) await list.items.getById(Number(found[0].Id)).update(values, etagOf(found[0]));
      else await list.items.add(values);
      return pack;
    });
    if (result.ok && result.value === 'conflict') return fail({ code: 'conflict' });
    return result as Result<FrameworkPack, DataError>;
  }
}
