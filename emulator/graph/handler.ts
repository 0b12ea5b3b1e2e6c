/** Microsoft Graph v1.0: routes /graph/v1.0/… (or graph.microsoft.com/v1.0/…) to users, events and scheduling. */
import { bodyJson, header, parseUrl, pathSegments, type EmulatorRequest, type EmulatorResponse } from '../core/http';
import type { HandlerContext } from '../core/TenantEmulator';
import type { GraphContext } from './context';
import { GraphError, graphErrorResponse, graphRefuse } from './errors';
import { calendarView, createEvent, eventResponse, ownEvent, removeEvent, updateEvent } from './events';
import { findMeetingTimes, getSchedule } from './scheduling';
import { ianaZone } from './time';
import { handleGraphBatch } from './batch';
import { listUsers, userOr404, userRoute } from './users';
import { withMailboxSlot } from './mailboxConcurrency';
import { checkConsent } from './consent';
import { sendMail } from './mail';

/** Path keywords are case-insensitive in Graph; ids (events, users) are not. */
const KEYWORDS = /^(me|users|events|calendarview|findmeetingtimes|calendar|getschedule|cancel|manager|mailboxsettings|sendmail)$/i;

function preferredZone(req: EmulatorRequest): { zone: string; zoneName: string } {
  const name = /outlook\.timezone="([^"]+)"/i.exec(header(req, 'prefer') ?? '')?.[1] ?? 'UTC';
  const zone = ianaZone(name);
  if (!zone) throw new GraphError(400, 'ErrorTimeZoneNotSupportedException', `The time zone '${name}' is not supported.`);
  return { zone, zoneName: name };
}

function body(req: EmulatorRequest): Record<string, unknown> {
  try {
    return (bodyJson<Record<string, unknown>>(req) ?? {}) as Record<string, unknown>;
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.');
  }
}

/** The mailbox an Outlook request targets (/me/… or /users/{id}/… on a calendar path), else undefined. */
function mailboxOf(ctx: GraphContext, segments: string[]): string | undefined {
  const [head, id, resource] = segments;
  const outlook = (r: string | undefined): boolean => !!r && /^(events|calendarview|findmeetingtimes|calendar|mailboxsettings)$/.test(r);
  if (head === 'me' && outlook(id)) return ctx.user.upn;
  if (head === 'users' && id && outlook(resource)) return id;
  return undefined;
}

function route(ctx: GraphContext, req: EmulatorRequest, segments: string[], query: URLSearchParams): EmulatorResponse {
  const method = req.method.toUpperCase();
  let rest = segments;
  if (rest[0] === 'users' && rest.length === 1 && method === 'GET') return listUsers(ctx.directory, query, ctx.base);
  let own = false;
  let subject = ctx.user;
  if (rest[0] === 'me') {
    own = true;
    rest = rest.slice(1);
  } else if (rest[0] === 'users' && rest[1]) {
    subject = userOr404(ctx.directory, rest[1]);
    own = subject.id === ctx.user.id;
    rest = rest.slice(2);
  } else throw graphRefuse.badRequest(`Unsupported path /${segments.join('/')}`);
  if (rest.length === 0 || rest[0] === 'manager' || rest[0] === 'mailboxsettings') return userRoute(ctx.directory, subject, rest, query);
  if (rest[0] === 'sendmail' && rest.length === 1 && method === 'POST') {
    if (!own) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    return sendMail(ctx, body(req));
  }
  // Calendars: the signed-in user's own calendar (delegated Calendars.ReadWrite), or one its owner shared with them
  // with edit rights (Calendars.ReadWrite.Shared) for reading, changing and cancelling events; nothing else.
  const [head, id, action] = rest;
  const shared =
    !own && (ctx.state.delegates?.[subject.upn.toLowerCase()] ?? []).some((d) => d.toLowerCase() === ctx.user.upn.toLowerCase());
  if (!own && !(shared && (head === 'events' || head === 'calendarview') && !(head === 'events' && !id)))
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  if (shared) ctx = { ...ctx, user: subject };
  if (head === 'events' && !id && method === 'POST') return createEvent(ctx, body(req));
  if (head === 'events' && id && !action) {
    const event = ownEvent(ctx, id);
    if (method === 'GET') return eventResponse(ctx, event);
    if (method === 'PATCH') return updateEvent(ctx, event, body(req));
    if (method === 'DELETE') return removeEvent(ctx, event, false);
  }
  if (head === 'events' && id && action === 'cancel' && method === 'POST') return removeEvent(ctx, ownEvent(ctx, id), true);
  if (head === 'calendarview' && method === 'GET') return calendarView(ctx, query);
  if (head === 'findmeetingtimes' && method === 'POST') return findMeetingTimes(ctx, body(req));
  if (head === 'calendar' && id === 'getschedule' && method === 'POST') return getSchedule(ctx, body(req));
  throw graphRefuse.badRequest(`Unsupported request ${method} /${segments.join('/')}`);
}

/** Answers a Graph request, or undefined when no endpoint matches. */
export async function handleGraph(ctx: HandlerContext, req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
  const { path, query } = parseUrl(req.url);
  const match = /^(?:\/graph)?\/v1\.0\/(.*)$/i.exec(path);
  if (!match) return undefined;
  if (match[1] === '$batch' && req.method.toUpperCase() === 'POST') {
    return handleGraphBatch(
      req,
      ctx.parts ??
        (async (part) =>
          (await handleGraph(ctx, part)) ?? graphErrorResponse(graphRefuse.badRequest(`Unsupported request ${part.method} ${part.url}`)))
    );
  }
  try {
    const zone = preferredZone(req);
    const graph: GraphContext = {
      state: ctx.state.graph, directory: ctx.state.directory, user: ctx.user, changed: ctx.changed,
      // Links point at Graph itself, as the real service's do; the workbench's transport maps that host to the emulator.
      base: 'https://graph.microsoft.com/v1.0', ...zone
    };
    // Graph decodes each segment once (a UPN or an event id may hold encoded characters); never twice.
    const raw = pathSegments(req.url);
    const segments = raw.slice(raw.findIndex((s) => /^v1\.0$/i.test(s)) + 1).map((s) => (KEYWORDS.test(s) ? s.toLowerCase() : s));
    checkConsent(ctx.state.graph, req, segments, query, ctx.user);
    const mailbox = mailboxOf(graph, segments);
    return mailbox
      ? await withMailboxSlot(ctx.state.graph, mailbox, () => route(graph, req, segments, query))
      : route(graph, req, segments, query);
  } catch (error) {
    if (error instanceof GraphError) return graphErrorResponse(error);
    throw error;
  }
}
