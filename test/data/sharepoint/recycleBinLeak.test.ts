/**
 * @jest-environment node
 *
 * Does the recycle bin leak a record? An administrator recycles one of Emma's records (as "Items needing attention"
 * and the disposal review do). SharePoint's site recycle bin shows an entry only to the person who deleted it (and
 * site collection administrators: "You cannot view items that were deleted by other users", support.office.com "View,
 * restore, or delete items in the Recycle Bin of a site"): Emma and her reviewer neither see the entry nor can
 * restore it, and it drops out of their reads. Restoring brings the item back with the same unique permissions —
 * nobody gains access through a recycle and restore.
 */
import '@pnp/sp/recycle-bin';
import '@pnp/sp/security';
import personas from '../../../fixtures/tenant/personas.json';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { seedTenant } from '../../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { LISTS } from '../../../src/data/sharepoint/schema';
import { fixedClock } from '../../support/fixedClock';
import { spAs, upnWithRole } from '../../support/overEmulator';
import { httpStatus } from '../../support/results';

const HR = upnWithRole('hrAdmin');
const person = (prefix: string): (typeof personas.people)[number] =>
  personas.people.find((p) => p.upn.startsWith(prefix)) as (typeof personas.people)[number];
const emma = person('emma.thompson');
const tom = person('tom.hughes');

describe('a record in the recycle bin', () => {
  it('is seen and restored only by the administrator who recycled it, and comes back with the same permissions', async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const records = (upn: string): ReturnType<ReturnType<typeof spAs>['web']['lists']['getByTitle']> =>
      spAs(emulator, upn).web.lists.getByTitle(LISTS.records.title);
    const mine = await records(emma.upn).items.filter(`StaffKey eq '${emma.id}' and RecordKind eq 'cycle'`).select('Id')<Array<{ Id: number }>>();
    const id = mine[0].Id;
    const assignments = async (): Promise<number[]> =>
      ((await records(HR).items.getById(id).roleAssignments.select('PrincipalId')()) as Array<{ PrincipalId: number }>)
        .map((a) => a.PrincipalId)
        .sort((a, b) => a - b);
    const before = await assignments();

    const recycled: unknown = await records(HR).items.getById(id).recycle();
    const entry = typeof recycled === 'string' ? recycled : (recycled as { value: string }).value;

    for (const upn of [emma.upn, tom.upn]) {
      expect(await records(upn).items.filter(`Id eq ${id}`)()).toEqual([]);
      expect(await spAs(emulator, upn).web.recycleBin()).toEqual([]);
      expect(await httpStatus(spAs(emulator, upn).web.recycleBin.getById(entry)())).toBe(404);
      expect(await httpStatus(spAs(emulator, upn).web.recycleBin.getById(entry).restore())).toBe(404);
    }
    expect(((await spAs(emulator, HR).web.recycleBin()) as Array<{ Id: string }>).map((e) => e.Id)).toEqual([entry]);

    await spAs(emulator, HR).web.recycleBin.getById(entry).restore();

    expect(await assignments()).toEqual(before);
    expect(await records(emma.upn).items.filter(`Id eq ${id}`).select('Id')()).toEqual([expect.objectContaining({ Id: id })]);
    expect(await spAs(emulator, HR).web.recycleBin()).toEqual([]);
  }, 60_000);
});
