/**
 * @jest-environment node
 *
 * Issue 15: a site installed at schema 4 upgrades to 5 by running only the reminder log's steps (its list, fields,
 * permissions and grants), idempotently; afterwards HR claims and settles reminders, and a second claim is refused.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SpReminderLog } from '../../../src/data/sharepoint/SpReminderLog';
import { provisionSite } from '../../../src/app/provisionSite';
import { LISTS, SCHEMA_VERSION, SETTING_KEYS } from '../../../src/data/sharepoint/schema';
import { readSettingItems, writeSetting } from '../../../src/data/sharepoint/provisioning/ensureSettings';
import { isoDate, isoInstant } from '../../support/builders';
import { provisionedEmulator } from '../../support/provisioned';
import { servicesAs, spAs, upnWithRole } from '../../support/overEmulator';
import { retryingSpAs } from '../../support/retryingSp';

const HR = upnWithRole('hrAdmin');

const noWait = { onEvent: (): undefined => undefined, wait: async (): Promise<void> => undefined };

describe('schema 4 → 5: the reminder log (issue 15)', () => {
  it('an installed version 4 site runs only the version 5 steps (the trust reports list and the reminder log), and sending works afterwards', async () => {
    const emulator = await provisionedEmulator();
    const sp = spAs(emulator, HR);
    // Make the site what version 4 installed: neither version 5 list, version 4, no record of its steps.
    await sp.web.lists.getByTitle(LISTS.reminderLog.title).delete();
    await sp.web.lists.getByTitle(LISTS.trustReports.title).delete();
    const settings = await readSettingItems(sp);
    await writeSetting(sp, SETTING_KEYS.schemaVersion, 4, settings.get(SETTING_KEYS.schemaVersion)?.id);
    await writeSetting(sp, SETTING_KEYS.provisionedSteps, [], settings.get(SETTING_KEYS.provisionedSteps)?.id);
    const hr = servicesAs(emulator, HR);
    expect(await hr.site.getStatus()).toEqual({ ok: true, value: { kind: 'upgradeNeeded', installed: 4, required: SCHEMA_VERSION } });

    const pending = await hr.provisioner.pendingSteps();
    expect(pending.ok && pending.value.map((s) => s.id)).toEqual([
      'list:trustReports',
      'fields:trustReports',
      'list:reminderLog',
      'fields:reminderLog',
      'permissions:trustReports',
      'permissions:reminderLog',
      'grants:trustReports',
      'grants:reminderLog'
    ]);
    expect((await provisionSite(hr.provisioner, noWait)).ok).toBe(true);
    expect(await hr.site.getStatus()).toEqual({ ok: true, value: { kind: 'ready', schemaVersion: SCHEMA_VERSION } });
    // Running the steps again changes nothing.
    for (const step of pending.ok ? pending.value : []) expect((await hr.provisioner.runStep(step)).ok).toBe(true);

    const day = isoDate('2026-11-24');
    const at = isoInstant('2026-11-24T09:00:00Z');
    expect(await hr.reminders.claim(day, 'someone', 1, at)).toEqual({ ok: true, value: true });
    expect(await hr.reminders.claim(day, 'someone', 1, at)).toEqual({ ok: true, value: false });
    expect((await hr.reminders.settle(day, 'someone', 'failed', at)).ok).toBe(true);
    expect(await hr.reminders.claim(day, 'someone', 1, at)).toEqual({ ok: true, value: true });
    expect(await hr.reminders.entries(day)).toEqual({ ok: true, value: [expect.objectContaining({ recipientKey: 'someone', state: 'sending' })] });
    // A lost response on the claim: SharePoint committed it, PnPjs sent it again, and the claim is still this call's.
    const retrying = new SpReminderLog(retryingSpAs(emulator, HR));
    emulator.faults.add({ status: 504, afterCommit: true, match: LISTS.reminderLog.title, method: 'POST', count: 1 });
    expect(await retrying.claim(day, 'another', 1, at)).toEqual({ ok: true, value: true });
    const entries = await hr.reminders.entries(day);
    expect(entries.ok && entries.value.filter((e) => e.recipientKey === 'another')).toHaveLength(1);
    // …while another administrator's claim of the same person that day is refused.
    expect(await hr.reminders.claim(day, 'another', 1, at)).toEqual({ ok: true, value: false });
  }, 120000);
});
