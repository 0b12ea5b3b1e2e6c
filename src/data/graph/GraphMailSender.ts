/**
 * MailSender over Microsoft Graph: `POST /me/sendMail` with delegated Mail.Send (learn.microsoft.com/graph/api/user-sendmail:
 * "If successful, this method returns 202 Accepted response code. It doesn't return anything in the response body").
 * The message is saved to the sender's Sent Items (saveToSentItems true, Graph's default, said explicitly) so HR
 * can see what went. Throttling (429/503 with Retry-After) takes the error path every Graph call takes
 * (graphDataError): the Graph client's retry handler has already waited and retried; what is left is `throttled`.
 * sendMail has no idempotency key (events have transactionId; mail has none), so a send with no answer is reported
 * as `outcomeUnknown` and never repeated here: the reminder log decides (src/app/reminders/sendReminders.ts).
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { fail, ok, type Result } from '../../domain';
import { type ReminderMail } from '../../domain/reminders';
import type { MailError, MailSender } from '../ports/reminders';
import { graphDataError } from './graphErrors';

/** The delegated permission sending needs; named to the administrator when Graph refuses. */
export const MAIL_SCOPES = ['Mail.Send'] as const;

/** The sendMail body Graph requires: message.toRecipients, subject and body { contentType, content }. */
export function sendMailBody(mail: ReminderMail): Record<string, unknown> {
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'HTML', content: mail.html },
      toRecipients: [{ emailAddress: { address: mail.to } }]
    },
    saveToSentItems: true
  };
}

/** Sends as the signed-in person. */
export class GraphMailSender implements MailSender {
  constructor(private readonly graph: Pick<Client, 'api'>) {}

  async send(mail: ReminderMail): Promise<Result<void, MailError | { code: 'outcomeUnknown' }>> {
    try {
      await this.graph.api('/me/sendMail').post(sendMailBody(mail));
      return ok(undefined);
    } catch (error) {
      const status = (error as { statusCode?: number } | null)?.statusCode;
      // No answer at all, or a gateway that gave up waiting: Outlook may have accepted the message.
      if (status === undefined || status === -1 || status === 504) return fail({ code: 'outcomeUnknown' });
      const mapped = graphDataError(error);
      return fail(mapped.code === 'accessDenied' ? { code: 'permissionNotApproved', scopes: MAIL_SCOPES } : mapped);
    }
  }
}
