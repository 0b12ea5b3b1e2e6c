/**
 * @jest-environment node
 *
 * Issue 15: the reminder log decides who is not reminded today, so whoever can write it can silence their own
 * reminders. Only administrators hold anything on it: an appraisee or reviewer calling SharePoint's REST API directly
 * can neither add an entry (to silence a reminder), nor change or read one (who was reminded), nor reach it in a batch.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { LISTS } from '../../src/data/sharepoint/schema';
import { isoDate } from '../support/builders';
import { reminderLogKey } from '../../src/domain/reminders';
import { provisionedEmulator } from '../support/provisioned';
import { spAs, upnWithRole } from '../support/overEmulator';
import personas from '../../fixtures/tenant/personas.json';

const status = (p: Promise<unknown>): Promise<number | undefined> => p.then(() => 200, (e: { status?: number }) => e.status);
/** Refused as SharePoint refuses: 403, or 404 "List does not exist" for a list the caller holds nothing on. */
const REFUSED = [403, 404];
const DAY = isoDate('2026-11-24');

describe('the reminder log is administrators\u2019 only (issue 15)', () => {
  let emulator: TenantEmulator;
  const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'))!;
  const aisha = personas.people.find((p) => p.upn.startsWith('aisha.begum'))!;
  const log = (upn: string): IList => spAs(emulator, upn).web.lists.getByTitle(LISTS.reminderLog.title);
  const entry = (recipientKey: string): Record<string, string> => ({
    Title: 'reminder',
    ReminderDay: DAY,
    EntryKey: reminderLogKey(DAY, recipientKey),
    Payload: JSON.stringify({ recipientKey, state: 'sent', records: 1, at: `${DAY}T08:00:00Z`, claim: 'forged' })
  });

  beforeAll(async () => {
    emulator = await provisionedEmulator();
  }, 60000);

  it('an appraisee cannot plant an entry to silence their reviewer\u2019s or their own reminder', async () => {
    expect(REFUSED).toContain(await status(log(aisha.upn).items.add(entry(aisha.id))));
    expect(REFUSED).toContain(await status(log(tom.upn).items.add(entry(tom.id))));
    expect(await log(upnWithRole('hrAdmin')).items()).toEqual([]);
  });

  it('nor read who was reminded, nor change or delete an entry, directly or in a batch', async () => {
    const hr = log(upnWithRole('hrAdmin'));
    const added = (await hr.items.add(entry(aisha.id))) as { Id?: number; data?: { Id: number } };
    const id = added.Id ?? added.data?.Id ?? 1;
    for (const upn of [aisha.upn, tom.upn]) {
      expect(REFUSED).toContain(await status(log(upn).items()));
      expect(REFUSED).toContain(await status(log(upn).items.getById(id)()));
      expect(REFUSED).toContain(await status(log(upn).items.getById(id).update({ Payload: '{}' })));
      expect(REFUSED).toContain(await status(log(upn).items.getById(id).delete()));
      const [batched, execute] = spAs(emulator, upn).batched();
      const inBatch = status(batched.web.lists.getByTitle(LISTS.reminderLog.title).items());
      await execute();
      expect(REFUSED).toContain(await inBatch);
    }
    expect(await hr.items.select('Id')()).toHaveLength(1);
  });

  it('a second claim for the same person and day is refused by SharePoint itself (the unique EntryKey)', async () => {
    const hr = log(upnWithRole('hrAdmin'));
    await expect(hr.items.add(entry(tom.id))).resolves.toBeDefined();
    await expect(hr.items.add(entry(tom.id))).rejects.toThrow(/duplicate values|SPDuplicateValuesFoundException/i);
  });
});
