/**
 * Set-up step (schema 4, issue 18): seeds AppraisalFrameworks with the built-in packs and each category's exemplar
 * objectives. Idempotent and resumable: it adds only the codes the list lacks, one item at a time, and never
 * overwrites what HR has edited or hidden since.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { STAFF_CATEGORIES } from '../../../domain';
import { BUILT_IN_CATALOGUE } from '../../../domain/cycle/frameworkPacks';
import { LISTS } from '../schema';
import { exemplarsCode, exemplarValues, frameworkRows, packValues } from '../frameworkItems';

/** Adds every built-in entry the list does not have yet. */
export async function seedFrameworks(sp: SPFI): Promise<void> {
  const have = new Set((await frameworkRows(sp)).map((r) => String(r.FrameworkCode ?? '')));
  const list = sp.web.lists.getByTitle(LISTS.frameworks.title);
  for (const pack of BUILT_IN_CATALOGUE.packs) {
    if (!have.has(pack.code)) await list.items.add(packValues(pack));
  }
  for (const category of STAFF_CATEGORIES) {
    const exemplars = BUILT_IN_CATALOGUE.exemplars[category];
    if (exemplars && !have.has(exemplarsCode(category))) await list.items.add(exemplarValues(category, exemplars));
  }
}
