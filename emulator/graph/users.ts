/** /me, /users (with $filter, $select, $expand=manager, paging), /users/{id}/manager and mailboxSettings. */
import { json, type EmulatorResponse } from '../core/http';
import { findUser, managerOf, type DirectoryState, type DirectoryUser } from '../core/directory';
import { GraphError, graphRefuse } from './errors';

const BASE = 'https://graph.microsoft.com/v1.0';
const DAY_NAMES: Record<string, string> = {
  Mon: 'monday',
  Tue: 'tuesday',
  Wed: 'wednesday',
  Thu: 'thursday',
  Fri: 'friday',
  Sat: 'saturday',
  Sun: 'sunday'
};

/** Graph's name for a weekday code ('Mon' → 'monday'). */
export const dayName = (code: string): string => DAY_NAMES[code] ?? code.toLowerCase();

/** A user resource. */
export function userResource(directory: DirectoryState, u: DirectoryUser): Record<string, unknown> {
  return {
    id: u.id, userPrincipalName: u.upn, mail: u.mail ?? u.upn, displayName: u.displayName, givenName: u.givenName, surname: u.surname,
    jobTitle: u.jobTitle, department: directory.schoolName, accountEnabled: true, businessPhones: [], officeLocation: null,
    userType: u.userType ?? 'Member'
  };
}

function select(value: Record<string, unknown>, fields: string | null): Record<string, unknown> {
  if (!fields) return value;
  const names = fields.split(',').map((f) => f.trim());
  return Object.fromEntries(Object.entries(value).filter(([k]) => names.includes(k) || k === 'id'));
}

function matchesFilter(u: DirectoryUser, filter: string | null): boolean {
  if (!filter) return true;
  return filter.split(/\s+and\s+/i).every((clause) => {
    const inList = /^userPrincipalName in \((.*)\)$/i.exec(clause.trim());
    if (inList) {
      const values = Array.from(inList[1].matchAll(/'((?:[^']|'')*)'/g)).map((m) => m[1].replace(/''/g, "'").toLowerCase());
      if (values.length > 15) throw graphRefuse.badRequest('The in operator takes at most 15 values.');
      return values.includes(u.upn.toLowerCase());
    }
    if (/^accountEnabled eq true$/i.test(clause.trim())) return true;
    // userType supports eq in a default query (learn.microsoft.com/graph/aad-advanced-queries, user properties table).
    const type = /^userType eq '(Member|Guest)'$/i.exec(clause.trim());
    if (type) return (u.userType ?? 'Member').toLowerCase() === type[1].toLowerCase();
    const starts = /^startswith\((displayName|givenName|surname|userPrincipalName),'((?:[^']|'')*)'\)$/i.exec(clause.trim());
    if (starts) {
      const field = starts[1].toLowerCase();
      const value = field === 'displayname' ? u.displayName : field === 'givenname' ? u.givenName : field === 'surname' ? u.surname : u.upn;
      return value.toLowerCase().startsWith(starts[2].replace(/''/g, "'").toLowerCase());
    }
    throw new GraphError(400, 'Request_UnsupportedQuery', `Unsupported query: ${clause}`);
  });
}

/** GET /users. */
export function listUsers(directory: DirectoryState, query: URLSearchParams, base: string): EmulatorResponse {
  const expandManager = /manager/i.test(query.get('$expand') ?? '');
  // With $expand, directory objects come at most 100 a page whatever $top asks (Graph known issue 13635,
  // developer.microsoft.com/en-us/graph/known-issues/?search=13635); the rest follow @odata.nextLink.
  const top = Math.min(Number(query.get('$top') ?? 100), query.get('$expand') ? 100 : 999);
  const skip = Number(query.get('$skiptoken') ?? 0);
  const all = directory.users.filter((u) => matchesFilter(u, query.get('$filter')));
  const page = all.slice(skip, skip + top);
  const value = page.map((u) => {
    const base = select(userResource(directory, u), query.get('$select'));
    if (!expandManager) return base;
    const manager = managerOf(directory, u);
    return {
      ...base,
      manager: manager ? { '@odata.type': '#microsoft.graph.user', id: manager.id, displayName: manager.displayName } : null
    };
  });
  const next = new URLSearchParams(query);
  next.set('$skiptoken', String(skip + top));
  return json(200, {
    '@odata.context': `${BASE}/$metadata#users`, value,
    ...(skip + top < all.length ? { '@odata.nextLink': `${base}/users?${next.toString()}` } : {})
  }, { 'content-type': 'application/json' });
}

/** A person by id or UPN, or 404 as Graph answers. */
export function userOr404(directory: DirectoryState, key: string): DirectoryUser {
  const user = findUser(directory, key);
  if (!user) throw graphRefuse.userNotFound(key);
  return user;
}

/** GET /users/{id} or /me, GET …/manager, GET …/mailboxSettings. */
export function userRoute(directory: DirectoryState, user: DirectoryUser, rest: string[], query: URLSearchParams): EmulatorResponse {
  if (rest.length === 0)
    return json(
      200,
      { '@odata.context': `${BASE}/$metadata#users/$entity`, ...select(userResource(directory, user), query.get('$select')) },
      { 'content-type': 'application/json' }
    );
  if (rest[0] === 'manager') {
    const manager = managerOf(directory, user);
    if (!manager) throw graphRefuse.userNotFound('manager');
    return json(
      200,
      {
        '@odata.context': `${BASE}/$metadata#directoryObjects/$entity`,
        '@odata.type': '#microsoft.graph.user',
        ...select(userResource(directory, manager), query.get('$select'))
      },
      { 'content-type': 'application/json' }
    );
  }
  if (rest[0] === 'mailboxsettings') {
    const p = user.workingPattern;
    return json(
      200,
      {
        '@odata.context': `${BASE}/$metadata#users('${user.id}')/mailboxSettings`,
        timeZone: directory.timeZone,
        workingHours: {
          daysOfWeek: p.days.map(dayName),
          startTime: `${p.start}:00.0000000`,
          endTime: `${p.end}:00.0000000`,
          timeZone: { name: directory.timeZone }
        }
      },
      { 'content-type': 'application/json' }
    );
  }
  throw graphRefuse.badRequest(`Unsupported segment ${rest[0]}`);
}
