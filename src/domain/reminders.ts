/**
 * Reminders in Outlook (issue 15): from everyone's next steps and the school's reminder settings, who would be reminded
 * today, and of which records. One reminder a person a day at most: the log says who already had today's.
 *
 * What a reminder says (DOMAIN §5, AB9.N5: "invites and notifications carry no content"): mail is read on phones, by
 * delegates and PAs, so the message is the same neutral sentence for every kind of step and a link to each record,
 * and nothing else: no stage, no kind of step (that an appraisee "asked for changes" or "disagreed" is appraisal
 * content), no objectives, no outcomes and no names. The link names neutral keys only (deepLink.ts). Which step is
 * waiting is shown to HR in the preview, never in the mail.
 */
import { addDays, type IsoDate } from './isoDate';
import type { NextStep, NextSteps } from './cycle/nextStep';
import type { Stage } from './stageDates';
import { recordLink } from './deepLink';

/** The kinds of step a reminder can be about ('hold' never: the meeting is in both calendars already). */
export const REMINDABLE_STEPS = [
  'answerChangeRequest',
  'answerDisagreement',
  'agree',
  'reshare',
  'writeUp',
  'book',
  'prepare'
] as const satisfies ReadonlyArray<NextStep['kind']>;

/** A kind of step a reminder can be about. */
export type RemindableStep = (typeof REMINDABLE_STEPS)[number];

/**
 * Steps someone else is waiting on (a reply, an agreement, a write-up): due from the day they arise. The others
 * (book, prepare) count from `daysBeforeDue` days before their date: the stage's due date, or the meeting's.
 */
const WAITED_ON: ReadonlySet<RemindableStep> = new Set<RemindableStep>(['answerChangeRequest', 'answerDisagreement', 'agree', 'reshare', 'writeUp']);

/** What the school sends, and when a dated step counts as due. */
export interface ReminderSettings {
  /** The kinds of step reminded; the others never are. */
  kinds: readonly RemindableStep[];
  /** A dated step (book, prepare) counts from this many days before its date. */
  daysBeforeDue: number;
  /** …until this many days after it; later than that, Monitoring shows it to HR and reminders stop. */
  daysAfterDue: number;
  /** The page people open their records on (the web part's page in SharePoint); links point there. */
  recordPageUrl: string;
}

/** The defaults a school starts with: every kind, from two weeks before until four weeks after. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  kinds: REMINDABLE_STEPS,
  daysBeforeDue: 14,
  daysAfterDue: 28,
  recordPageUrl: ''
};

/** A reminder setting the school cannot have. */
export type ReminderSettingsError =
  | { field: 'daysBeforeDue' | 'daysAfterDue'; code: 'outOfRange' }
  | { field: 'recordPageUrl'; code: 'notHttps' };

/** Days between 0 and 180; the page an https address (http on the local workbench's loopback host). */
export function validateReminderSettings(s: ReminderSettings): ReminderSettingsError[] {
  const errors: ReminderSettingsError[] = [];
  for (const field of ['daysBeforeDue', 'daysAfterDue'] as const)
    if (!Number.isInteger(s[field]) || s[field] < 0 || s[field] > 180) errors.push({ field, code: 'outOfRange' });
  if (!/^(https:\/\/[^\s/]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)(\/\S*)?$/i.test(s.recordPageUrl.trim()))
    errors.push({ field: 'recordPageUrl', code: 'notHttps' });
  return errors;
}

/** Someone a reminder may go to: their key (directory id) and mailbox address, when the roster has one. */
export interface ReminderPerson {
  key: string;
  address: string | undefined;
}

/** One person's record and what each party does next, as the reminder rule reads it. */
export interface ReminderSubject {
  staffKey: string;
  cycleKey: string;
  appraisee: ReminderPerson;
  /** The reviewer the roster names (acting reviewer included); none: nobody to remind on that side. */
  reviewer: ReminderPerson | undefined;
  steps: NextSteps;
}

/** One record a reminder is about (shown to HR in the preview; the mail carries only its link). */
export interface ReminderItem {
  staffKey: string;
  cycleKey: string;
  stage: Stage;
  step: RemindableStep;
}

/** One person's reminder for the day. */
export interface Reminder {
  recipientKey: string;
  address: string;
  items: ReminderItem[];
}

/** Who would be reminded today, who already was, and who cannot be (no mailbox address on the roster). */
export interface ReminderPlan {
  day: IsoDate;
  toSend: Reminder[];
  alreadySent: Reminder[];
  noAddress: Array<{ recipientKey: string; items: ReminderItem[] }>;
}

/** The date a dated step counts from: the meeting's day for preparing, else the stage's due date. */
function dateOf(step: NextStep, steps: NextSteps): IsoDate | undefined {
  if (step.kind === 'prepare' && step.meetingStart) return step.meetingStart.slice(0, 10) as IsoDate;
  return steps.progress.stages[step.stage].due;
}

/** Whether `step` counts as due on `today` under the settings. */
export function reminderDue(
  step: NextStep | undefined,
  steps: NextSteps,
  settings: ReminderSettings,
  today: IsoDate
): step is NextStep & { kind: RemindableStep } {
  if (!step || step.kind === 'hold' || !settings.kinds.includes(step.kind)) return false;
  if (WAITED_ON.has(step.kind)) return true;
  if (step.kind === 'book' && step.optional) return false;
  const date = dateOf(step, steps);
  return date !== undefined && addDays(date, -settings.daysBeforeDue) <= today && today <= addDays(date, settings.daysAfterDue);
}

/** The log's key for a person's reminder on a day: at most one a person a day. */
export const reminderLogKey = (day: IsoDate, recipientKey: string): string => `reminder|${day}|${recipientKey}`;

/**
 * Today's reminders: for each person, every record where a step of theirs is due, in one message. `sentToday` holds
 * the log keys (reminderLogKey) of reminders already sent or being sent today: those people are not sent another.
 */
export function planReminders(
  subjects: readonly ReminderSubject[],
  settings: ReminderSettings,
  today: IsoDate,
  sentToday: ReadonlySet<string>
): ReminderPlan {
  const byPerson = new Map<string, { address: string | undefined; items: ReminderItem[] }>();
  const add = (person: ReminderPerson | undefined, step: NextStep | undefined, subject: ReminderSubject): void => {
    if (!person || !reminderDue(step, subject.steps, settings, today)) return;
    const entry = byPerson.get(person.key) ?? { address: person.address, items: [] };
    entry.address = entry.address ?? person.address;
    entry.items.push({ staffKey: subject.staffKey, cycleKey: subject.cycleKey, stage: step.stage, step: step.kind });
    byPerson.set(person.key, entry);
  };
  for (const subject of subjects) {
    add(subject.appraisee, subject.steps.appraisee, subject);
    add(subject.reviewer, subject.steps.reviewer, subject);
  }
  const plan: ReminderPlan = { day: today, toSend: [], alreadySent: [], noAddress: [] };
  for (const [recipientKey, { address, items }] of Array.from(byPerson.entries()).sort(([a], [b]) => a.localeCompare(b))) {
    if (!address?.trim()) plan.noAddress.push({ recipientKey, items });
    else {
      const reminder = { recipientKey, address: address.trim(), items };
      (sentToday.has(reminderLogKey(today, recipientKey)) ? plan.alreadySent : plan.toSend).push(reminder);
    }
  }
  return plan;
}

/** The words of a reminder, from the locale strings (the domain holds none). `{0}` in `linkText` is the record's number. */
export interface ReminderWords {
  subject: string;
  intro: string;
  linkText: string;
}

/** A reminder as mail: a neutral subject and sentence, and one link per record (DOMAIN §5). */
export interface ReminderMail {
  to: string;
  subject: string;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The mail for one reminder: links to each record on the school's record page, and nothing about the records. */
export function reminderMail(reminder: Reminder, recordPageUrl: string, words: ReminderWords): ReminderMail {
  const seen = new Set<string>();
  const links = reminder.items
    .filter((i) => !seen.has(i.cycleKey) && !!seen.add(i.cycleKey))
    .map((i, n) => {
      const href = recordLink(recordPageUrl, { staffKey: i.staffKey, cycleKey: i.cycleKey, view: i.stage });
      const text = words.linkText.replace('{0}', String(n + 1));
      return `<p><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></p>`;
    });
  return { to: reminder.address, subject: words.subject, html: `<p>${escapeHtml(words.intro)}</p>${links.join('')}` };
}
