/**
 * Sends today's reminders (issue 15), each at most once a person a day, safe to run again after a lost response.
 *
 * Order: the log first, then the mail. Graph's sendMail has no idempotency key (events have transactionId, mail has
 * none) and Outlook cannot be asked afterwards whether a message went without Mail.Read, which reminders do not need.
 * So one of the two writes must come first, and the one that comes first decides what a lost answer costs:
 * - mail first, log after: a send whose answer was lost (or a log write that failed after it) leaves no entry, and
 *   running Send again mails the person a second time — the duplicate the log exists to prevent;
 * - log first (a claim, `sending`), mail, then the claim settled `sent` or `failed`: running again finds the claim and
 *   sends nothing. The worst case is a claim whose mail never went (no answer from Graph): that person misses today's
 *   reminder, is shown to HR as "not known whether it went", and is reminded tomorrow. A missed nudge costs less
 *   than a second one, and a definite refusal (403, throttled after retries, 400) settles `failed`, which may be
 *   claimed and sent again at once.
 * The claim is SharePoint's unique EntryKey (the day and the person), so two administrators pressing Send together
 * cannot both claim the same person either.
 */
import { fail, ok, type Result } from '../../domain';
import { reminderMail, type Reminder, type ReminderPlan, type ReminderWords } from '../../domain/reminders';
import type { Clock, DataError } from '../../data/ports';
import type { MailError, MailSender, ReminderLog } from '../../data/ports/reminders';

/** How one person's reminder ended. */
export type SendOutcome =
  | { recipientKey: string; kind: 'sent' }
  /** Already sent, or being sent, today (another Send, or an earlier one whose answer was lost). */
  | { recipientKey: string; kind: 'alreadySent' }
  /** Outlook refused it, or the log could not be written: nothing went, and it may be sent again. */
  | { recipientKey: string; kind: 'failed'; error: MailError }
  /** Graph gave no answer: it may have gone, so it is not sent again today. */
  | { recipientKey: string; kind: 'unknown' };

/** What sending needs. */
export interface SendServices {
  reminders: ReminderLog;
  mail: MailSender;
  clock: Clock;
}

/** Sends one reminder: claim, mail, settle. */
export async function sendReminder(
  s: SendServices,
  plan: Pick<ReminderPlan, 'day'>,
  reminder: Reminder,
  recordPageUrl: string,
  words: ReminderWords
): Promise<SendOutcome> {
  const recipientKey = reminder.recipientKey;
  const claimed = await s.reminders.claim(plan.day, recipientKey, reminder.items.length, s.clock.now());
  if (!claimed.ok) return { recipientKey, kind: 'failed', error: claimed.error };
  if (!claimed.value) return { recipientKey, kind: 'alreadySent' };
  const sent = await s.mail.send(reminderMail(reminder, recordPageUrl, words));
  if (!sent.ok && sent.error.code === 'outcomeUnknown') return { recipientKey, kind: 'unknown' };
  // Settling may fail too; the claim then stays `sending`, which sends nothing again today: the safe side.
  await s.reminders.settle(plan.day, recipientKey, sent.ok ? 'sent' : 'failed', s.clock.now());
  return sent.ok ? { recipientKey, kind: 'sent' } : { recipientKey, kind: 'failed', error: sent.error as MailError };
}

/** Sends each reminder in turn, reporting progress; one person's failure never stops the others. */
export async function sendReminders(
  s: SendServices,
  plan: Pick<ReminderPlan, 'day'>,
  reminders: readonly Reminder[],
  recordPageUrl: string,
  words: ReminderWords,
  onProgress: (done: number, total: number) => void = () => undefined
): Promise<Result<SendOutcome[], DataError>> {
  if (!recordPageUrl.trim()) return fail({ code: 'unexpected', detail: 'No record page is set for reminder links.' });
  const outcomes: SendOutcome[] = [];
  for (const reminder of reminders) {
    outcomes.push(await sendReminder(s, plan, reminder, recordPageUrl, words));
    onProgress(outcomes.length, reminders.length);
  }
  return ok(outcomes);
}
