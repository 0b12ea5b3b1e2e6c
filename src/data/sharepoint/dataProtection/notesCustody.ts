/**
 * Handover of private notes (DOMAIN §5): when a person's reviewer changes or the person leaves, every note about them
 * that is not yet in custody gets its own permissions holding only Appraisal Data Protection. Its author then has no
 * read of it (ReadSecurity "own items" still needs View Items on the item), the new reviewer never had one, and the
 * head and HR have none either. Each note is looked at first, so a re-run changes nothing.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { LISTS } from '../schema';
import { odataString } from '../../odataLiteral';
import { roleIdsOf } from '../roleIds';
import { addAuditEntry } from '../addOnce';
import { readAssignments } from '../provisioning/roleAssignments';
import { asDataProtection, dataProtectionGroupId } from './dataProtectionRole';

interface NoteRow {
  Id: number;
  HasUniqueRoleAssignments: boolean;
}

/** Moves every note about `staffKey` into custody; answers how many moved. */
export async function notesToCustody(sp: SPFI, staffKey: string, reason: 'reviewerChanged' | 'leaver'): Promise<number> {
  return asDataProtection(sp, async () => {
    const list = sp.web.lists.getByTitle(LISTS.privateNotes.title);
    const rows = await list.items
      .filter(`StaffKey eq ${odataString(staffKey)}`)
      .select('Id', 'HasUniqueRoleAssignments')
      .top(5000)<NoteRow[]>();
    const custodian = await dataProtectionGroupId(sp);
    const ids = await roleIdsOf(sp.web);
    const moved: number[] = [];
    for (const row of rows.filter((r) => !r.HasUniqueRoleAssignments)) {
      const item = list.items.getById(row.Id);
      // Without copying, SharePoint leaves only the caller (Full Control); the group takes over and the caller goes.
      await item.breakRoleInheritance(false, false);
      await item.roleAssignments.add(custodian, ids('fullControl'));
      for (const a of await readAssignments(item))
        if (a.PrincipalId !== custodian) for (const r of a.RoleDefinitionBindings) await item.roleAssignments.remove(a.PrincipalId, r.Id);
      moved.push(row.Id);
    }
    if (moved.length > 0) {
      // Counts and item ids only, never a note's text.
      await addAuditEntry(sp, {
        Title: 'notesToCustody',
        StaffKey: staffKey,
        Action: 'notesToCustody',
        RecordRef: staffKey,
        Payload: JSON.stringify({ reason, count: moved.length, items: moved })
      });
    }
    return moved.length;
  });
}
