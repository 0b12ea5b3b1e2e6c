/** Memory fakes for reminders (issue 15): the log keeps the same one-claim-a-person-a-day rule as SharePoint's unique key. */
import { ok, type IsoDate, type IsoInstant, type Result } from '../../../src/domain';
import { DEFAULT_REMINDER_SETTINGS, reminderLogKey, type ReminderMail, type ReminderSettings } from '../../../src/domain/reminders';
import type { DataError } from '../../../src/data/ports';
import type { MailError, MailSender, ReminderLog, ReminderLogEntry } from '../../../src/data/ports/reminders';

/** The reminder log in memory. */
export class MemoryReminderLog implements ReminderLog {
  settings: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, recordPageUrl: 'https://school.example/sites/appraisal/SitePages/Appraisal.aspx' };
  readonly log = new Map<string, ReminderLogEntry>();

  async getSettings(): Promise<Result<ReminderSettings, DataError>> {
    return ok(this.settings);
  }

  async saveSettings(settings: ReminderSettings): Promise<Result<ReminderSettings, DataError>> {
    this.settings = settings;
    return ok(settings);
  }

  async entries(day: IsoDate): Promise<Result<ReminderLogEntry[], DataError>> {
    return ok(Array.from(this.log.values()).filter((e) => e.day === day));
  }

  async claim(day: IsoDate, recipientKey: string, records: number, at: IsoInstant): Promise<Result<boolean, DataError>> {
    const key = reminderLogKey(day, recipientKey);
    const existing = this.log.get(key);
    if (existing && existing.state !== 'failed') return ok(false);
    this.log.set(key, { day, recipientKey, state: 'sending', records, at });
    return ok(true);
  }

  async settle(day: IsoDate, recipientKey: string, state: 'sent' | 'failed', at: IsoInstant): Promise<Result<void, DataError>> {
    const key = reminderLogKey(day, recipientKey);
    const existing = this.log.get(key);
    if (existing) this.log.set(key, { ...existing, state, at });
    return ok(undefined);
  }
}

/** A mail sender that records what it sent, or answers with scripted failures first. */
export class MemoryMailSender implements MailSender {
  readonly sent: ReminderMail[] = [];
  failures: Array<MailError | { code: 'outcomeUnknown' }> = [];

  async send(mail: ReminderMail): Promise<Result<void, MailError | { code: 'outcomeUnknown' }>> {
    const failure = this.failures.shift();
    if (failure) return { ok: false, error: failure };
    this.sent.push(mail);
    return ok(undefined);
  }
}
