/** AuditReader over SharePoint: the audit list, filtered first on its indexed Action column and read in pages. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IsoInstant, Result } from '../../domain';
import type { AuditEntry, AuditReader, AuditRecord, DataError } from '../ports';
import { LISTS } from './schema';
import { attempt } from './errors';
import { odataString } from '../odataLiteral';

interface AuditItem {
  Action: string;
  StaffKey: string | null;
  RecordRef: string | null;
  ContentHash: string | null;
  Created: string;
}

/** Reads audit entries as the signed-in user (SharePoint shows administrators all of them). */
export class SpAuditReader implements AuditReader {
  constructor(private readonly sp: SPFI) {}

  list(actions: ReadonlyArray<AuditEntry['action']>): Promise<Result<AuditRecord[], DataError>> {
    return attempt(async () => {
      const filter = actions.map((a) => `Action eq ${odataString(a)}`).join(' or ');
      const query = this.sp.web.lists
        .getByTitle(LISTS.audit.title)
        .items.filter(filter)
        .select('Action', 'StaffKey', 'RecordRef', 'ContentHash', 'Created')
        .top(2000);
      const records: AuditRecord[] = [];
      for await (const page of query) {
        for (const item of page as AuditItem[]) {
          const action = actions.find((a) => a === item.Action);
          if (!action) continue;
          records.push({
            action,
            staffKey: item.StaffKey ?? '',
            recordRef: item.RecordRef ?? '',
            fingerprint: item.ContentHash || undefined,
            at: item.Created as IsoInstant
          });
        }
      }
      return records.sort((a, b) => a.at.localeCompare(b.at));
    });
  }
}
