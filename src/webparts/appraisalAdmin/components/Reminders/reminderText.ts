/** The Reminders tab's words: the kinds of step, what each reminder is about (HR's eyes only), and how sending went. */
import * as strings from 'RemindersStrings';
import type { NextStep } from '../../../../domain';
import type { RemindableStep, ReminderItem, ReminderWords } from '../../../../domain/reminders';
import { yourStepText } from '../../../../components/labels/nextStepText';
import { format } from '../../../../components/format';
import { dataErrorText } from '../../../../components/ErrorMessage/dataErrorText';
import type { MailError } from '../../../../data/ports/reminders';

/** Each kind of step, as the settings name it. */
export const KIND_LABELS: Record<RemindableStep, string> = {
  answerChangeRequest: strings.KindAnswerChangeRequest,
  answerDisagreement: strings.KindAnswerDisagreement,
  agree: strings.KindAgree,
  reshare: strings.KindReshare,
  writeUp: strings.KindWriteUp,
  book: strings.KindBook,
  prepare: strings.KindPrepare
};

/** "Aisha Begum's record: Answer the request for changes to the planning review" (the preview, for HR only). */
export function itemText(item: ReminderItem, names: ReadonlyMap<string, string>): string {
  const step = { kind: item.step, stage: item.stage, optional: false, needed: true, meetingStart: undefined } as unknown as NextStep;
  return `${format(strings.RecordOf, names.get(item.staffKey) ?? strings.UnknownPerson)}: ${yourStepText(step)}`;
}

/** "1 record", "3 records". */
export const recordCount = (n: number): string => (n === 1 ? strings.Records1 : format(strings.RecordsN, n));

/** Why a send failed, in words. */
export function mailErrorText(error: MailError): string {
  return error.code === 'permissionNotApproved' ? format(strings.PermissionNeeded, error.scopes.join(', ')) : dataErrorText(error);
}

/** The words of every reminder email: neutral, the same for every step (DOMAIN §5). */
export const mailWords = (): ReminderWords => ({ subject: strings.MailSubject, intro: strings.MailIntro, linkText: strings.MailLink });
