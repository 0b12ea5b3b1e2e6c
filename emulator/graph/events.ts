/** Events in the signed-in user's calendar: create (transactionId dedupe), read, update, delete, cancel, calendarView. */
import { json, type EmulatorResponse } from '../core/http';
import { findMailbox, type DirectoryUser } from '../core/directory';
import type { GraphContext } from './context';
import { graphRefuse, GraphError } from './errors';
import { eventJson } from './eventJson';
import type { GraphAttendee, GraphEventRecord } from './state';
import { ianaZone, toInstant } from './time';

interface DateTimeTimeZone {
  dateTime?: string;
  timeZone?: string;
}

function instant(value: DateTimeTimeZone | undefined, field: string): string {
  const zone = ianaZone(value?.timeZone);
  if (!value?.dateTime || !zone)
    throw new GraphError(400, 'ErrorInvalidRequest', `The ${field} dateTime or timeZone is missing or not recognised.`);
  return new Date(toInstant(value.dateTime, zone)).toISOString();
}

function stamp(ctx: GraphContext): string {
  return new Date(Date.UTC(2026, 0, 1) + ctx.state.nextId * 1000).toISOString();
}

/** The event with this id in the signed-in user's mailbox, or 404. */
export function ownEvent(ctx: GraphContext, id: string): GraphEventRecord {
  const event = ctx.state.events.find((e) => e.id === id && e.mailbox === ctx.user.upn);
  if (!event) throw graphRefuse.notFound();
  return event;
}

/** Answers with an event in the caller's preferred zone. */
export function eventResponse(ctx: GraphContext, e: GraphEventRecord, status = 200): EmulatorResponse {
  return json(status, eventJson(ctx.directory, e, ctx.zone, ctx.zoneName), { 'content-type': 'application/json' });
}

/** POST /me/events: a second POST with the same transactionId returns the first event, never a second invite. */
export function createEvent(ctx: GraphContext, body: Record<string, unknown>): EmulatorResponse {
  const transactionId = typeof body.transactionId === 'string' ? body.transactionId : undefined;
  const sameTransaction = (e: GraphEventRecord): boolean => e.mailbox === ctx.user.upn && e.transactionId === transactionId;
  const existing = transactionId
    ? (ctx.state.events.find(sameTransaction) ?? (ctx.state.spentTransactions ?? []).find(sameTransaction))
    : undefined;
  if (existing) return eventResponse(ctx, existing, 201);
  const start = instant(body.start as DateTimeTimeZone, 'start');
  const end = instant(body.end as DateTimeTimeZone, 'end');
  if (end <= start) throw new GraphError(400, 'ErrorInvalidRequest', 'The end of the event must be after its start.');
  const attendees: GraphAttendee[] = (
    (body.attendees as Array<{ type?: string; emailAddress?: { address?: string; name?: string } }>) ?? []
  ).map((a) => ({
    address: String(a.emailAddress?.address ?? '').toLowerCase(),
    name: String(a.emailAddress?.name ?? ''),
    type: (a.type as GraphAttendee['type']) ?? 'required',
    response: 'none'
  }));
  // A mailbox that may not organise Teams meetings still gets the event, without one (DirectoryUser.teamsMeetings).
  const online = body.isOnlineMeeting === true && ctx.user.teamsMeetings !== false;
  const now = stamp(ctx);
  const n = ctx.state.nextId++;
  const master: GraphEventRecord = {
    id: `AAMkAD${String(n).padStart(8, '0')}-emu=`,
    mailbox: ctx.user.upn,
    iCalUId: `040000008200E00074C5B7101A82E008000000${String(n).padStart(8, '0')}`,
    transactionId,
    organizer: ctx.user.upn,
    subject: String(body.subject ?? ''),
    bodyHtml: String((body.body as { content?: string } | undefined)?.content ?? ''),
    start,
    end,
    timeZone: String((body.start as DateTimeTimeZone).timeZone),
    attendees,
    isCancelled: false,
    isOnlineMeeting: online,
    joinUrl: online ? `https://teams.microsoft.com/l/meetup-join/19%3ameeting_emu${n}%40thread.v2/0` : undefined,
    sensitivity: String(body.sensitivity ?? 'normal'),
    showAs: String(body.showAs ?? 'busy'),
    recurrence: body.recurrence ?? undefined,
    created: now,
    modified: now,
    changeKey: 1
  };
  ctx.state.events.push(master);
  for (const a of attendees) {
    const person: DirectoryUser | undefined = findMailbox(ctx.directory, a.address);
    if (person)
      ctx.state.events.push({
        ...master,
        id: `${master.id}-${person.id.slice(0, 8)}`,
        mailbox: person.upn,
        transactionId: undefined,
        attendees: master.attendees.map((x) => ({ ...x }))
      });
  }
  ctx.changed();
  return eventResponse(ctx, master, 201);
}

function copiesOf(ctx: GraphContext, master: GraphEventRecord): GraphEventRecord[] {
  return ctx.state.events.filter((e) => e.iCalUId === master.iCalUId && e !== master);
}

/** PATCH an event; the organiser's changes of time reach the attendees' copies. */
export function updateEvent(ctx: GraphContext, event: GraphEventRecord, body: Record<string, unknown>): EmulatorResponse {
  const changes: Partial<GraphEventRecord> = {};
  if (body.start) changes.start = instant(body.start as DateTimeTimeZone, 'start');
  if (body.end) changes.end = instant(body.end as DateTimeTimeZone, 'end');
  if (typeof body.subject === 'string') changes.subject = body.subject;
  if (typeof body.showAs === 'string') changes.showAs = body.showAs;
  const targets = event.organizer === event.mailbox ? [event, ...copiesOf(ctx, event)] : [event];
  for (const e of targets) Object.assign(e, changes, { modified: stamp(ctx), changeKey: e.changeKey + 1 });
  ctx.changed();
  return eventResponse(ctx, event);
}

/** DELETE (anyone, own copy) or POST /cancel (organiser only): attendees' copies show as cancelled. */
export function removeEvent(ctx: GraphContext, event: GraphEventRecord, cancel: boolean): EmulatorResponse {
  const organiser = event.organizer === event.mailbox;
  if (cancel && !organiser)
    throw new GraphError(400, 'ErrorAccessDenied', "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  if (organiser)
    for (const copy of copiesOf(ctx, event))
      Object.assign(copy, { isCancelled: true, subject: `Canceled: ${copy.subject}`, changeKey: copy.changeKey + 1 });
  ctx.state.events = ctx.state.events.filter((e) => e !== event);
  if (event.transactionId) (ctx.state.spentTransactions ??= []).push({ ...event, isCancelled: true });
  ctx.changed();
  return { status: cancel ? 202 : 204, headers: {}, body: '' };
}

/** GET /me/calendarView?startDateTime&endDateTime: events overlapping the window, by start. */
export function calendarView(ctx: GraphContext, query: URLSearchParams): EmulatorResponse {
  const from = query.get('startDateTime');
  const to = query.get('endDateTime');
  if (!from || !to)
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.'
    );
  const start = new Date(Date.parse(from)).toISOString();
  const end = new Date(Date.parse(to)).toISOString();
  const top = Number(query.get('$top') ?? 10);
  const skip = Number(query.get('$skip') ?? 0);
  const all = ctx.state.events
    .filter((e) => e.mailbox === ctx.user.upn && e.start < end && e.end > start)
    .sort((a, b) => a.start.localeCompare(b.start));
  const next = new URLSearchParams(query);
  next.set('$skip', String(skip + top));
  return json(200, {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/calendarView',
    value: all.slice(skip, skip + top).map((e) => eventJson(ctx.directory, e, ctx.zone, ctx.zoneName)),
    ...(skip + top < all.length ? { '@odata.nextLink': `${ctx.base}/me/calendarView?${next.toString()}` } : {})
  }, { 'content-type': 'application/json' });
}
