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
  displayName: string;
  jobTitle?: string | null;
  manager?: { id: string } | null;
}

interface GraphPage {
  value: GraphUser[];
  '@odata.nextLink'?: string;
}

const SELECT = 'id,userPrincipalName,displayName,jobTitle';
/** Graph's `in` operator takes at most 15 values per filter. */
const IN_LIMIT = 15;

function toPerson(u: GraphUser): DirectoryPerson {
  return {
    id: directoryId(u.id), upn: u.userPrincipalName.toLowerCase(), displayName: u.displayName,
    jobTitle: u.jobTitle ?? undefined, managerId: u.manager?.id ? directoryId(u.manager.id) : undefined
  };
}


/** Reads users; depends only on the client's `api`, so SPFx's MSGraphClientV3 and a local client both fit. */
export class GraphDirectoryGateway implements DirectoryGateway {
  constructor(private readonly graph: Pick<Client, 'api'>) {}

  async findByUpns(upns: readonly string[]): Promise<Result<Map<string, DirectoryPerson>, DataError>> {
    try {
      const found = new Map<string, DirectoryPerson>();
      for (let i = 0; i < upns.length; i += IN_LIMIT) {
        const chunk = upns.slice(i, i + IN_LIMIT).map((u) => odataString(u.toLowerCase()));
        const page: GraphPage = await this.graph.api('/users').select(SELECT).filter(graphQueryValue(`userPrincipalName in (${chunk.join(',')})`)).top(IN_LIMIT).get();
        for (const user of page.value) found.set(user.userPrincipalName.toLowerCase(), toPerson(user));
      }
      return ok(found);
    } catch (error) {
      return fail(graphDataError(error));
    }
  }

  async listPeopleWithManagers(): Promise<Result<DirectoryPerson[], DataError>> {
    try {
      const people: DirectoryPerson[] = [];
      let page: GraphPage = await this.graph.api('/users').select(SELECT).expand('manager($select=id)').filter(graphQueryValue('accountEnabled eq true')).top(999).get();
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
