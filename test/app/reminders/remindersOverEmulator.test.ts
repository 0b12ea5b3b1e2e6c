/**
 * @jest-environment node
 *
 * Issue 15: reminders in Outlook, through the production adapters over the emulator. HR previews and sends; each
 * reminder lands once in its recipient's mailbox however often Send is pressed; a throttled send is retried by the
 * Graph client and still lands once; a send with no answer is not sent again. The log is administrators' only.
 */
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { mailboxContents } from '../../../emulator/graph/mail';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { previewReminders, type ReminderPreview } from '../../../src/app/reminders/previewReminders';
import { sendReminders } from '../../../src/app/reminders/sendReminders';
import { DEFAULT_REMINDER_SETTINGS, type ReminderWords } from '../../../src/domain/reminders';
import type { AppServices } from '../../../src/data/ports';
import { fixedClock } from '../../support/fixedClock';
import { newEmulator, servicesAs, upnWithRole } from '../../support/overEmulator';

const WORDS: ReminderWords = { subject: 'An appraisal step is waiting for you', intro: 'You have an appraisal step waiting.', linkText: 'Open record {0}' };
const PAGE = 'https://riversideprimary.sharepoint.com/sites/staff-appraisal/SitePages/Appraisal.aspx';
const clock = fixedClock('2026-11-24');

describe('reminders over the emulator (issue 15)', () => {
  let emulator: TenantEmulator;
  let hr: AppServices;
  const inbox = (address: string): ReturnType<typeof mailboxContents> => mailboxContents(emulator.state.graph.mailboxes, address);
  const preview = async (): Promise<ReminderPreview> => {
    const p = await previewReminders(hr);
    if (!p.ok) throw new Error(JSON.stringify(p.error));
    return p.value;
  };

  beforeAll(async () => {
    emulator = newEmulator();
    await seedMidYearSchool(emulator, clock);
    hr = servicesAs(emulator, upnWithRole('hrAdmin'), clock);
    const saved = await hr.reminders.saveSettings({ ...DEFAULT_REMINDER_SETTINGS, recordPageUrl: PAGE });
    expect(saved.ok).toBe(true);
  }, 120000);

  it('HR previews, sends, and each reminder lands once, with neutral words and a link to the record; Send again sends nothing', async () => {
    const first = await preview();
    expect(first.plan.toSend.length).toBeGreaterThan(0);
    const sent = await sendReminders(hr, first.plan, first.plan.toSend, first.settings.recordPageUrl, WORDS);
    expect(sent.ok && sent.value.every((o) => o.kind === 'sent')).toBe(true);
    for (const r of first.plan.toSend) {
      const got = inbox(r.address);
      expect(got).toHaveLength(1);
      expect(got[0].subject).toBe(WORDS.subject);
      expect(got[0].body).toContain(`${PAGE}?appraisee=${encodeURIComponent(r.items[0].staffKey)}`);
      expect(got[0].body).not.toMatch(/objective|Aisha|Hannah|change/i);
    }
    expect(mailboxContents(emulator.state.graph.mailboxes, upnWithRole('hrAdmin'), 'sentitems')).toHaveLength(first.plan.toSend.length);

    // The preview now lists them as already sent; sending the old plan again is refused by the log, person by person.
    const second = await preview();
    expect(second.plan.toSend).toEqual([]);
    expect(second.plan.alreadySent.map((r) => r.recipientKey).sort()).toEqual(first.plan.toSend.map((r) => r.recipientKey).sort());
    const again = await sendReminders(hr, first.plan, first.plan.toSend, PAGE, WORDS);
    expect(again.ok && again.value.every((o) => o.kind === 'alreadySent')).toBe(true);
    for (const r of first.plan.toSend) expect(inbox(r.address)).toHaveLength(1);
  });

  it('throttled (429, Retry-After): the Graph client waits and retries, and the reminder still lands once; tomorrow it may go again', async () => {
    const tomorrow = servicesAs(emulator, upnWithRole('hrAdmin'), fixedClock('2026-11-25'));
    const p = await previewReminders(tomorrow);
    if (!p.ok) throw new Error(JSON.stringify(p.error));
    const [one] = p.value.plan.toSend;
    const before = inbox(one.address).length;
    emulator.faults.add({ status: 429, retryAfter: 0, match: '/sendMail', count: 1 });
    const sent = await sendReminders(tomorrow, p.value.plan, [one], PAGE, WORDS);
    expect(sent.ok && sent.value[0].kind).toBe('sent');
    expect(inbox(one.address)).toHaveLength(before + 1);
  });

  it('no answer from Graph (a gateway time-out each try): the reminder is "not known", and Send again does not send it', async () => {
    const day = servicesAs(emulator, upnWithRole('hrAdmin'), fixedClock('2026-11-26'));
    const p = await previewReminders(day);
    if (!p.ok) throw new Error(JSON.stringify(p.error));
    const [one] = p.value.plan.toSend;
    const before = inbox(one.address).length;
    emulator.faults.add({ status: 504, match: '/sendMail', count: 10 });
    const sent = await sendReminders(day, p.value.plan, [one], PAGE, WORDS);
    emulator.faults.clear();
    expect(sent.ok && sent.value[0].kind).toBe('unknown');
    const again = await sendReminders(day, p.value.plan, [one], PAGE, WORDS);
    expect(again.ok && again.value[0].kind).toBe('alreadySent');
    expect(inbox(one.address)).toHaveLength(before);
  });

  it('Outlook refuses (403: Mail.Send not approved): nothing went, the admin is told what to approve, and a retry sends it', async () => {
    const day = servicesAs(emulator, upnWithRole('hrAdmin'), fixedClock('2026-11-27'));
    const p = await previewReminders(day);
    if (!p.ok) throw new Error(JSON.stringify(p.error));
    const [one] = p.value.plan.toSend;
    const before = inbox(one.address).length;
    emulator.faults.add({ status: 403, match: '/sendMail', count: 1 });
    const refused = await sendReminders(day, p.value.plan, [one], PAGE, WORDS);
    expect(refused.ok && refused.value[0]).toEqual({ recipientKey: one.recipientKey, kind: 'failed', error: { code: 'permissionNotApproved', scopes: ['Mail.Send'] } });
    const retried = await sendReminders(day, p.value.plan, [one], PAGE, WORDS);
    expect(retried.ok && retried.value[0].kind).toBe('sent');
    expect(inbox(one.address)).toHaveLength(before + 1);
  });
});
