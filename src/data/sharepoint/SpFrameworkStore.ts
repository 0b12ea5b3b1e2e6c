/**
 * The framework packs over SharePoint (issue 18). Appraisal users hold Read on AppraisalFrameworks and administrators
 * Full Control (schema.ts), so a save by anyone but HR is refused by SharePoint with 403 and comes back as an error.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { fail, type FrameworkCatalogue, type FrameworkPack, type Result } from '../../domain';
import type { DataError } from '../ports';
import type { FrameworkStore } from '../frameworkPorts';
import { LISTS } from './schema';
import { attempt } from './errors';
import { odataString } from '../odataLiteral';
import { catalogueFrom, frameworkRows, packFits, packValues } from './frameworkItems';

/** Framework packs and exemplar objectives in the AppraisalFrameworks list. */
export class SpFrameworkStore implements FrameworkStore {
  constructor(private readonly sp: SPFI) {}

  catalogue(): Promise<Result<FrameworkCatalogue, DataError>> {
    return attempt(async () => catalogueFrom(await frameworkRows(this.sp)));
  }

  async savePack(pack: FrameworkPack): Promise<Result<FrameworkPack, DataError>> {
    if (!packFits(pack)) return fail({ code: 'malformed', list: LISTS.frameworks.title, itemId: 0, field: 'Payload' });
    return attempt(async () => {
      const list = this.sp.web.lists.getByTitle(LISTS.frameworks.title);
      const found = await list.items
        .filter(`FrameworkCode eq ${odataString(pack.code)}`)
        .select('Id')
        .orderBy('Id', false)
        .top(1)<Array<{ Id: number }>>();
      const values = packValues(pack);
      if (found[0]) await list.items.getById(found[0].Id).update(values);
      else await list.items.add(values);
      return pack;
    });
  }
}
