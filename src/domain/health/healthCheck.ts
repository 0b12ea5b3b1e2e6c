/**
 * Health check (issue 13): turns the facts gathered from the tenant into lines, each green, amber or red, for the IT
 * lead. Pure: no I/O, no strings — each line names its check and the values its message needs; the UI words it.
 *
 * Limits, from Microsoft's "SharePoint limits" and "Manage large lists and libraries" (learn.microsoft.com/
 * office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits; /sharepoint/
 * troubleshoot/lists-and-libraries/items-exceeds-list-view-threshold): 50,000 unique permission scopes per list is
 * the supported limit (break inheritance on more and operations slow and fail); 5,000 items is the list view
 * threshold past which a query that does not filter first on an indexed column is refused (SPQueryThrottledException).
 */

export type HealthStatus = 'green' | 'amber' | 'red';

/** The supported number of unique permission scopes per list (SharePoint limits). */
export const UNIQUE_SCOPES_LIMIT = 50_000;
/** The list view threshold (SharePoint limits). */
export const LIST_VIEW_THRESHOLD = 5_000;
/** Share of a limit past which a line turns amber: time to plan before SharePoint refuses. */
export const WARN_SHARE = 0.8;

export interface ListFacts {
  /** The list's key in the schema (the UI shows its title). */
  key: string;
  title: string;
  exists: boolean;
  itemCount: number;
  /** Undefined when it could not be read: SharePoint's REST API gives no count of a list's unique scopes. */
  uniqueScopes?: number;
  /** Columns the product filters on that must be indexed. */
  requiredIndexes: readonly string[];
  indexedFields: readonly string[];
}

export type GraphProbeOutcome = 'ok' | 'denied' | 'failed';

export interface MailboxFacts {
  /** How the roster names the person (display name). */
  name: string;
  role: 'reviewer' | 'appraisee';
  resolvable: boolean;
  /**
   * Whether the default calendar allows Teams meetings: its `allowedOnlineMeetingProviders` includes teamsForBusiness
   * (learn.microsoft.com/graph/outlook-calendar-online-meetings: "look for the allowedOnlineMeetingProviders and
   * defaultOnlineMeetingProvider properties", read with GET /users/{id}/calendar). Undefined when it could not be read.
   */
  teamsMeetings?: boolean;
}

export interface HealthFacts {
  siteUrl: string;
  packageVersion: string;
  schema: { installed?: number; expected: number; pendingSteps: readonly string[] };
  lists: readonly ListFacts[];
  /** The signed-in administrator's effective rights the product needs, each held or not. */
  rights: readonly { right: string; held: boolean }[];
  /** Each product group and who owns it. */
  groups: readonly { title: string; owner?: string; ownedByAdmins: boolean }[];
  /** Each requested Graph permission and the outcome of its harmless call. */
  graph: readonly { scope: string; outcome: GraphProbeOutcome }[];
  mailboxes: readonly MailboxFacts[];
  /** Whether the Teams app could be checked from here; the client cannot see the Teams app catalogue. */
  teamsApp: 'synced' | 'notSynced' | 'unknown';
}

export type HealthCheckKind =
  | 'site'
  | 'schema'
  | 'list'
  | 'uniqueScopes'
  | 'itemCount'
  | 'indexes'
  | 'right'
  | 'groupOwner'
  | 'graphPermission'
  | 'mailbox'
  | 'teamsMeetings'
  | 'teamsApp';

export interface HealthLine {
  kind: HealthCheckKind;
  status: HealthStatus;
  /** What the line is about (a list title, a scope, a person…). */
  subject: string;
  /** Values the message needs, in order. */
  values: readonly string[];
  /**
   * When routine lines of one kind are folded into one (see foldRoutine): each folded line's subject, with its first
   * value where it has one (an item count). The line's subject is then empty.
   */
  folded?: readonly string[];
}

function byLimit(value: number, limit: number): HealthStatus {
  if (value >= limit) return 'red';
  return value >= limit * WARN_SHARE ? 'amber' : 'green';
}

function listLines(list: ListFacts): HealthLine[] {
  if (!list.exists) return [{ kind: 'list', status: 'red', subject: list.title, values: [] }];
  const missing = list.requiredIndexes.filter((f) => !list.indexedFields.includes(f));
  const lines: HealthLine[] = [
    list.uniqueScopes === undefined
      ? { kind: 'uniqueScopes', status: 'amber', subject: list.title, values: ['', String(UNIQUE_SCOPES_LIMIT)] }
      : {
          kind: 'uniqueScopes',
          status: byLimit(list.uniqueScopes, UNIQUE_SCOPES_LIMIT),
          subject: list.title,
          values: [String(list.uniqueScopes), String(UNIQUE_SCOPES_LIMIT)]
        }
  ];
  // Past the threshold, only indexed queries work: a big list without its indexes is red, a big one with them is fine.
  const big = list.itemCount >= LIST_VIEW_THRESHOLD * WARN_SHARE;
  lines.push({
    kind: 'itemCount',
    status: big && missing.length > 0 ? 'amber' : 'green',
    subject: list.title,
    values: [String(list.itemCount), String(LIST_VIEW_THRESHOLD)]
  });
  if (missing.length > 0) {
    const status: HealthStatus = list.itemCount >= LIST_VIEW_THRESHOLD ? 'red' : 'amber';
    lines.push({ kind: 'indexes', status, subject: list.title, values: [missing.join(', ')] });
  }
  return lines;
}

/** The lines of a health check, in the order the IT lead reads them. */
export function healthLines(facts: HealthFacts): HealthLine[] {
  const { installed, expected, pendingSteps } = facts.schema;
  const schemaStatus: HealthStatus =
    installed === expected && pendingSteps.length === 0 ? 'green' : installed === undefined || installed < expected ? 'red' : 'amber';
  return [
    { kind: 'site', status: 'green', subject: facts.siteUrl, values: [facts.packageVersion] },
    {
      kind: 'schema',
      status: schemaStatus,
      subject: String(expected),
      values: [installed === undefined ? '' : String(installed), pendingSteps.join(', ')]
    },
    ...facts.lists.flatMap(listLines),
    ...facts.rights.map((r): HealthLine => ({ kind: 'right', status: r.held ? 'green' : 'red', subject: r.right, values: [] })),
    ...facts.groups.map((g): HealthLine => ({
      kind: 'groupOwner',
      status: g.ownedByAdmins ? 'green' : 'red',
      subject: g.title,
      values: [g.owner ?? '']
    })),
    ...facts.graph.map((p): HealthLine => ({
      kind: 'graphPermission',
      status: p.outcome === 'ok' ? 'green' : p.outcome === 'denied' ? 'red' : 'amber',
      subject: p.scope,
      values: [p.outcome]
    })),
    ...facts.mailboxes.flatMap(mailboxLines),
    {
      kind: 'teamsApp',
      status: facts.teamsApp === 'synced' ? 'green' : facts.teamsApp === 'notSynced' ? 'red' : 'amber',
      subject: '',
      values: []
    }
  ];
}

function mailboxLines(m: MailboxFacts): HealthLine[] {
  if (!m.resolvable) return [{ kind: 'mailbox', status: 'red', subject: m.name, values: [m.role] }];
  const teams: HealthStatus = m.teamsMeetings === true ? 'green' : m.teamsMeetings === false ? 'red' : 'amber';
  return [
    { kind: 'mailbox', status: 'green', subject: m.name, values: [m.role] },
    { kind: 'teamsMeetings', status: teams, subject: m.name, values: [m.role] }
  ];
}

/** The worst status among the lines: what the check as a whole says. */
export function overallStatus(lines: readonly HealthLine[]): HealthStatus {
  if (lines.some((l) => l.status === 'red')) return 'red';
  return lines.some((l) => l.status === 'amber') ? 'amber' : 'green';
}

/** A routine line: fine, or amber only because the client cannot check it. Many of these read as one. */
function routineKey(line: HealthLine): string | undefined {
  if (line.status === 'green' && (line.kind === 'itemCount' || line.kind === 'mailbox' || line.kind === 'teamsMeetings')) return `${line.kind}:green`;
  if (line.status === 'amber' && line.kind === 'uniqueScopes' && line.values[0] === '') return 'uniqueScopes:unknown';
  if (line.status === 'amber' && line.kind === 'teamsMeetings') return 'teamsMeetings:unknown';
  return undefined;
}

/**
 * Folds routine lines of one kind (green item counts, mailboxes found, Teams meetings allowed; scopes or Teams meetings
 * that could not be read from the client) into one line each, where there are two or more, so that a school of 300
 * reads a page, not 600 lines, and every line needing action still stands alone. The folded line sits where the first
 * of its kind was; its `folded` names each subject (with the item count for item counts).
 */
export function foldRoutine(lines: readonly HealthLine[]): HealthLine[] {
  const groups = new Map<string, HealthLine[]>();
  for (const line of lines) {
    const key = routineKey(line);
    if (key) groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const out: HealthLine[] = [];
  for (const line of lines) {
    const key = routineKey(line);
    const group = key ? groups.get(key) : undefined;
    if (!group || group.length < 2) out.push(line);
    else if (group[0] === line) {
      const folded = group.map((l) => (l.kind === 'itemCount' ? `${l.subject} ${l.values[0] ?? ''}`.trim() : l.subject));
      out.push({ kind: line.kind, status: line.status, subject: '', values: line.values, folded });
    }
  }
  return out;
}
