/**
 * Which delegated Microsoft Graph permissions the tenant has approved for SPFx ("SharePoint Online Client
 * Extensibility Web Application Principal"), and what each call needs. A call whose every sufficient permission is
 * withdrawn is refused as Graph refuses it:
 *
 * - directory calls (/users…): 403 Authorization_RequestDenied "Insufficient privileges to complete the operation."
 *   (microsoftgraph/nodejs-connect-rest-sample#69 shows the body; Azure-Samples/ms-identity-python-daemon#8: "Needed
 *   User.Read.All"; /manager the same: microsoftgraph/microsoft-graph-docs-contrib#8353);
 * - Outlook calendar calls: 403 ErrorAccessDenied "Access is denied. Check credentials and try again.", the refusal the
 *   emulator already gives for a calendar not shared with the caller.
 *
 * What each call needs, least privileged first (learn.microsoft.com/graph/api/user-list, user-get, user-list-manager,
 * user-post-events, user-list-calendarview, user-findmeetingtimes, calendar-getschedule, event-cancel; the User.*
 * scopes in learn.microsoft.com/graph/permissions-reference): other people's basic profile (id, names, mail, UPN)
 * User.ReadBasic.All; anything more of them (job title, account state, user type, their manager) User.Read.All; one's
 * own calendar Calendars.Read (reads) or Calendars.ReadWrite; another's calendar Calendars.Read.Shared (reads) or
 * Calendars.ReadWrite.Shared; sendMail Mail.Send; findMeetingTimes Calendars.Read.Shared; getSchedule Calendars.ReadBasic or more.
 * /me is User.Read, which every SPFx solution holds.
 */
import type { EmulatorRequest } from '../core/http';
import type { DirectoryUser } from '../core/directory';
import { GraphError } from './errors';
import type { GraphState } from './state';

/** What the package asks for (config/package-solution.json webApiPermissionRequests), plus User.Read. */
export const REQUESTED_SCOPES: readonly string[] = [
  'User.Read',
  'Calendars.ReadWrite',
  'Calendars.Read.Shared',
  'Calendars.ReadWrite.Shared',
  'User.ReadBasic.All',
  'User.Read.All',
  'Mail.Send'
];

const BASIC_PROPERTIES = new Set(['id', 'displayname', 'givenname', 'surname', 'mail', 'userprincipalname']);
const DIRECTORY_REFUSAL = (): GraphError =>
  new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
const OUTLOOK_REFUSAL = (): GraphError => new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

/** The approved scopes now. */
export function grantedScopes(state: GraphState): readonly string[] {
  return state.grantedScopes ?? REQUESTED_SCOPES;
}

/** Whether a users query reaches beyond the basic profile ($select/$filter naming other properties, or the manager). */
function beyondBasic(query: URLSearchParams): boolean {
  if (/manager/i.test(query.get('$expand') ?? '')) return true;
  const selected = (query.get('$select') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (selected.some((s) => !BASIC_PROPERTIES.has(s))) return true;
  const named = Array.from((query.get('$filter') ?? '').matchAll(/\b([A-Za-z]+)\s+(?:eq|ne|in)\b|\(([A-Za-z]+),/g)).map((m) =>
    (m[1] ?? m[2]).toLowerCase()
  );
  return named.some((n) => !BASIC_PROPERTIES.has(n));
}

/** The scopes any one of which allows the call, and the refusal Graph gives without them; undefined: no check. */
function needs(
  method: string,
  segments: readonly string[],
  query: URLSearchParams,
  own: boolean
): { anyOf: string[]; refusal: () => GraphError } | undefined {
  const [head, , resource] = segments;
  const rest = head === 'me' ? segments.slice(1) : segments.slice(2);
  const outlook = rest[0];
  const read = method === 'GET';
  if (head === 'users' && (segments.length === 1 || !resource || resource === 'manager')) {
    if (own && segments.length > 1 && !resource) return undefined;
    const more = resource === 'manager' || beyondBasic(query);
    return { anyOf: more ? ['User.Read.All'] : ['User.ReadBasic.All', 'User.Read.All'], refusal: DIRECTORY_REFUSAL };
  }
  if (head === 'me' && rest.length === 0) return undefined;
  if (!outlook || outlook === 'mailboxsettings' || outlook === 'manager') return undefined;
  // sendMail needs Mail.Send (learn.microsoft.com/graph/api/user-sendmail, Permissions); Outlook refuses it as any other call.
  if (outlook === 'sendmail') return { anyOf: ['Mail.Send'], refusal: OUTLOOK_REFUSAL };
  if (outlook === 'findmeetingtimes') return { anyOf: ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'], refusal: OUTLOOK_REFUSAL };
  if (outlook === 'calendar' && rest[1] === 'getschedule')
    return { anyOf: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'], refusal: OUTLOOK_REFUSAL };
  if (own)
    return { anyOf: read ? ['Calendars.Read', 'Calendars.ReadWrite'] : ['Calendars.ReadWrite'], refusal: OUTLOOK_REFUSAL };
  return {
    anyOf: read ? ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'] : ['Calendars.ReadWrite.Shared'],
    refusal: OUTLOOK_REFUSAL
  };
}

/** Refuses the call, as Graph does, when none of the permissions it needs is approved. */
export function checkConsent(
  state: GraphState,
  req: EmulatorRequest,
  segments: readonly string[],
  query: URLSearchParams,
  caller: Pick<DirectoryUser, 'id' | 'upn'>
): void {
  if (!state.grantedScopes) return;
  const id = segments[0] === 'users' ? segments[1]?.toLowerCase() : undefined;
  const own = segments[0] === 'me' || (id !== undefined && (id === caller.upn.toLowerCase() || id === caller.id.toLowerCase()));
  const need = needs(req.method.toUpperCase(), segments, query, own);
  if (!need) return;
  const granted = new Set(state.grantedScopes.map((s) => s.toLowerCase()));
  if (!need.anyOf.some((s) => granted.has(s.toLowerCase()))) throw need.refusal();
}

/** Withdraws or grants scopes (the test-only /_emulator/consent endpoint). */
export function changeConsent(state: GraphState, change: { withdraw?: string[]; grant?: string[] }): readonly string[] {
  const withdraw = new Set((change.withdraw ?? []).map((s) => s.toLowerCase()));
  const next = grantedScopes(state).filter((s) => !withdraw.has(s.toLowerCase()));
  for (const s of change.grant ?? []) if (!next.some((n) => n.toLowerCase() === s.toLowerCase())) next.push(s);
  state.grantedScopes = next;
  return next;
}
