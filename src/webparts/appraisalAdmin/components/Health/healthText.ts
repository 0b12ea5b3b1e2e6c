/** The health check's lines in words: what each says and, when not green, what to do; and the plain-text report. */
import * as strings from 'AppraisalAdminWebPartStrings';
import type { HealthLine, HealthStatus } from '../../../../domain';
import { format } from '../../../../components/format';

const role = (r: string | undefined): string => (r === 'reviewer' ? strings.HealthRoleReviewer : strings.HealthRoleAppraisee);

/** One line's sentence, in the page's language. */
export function lineText(line: HealthLine): string {
  if (line.folded) return foldedText(line, line.folded);
  const [a = '', b = ''] = line.values;
  const good = line.status === 'green';
  switch (line.kind) {
    case 'site':
      return format(strings.HealthSite, line.subject, a);
    case 'schema':
      return good ? format(strings.HealthSchemaOk, line.subject) : format(strings.HealthSchemaFix, line.subject, a || '-', b || '-');
    case 'list':
      return format(strings.HealthListMissing, line.subject);
    case 'uniqueScopes':
      return a === ''
        ? format(strings.HealthScopesUnknown, line.subject, b)
        : format(good ? strings.HealthScopes : strings.HealthScopesFix, line.subject, a, b);
    case 'itemCount':
      return format(good ? strings.HealthItems : strings.HealthItemsFix, line.subject, a, b);
    case 'indexes':
      return format(strings.HealthIndexesFix, line.subject, a);
    case 'right':
      return format(good ? strings.HealthRightOk : strings.HealthRightFix, line.subject);
    case 'groupOwner':
      return good ? format(strings.HealthGroupOk, line.subject) : format(strings.HealthGroupFix, line.subject, a || '-');
    case 'graphPermission':
      return format(
        good ? strings.HealthGraphOk : line.status === 'red' ? strings.HealthGraphDenied : strings.HealthGraphFailed,
        line.subject
      );
    case 'mailbox':
      return format(good ? strings.HealthMailboxOk : strings.HealthMailboxFix, line.subject, role(a));
    case 'teamsMeetings':
      return format(
        good ? strings.HealthTeamsOk : line.status === 'red' ? strings.HealthTeamsFix : strings.HealthTeamsUnknown,
        line.subject
      );
    case 'teamsApp':
      return good ? strings.HealthTeamsAppOk : line.status === 'red' ? strings.HealthTeamsAppFix : strings.HealthTeamsAppUnknown;
  }
}

/** A line folding many routine ones (foldRoutine): how many, and each named. */
function foldedText(line: HealthLine, folded: readonly string[]): string {
  const names = folded.join(', ');
  const n = String(folded.length);
  switch (line.kind) {
    case 'itemCount':
      return format(strings.HealthItemsMany, names, line.values[1] ?? '');
    case 'uniqueScopes':
      return format(strings.HealthScopesUnknownMany, n, line.values[1] ?? '', names);
    case 'mailbox':
      return format(strings.HealthMailboxesOk, n, names);
    case 'teamsMeetings':
      return format(line.status === 'green' ? strings.HealthTeamsManyOk : strings.HealthTeamsManyUnknown, n, names);
    default:
      return names;
  }
}

export function statusWord(status: HealthStatus): string {
  return status === 'green' ? strings.HealthGreen : status === 'amber' ? strings.HealthAmber : strings.HealthRed;
}

export function overallText(status: HealthStatus): string {
  return status === 'green' ? strings.HealthOverallGreen : status === 'amber' ? strings.HealthOverallAmber : strings.HealthOverallRed;
}

/** The report as plain text, for the clipboard: a heading, the verdict, then one line each. */
export function reportText(lines: readonly HealthLine[], overall: HealthStatus, when: string): string {
  return [`${strings.HealthReportTitle} (${when})`, `${statusWord(overall)}: ${overallText(overall)}`, '',
    ...lines.map((l) => `[${statusWord(l.status)}] ${lineText(l)}`)].join('\n');
}
