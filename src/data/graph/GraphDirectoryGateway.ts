/** DirectoryGateway over Microsoft Graph: people and their managers from Entra ID. */
import type { Client } from '@microsoft/microsoft-graph-client';
import { directoryId, fail, ok, type Result } from '../../domain';
import type { DataError, DirectoryGateway, DirectoryPerson } from '../ports';
import { graphDataError } from './graphErrors';
import { odataString } from '../odataLiteral';
import { graphQueryValue } from './graphQuery';

interface GraphUser {
  id: string;
  userPrincipalName: string;
  mail?: string | null;
  displayName: string;
  jobTitle?: string | null;
  manager?: { id: string } | null;
}

interface GraphPage {
  value: GraphUser[];
  '@odata.nextLink'?: string;
}

const SELECT = 'id,userPrincipalName,mail,displayName,jobTitle';
/** Graph's `in` operator takes at most 15 values per filter. */
const IN_LIMIT = 15;
/** Graph's JSON batch takes at most 20 requests. */
const BATCH_LIMIT = 20;
/**
 * With `$expand`, Graph answers directory objects at most 100 a page whatever `$top` asks (Graph known issue 13635:
 * "$expand on directory objects returns a maximum of 100 objects"), so ask for 100 and follow @odata.nextLink.
 */
const EXPAND_PAGE = 100;

interface BatchAnswer {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** What the refused parts of a batch mean together: throttled (the longest wait) if any was, else the first error. */
function batchRefusal(refused: readonly BatchAnswer[]): DataError {
  const header = (r: BatchAnswer): string | undefined =>
    Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  const throttled = refused.filter((r) => r.status === 429 || r.status === 503);
  if (throttled.length)
    return { code: 'throttled', retryAfterSeconds: Math.max(...throttled.map((r) => Number(header(r) ?? 0))) || undefined };
  const error = (refused[0].body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return graphDataError({ statusCode: refused[0].status, code: error?.code, message: error?.message });
}

function toPerson(u: GraphUser): DirectoryPerson {
  return {
    id: directoryId(u.id),
    upn: u.userPrincipalName.toLowerCase(),
    ...(u.mail ? { mail: u.mail.toLowerCase() } : {}),
    displayName: u.displayName,
    jobTitle: u.jobTitle ?? undefined,
    managerId: u.manager?.id ? directoryId(u.manager.id) : undefined
  };
}


/** Reads users; depends only on the client's `api`, so SPFx's MSGraphClientV3 and a local client both fit. */
export class GraphDirectoryGateway implements DirectoryGateway {
  constructor(private readonly graph: Pick<Client, 'api'>) {}

  /**
   * Looks people up 15 UPNs per `in` filter, 20 filters per JSON batch (Graph's limits: learn.microsoft.com/graph/
   * json-batching), so 5,000 rows cost 17 round trips. Graph judges each request of a batch on its own: a part
   * throttled (429) makes the whole lookup answer `throttled` with the longest Retry-After, for the caller to retry.
   */
  async findByUpns(upns: readonly string[]): Promise<Result<Map<string, DirectoryPerson>, DataError>> {
    try {
      const found = new Map<string, DirectoryPerson>();
      const filters: string[] = [];
      for (let i = 0; i < upns.length; i += IN_LIMIT) {
        const chunk = upns.slice(i, i + IN_LIMIT).map((u) => odataString(u.toLowerCase()));
        filters.push(`/users?$select=${SELECT}&$filter=${graphQueryValue(`userPrincipalName in (${chunk.join(',')})`)}&$top=${IN_LIMIT}`);
      }
      for (let i = 0; i < filters.length; i += BATCH_LIMIT) {
        const requests = filters.slice(i, i + BATCH_LIMIT).map((url, n) => ({ id: String(n + 1), method: 'GET', url }));
        const answer = (await this.graph.api('/$batch').post({ requests })) as { responses: BatchAnswer[] };
        const refused = answer.responses.filter((r) => r.status >= 400);
        if (refused.length) return fail(batchRefusal(refused));
        for (const r of answer.responses)
          for (const user of (r.body as GraphPage).value) found.set(user.userPrincipalName.toLowerCase(), toPerson(user));
      }
      return ok(found);
    } catch (error) {
      return fail(graphDataError(error));
    }
  }

  async listPeopleWithManagers(): Promise<Result<DirectoryPerson[], DataError>> {
    try {
      const people: DirectoryPerson[] = [];
      let page: GraphPage = await this.graph
        .api('/users')
        .select(SELECT)
        .expand('manager($select=id)')
        // Members only: an invited guest (a parent governor, say) is in the directory too, but never on the staff
        // roster. userType supports eq in a default query (learn.microsoft.com/graph/aad-advanced-queries).
        .filter(graphQueryValue("accountEnabled eq true and userType eq 'Member'"))
        .top(EXPAND_PAGE)
        .get();
      people.push(...page.value.map(toPerson));
      while (page['@odata.nextLink']) {
        page = await this.graph.api(page['@odata.nextLink']).get();
        people.push(...page.value.map(toPerson));
      }
      return ok(people.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB')));
    } catch (error) {
      return fail(graphDataError(error));
    }
  }
}
