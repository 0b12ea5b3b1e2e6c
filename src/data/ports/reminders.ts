/** Ports for reminders in Outlook (issue 15): the mail sender (Graph) and the reminder log (SharePoint). */
import type { IsoDate, IsoInstant, Result } from '../../domain';
import type { ReminderMail, ReminderSettings } from '../../domain/reminders';
import type { DataError } from './dataError';

/** Why a mail was not sent: the admin has not approved Mail.Send, or a service error. */
export type MailError = DataError | { code: 'permissionNotApproved'; scopes: readonly string[] };

/** Sends mail as the signed-in person (Graph `POST /me/sendMail`, delegated Mail.Send). */
export interface MailSender {
  /**
   * `ok` once Outlook accepted the message (202), which is not yet delivery. `outcomeUnknown` when no answer came
   * (a lost response, a gateway time-out): the message may have gone.
   */
  send(mail: ReminderMail): Promise<Result<void, MailError | { code: 'outcomeUnknown' }>>;
}

/** Where one person's reminder for one day stands. `sending`: claimed, and not known to have been refused. */
export type ReminderLogState = 'sending' | 'sent' | 'failed';

/** One entry of the reminder log. */
export interface ReminderLogEntry {
  day: IsoDate;
  recipientKey: string;
  state: ReminderLogState;
  /** How many records the reminder was about (never which: the log holds no appraisal content). */
  records: number;
  at: IsoInstant;
}

/** The reminder log and the reminder settings. Administrators only (SharePoint refuses anyone else). */
export interface ReminderLog {
  getSettings(): Promise<Result<ReminderSettings, DataError>>;
  saveSettings(settings: ReminderSettings): Promise<Result<ReminderSettings, DataError>>;
  /** Every entry for `day`. */
  entries(day: IsoDate): Promise<Result<ReminderLogEntry[], DataError>>;
  /**
   * Claims the person's reminder for the day before it is sent: `true` when this call holds it now (a new entry, or
   * one whose send had failed), `false` when it is sent or being sent already. Safe to run again after a lost response.
   */
  claim(day: IsoDate, recipientKey: string, records: number, at: IsoInstant): Promise<Result<boolean, DataError>>;
  /** Records how the send ended: `sent`, or `failed` (Outlook refused it, so it may be claimed again). */
  settle(day: IsoDate, recipientKey: string, state: 'sent' | 'failed', at: IsoInstant): Promise<Result<void, DataError>>;
}
