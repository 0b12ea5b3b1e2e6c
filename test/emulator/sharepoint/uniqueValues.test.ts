/**
 * @jest-environment node
 *
 * "Enforce unique values" as SharePoint applies it: only on an indexed column, checked over every item (also those
 * the caller cannot see), a duplicate refused with SPDuplicateValuesFoundException (HTTP 500).
 */
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { seedTenant } from '../../../fixtures/tenant/school';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { spAs, upnWithRole } from '../../support/overEmulator';

const HR = upnWithRole('hrAdmin');

describe('unique values over the emulator', () => {
  it('refuses a second item with the same value, and refuses uniqueness on a column that is not indexed', async () => {
    const emulator = new TenantEmulator(seedTenant());
    const sp = spAs(emulator, HR);
    await sp.web.lists.add('Keys', '', 100, false);
    const list = sp.web.lists.getByTitle('Keys');
    await list.fields.addText('Plain', { MaxLength: 255 });
    const plain = await list.fields
      .getByInternalNameOrTitle('Plain')
      .update({ EnforceUniqueValues: true })
      .then(
        () => 'allowed',
        (e: { status?: number }) => e.status
      );
    expect(plain).toBe(400);

    await list.fields.addText('EntryKey', { MaxLength: 255, Indexed: true, EnforceUniqueValues: true });
    await list.items.add({ Title: 'one', EntryKey: 'k-1' });
    const again = await list.items.add({ Title: 'two', EntryKey: 'K-1' }).then(
      () => 'allowed',
      (e: { status?: number; message?: string }) => `${e.status} ${/SPDuplicateValuesFoundException/.test(String(e.message))}`
    );
    expect(again).toBe('500 true');
    await list.items.add({ Title: 'three', EntryKey: 'k-2' });
    await list.items.add({ Title: 'no key' });
    await list.items.add({ Title: 'no key either' });
    expect(await list.items.select('Title')()).toHaveLength(4);
  });
});
