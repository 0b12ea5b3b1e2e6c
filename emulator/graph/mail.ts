/**
 * Outlook mail, as far as reminders need it: POST /me/sendMail delivers to each recipient's mailbox.
 *
 * What Graph does (learn.microsoft.com/graph/api/user-sendmail): delegated `Mail.Send`; "If successful, this method
 * returns 202 Accepted response code. It doesn't return anything in the response body"; "A 202 Accepted response code
 * indicates that the request has been accepted; however, it does not indicate that the request processing has
 * completed"; saveToSentItems "default is true". So an address no mailbox has is still accepted: Exchange then sends
 * the sender a non-delivery report, and nothing reaches anyone (the emulator puts the NDR in the sender's inbox).
 * The body is strict as Graph's OData parser is: `message` with `toRecipients` [{ emailAddress: { address } }],
 * `subject` and `body` { contentType: text|html, content }; a property Graph does not know is a 400.
 * A person may send only as themselves (Send As another mailbox needs Exchange rights Mail.Send alone never gives).
 */
import { empty, type EmulatorResponse } from '../core/http';
import { findMailbox } from '../core/directory';
import type { GraphContext } from './context';
import { GraphError } from './errors';

/** One message in one mailbox's folder. */
export interface GraphMailMessage {
  id: string;
  folder: 'inbox' | 'sentitems';
  from: string;
  toRecipients: string[];
  subject: string;
  bodyContentType: 'text' | 'html';
  body: string;
  receivedDateTime: string;
  /** A non-delivery report Exchange sent the sender. */
  nonDelivery?: boolean;
}

const MESSAGE_PROPERTIES = new Set(['subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'importance', 'replyTo']);
const invalid = (message: string): GraphError => new GraphError(400, 'ErrorInvalidRequest', message);
const unknownProperty = (name: string, type: string): GraphError =>
  new GraphError(400, 'RequestBodyRead', `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`);

function recipients(value: unknown, name: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(`${name} must be a collection of recipients.`);
  return value.map((r) => {
    const address = (r as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address;
    if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(address))
      throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    return address;
  });
}

/** The parts of a sendMail body that matter, checked as Graph checks them. */
function readMessage(body: Record<string, unknown>): { to: string[]; subject: string; contentType: 'text' | 'html'; content: string; save: boolean } {
  for (const key of Object.keys(body)) if (key !== 'message' && key !== 'saveToSentItems') throw unknownProperty(key, 'microsoft.graph.sendMail');
  const message = body.message as Record<string, unknown> | undefined;
  if (!message || typeof message !== 'object') throw invalid("The 'message' parameter is required.");
  for (const key of Object.keys(message)) if (!MESSAGE_PROPERTIES.has(key)) throw unknownProperty(key, 'microsoft.graph.message');
  const to = [...recipients(message.toRecipients, 'toRecipients'), ...recipients(message.ccRecipients, 'ccRecipients'), ...recipients(message.bccRecipients, 'bccRecipients')];
  if (to.length === 0) throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  if (typeof message.subject !== 'string') throw invalid('The message has no subject.');
  const b = message.body as { contentType?: unknown; content?: unknown } | undefined;
  const contentType = typeof b?.contentType === 'string' ? b.contentType.toLowerCase() : undefined;
  if (!b || (contentType !== 'text' && contentType !== 'html') || typeof b.content !== 'string')
    throw invalid('The message body needs a contentType of text or html and a content string.');
  if (body.saveToSentItems !== undefined && typeof body.saveToSentItems !== 'boolean') throw invalid('saveToSentItems must be a Boolean.');
  return { to, subject: message.subject, contentType, content: b.content, save: body.saveToSentItems !== false };
}

/** POST /me/sendMail: 202 with an empty body; a copy in each known recipient's inbox, an NDR for the others. */
export function sendMail(ctx: GraphContext, body: Record<string, unknown>): EmulatorResponse {
  const m = readMessage(body);
  const mailboxes = (ctx.state.mailboxes ??= {});
  const sender = (ctx.user.mail ?? ctx.user.upn).toLowerCase();
  const at = new Date().toISOString();
  const put = (owner: string, message: Omit<GraphMailMessage, 'id' | 'receivedDateTime'>): void => {
    (mailboxes[owner] ??= []).push({ ...message, id: `AAMk${ctx.state.nextId++}`, receivedDateTime: at });
  };
  const base = { from: sender, toRecipients: m.to, subject: m.subject, bodyContentType: m.contentType, body: m.content };
  const unknown: string[] = [];
  for (const address of m.to) {
    const person = findMailbox(ctx.directory, address);
    if (person) put((person.mail ?? person.upn).toLowerCase(), { ...base, folder: 'inbox' });
    else unknown.push(address);
  }
  if (m.save) put(sender, { ...base, folder: 'sentitems' });
  if (unknown.length)
    put(sender, {
      folder: 'inbox', from: `postmaster@${ctx.directory.domain}`, toRecipients: [sender], subject: `Undeliverable: ${m.subject}`,
      bodyContentType: 'text', body: `Your message couldn't be delivered to ${unknown.join(', ')}.`, nonDelivery: true
    });
  ctx.changed();
  return empty(202);
}

/** What arrived in one mailbox (the test-only /_emulator/mailbox endpoint): its inbox, or another folder. */
export function mailboxContents(mailboxes: Record<string, GraphMailMessage[]> | undefined, address: string, folder: GraphMailMessage['folder'] = 'inbox'): GraphMailMessage[] {
  return (mailboxes?.[address.toLowerCase()] ?? []).filter((m) => m.folder === folder);
}
