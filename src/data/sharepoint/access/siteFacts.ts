/**
 * What a bulk run reads once at its start, in one `$batch` with its own reads: the lists' root folders, the site's role
 * definitions, the Appraisal Users group and its members, and the site's users (their ids by UPN).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-users';
import '@pnp/sp/site-groups';
import { GROUPS, LISTS } from '../schema';
import { roleIdsFrom, type RoleIds } from '../roleIds';

/** The lists a person's containers live in. */
export type FolderList = 'records' | 'evidence' | 'signatures';

/** One run's knowledge of the site: read at the start, added to by its own writes. */
export interface SiteFacts {
  roots: Record<FolderList, string>;
  roleIds: RoleIds;
  groupId: number;
  /** Site user ids by lower-case UPN. */
  userIds: Map<string, number>;
  /** Ids of Appraisal Users' members. */
  members: Set<number>;
}

/** Queues the reads on a batched SPFI; the promise settles once the batch has been executed. */
export function readSiteFacts(b: SPFI): Promise<SiteFacts> {
  const root = (key: FolderList): Promise<string> =>
    b.web.lists
      .getByTitle(LISTS[key].title)
      .rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
      .then((f) => f.ServerRelativeUrl);
  const group = b.web.siteGroups.getByName(GROUPS.users.title);
  const reads = Promise.all([
    root('records'),
    root('evidence'),
    root('signatures'),
    b.web.roleDefinitions.select('Id', 'Name')<Array<{ Id: number; Name: string }>>(),
    group.select('Id')<{ Id: number }>(),
    group.users.select('Id')<Array<{ Id: number }>>(),
    b.web.siteUsers.select('Id', 'UserPrincipalName')<Array<{ Id: number; UserPrincipalName: string | null }>>()
  ]);
  return reads.then(([records, evidence, signatures, defs, { Id: groupId }, members, users]) => ({
    roots: { records, evidence, signatures },
    roleIds: roleIdsFrom(defs),
    groupId,
    userIds: new Map(users.filter((u) => u.UserPrincipalName).map((u) => [String(u.UserPrincipalName).toLowerCase(), u.Id])),
    members: new Set(members.map((m) => m.Id))
  }));
}

/** Reads the site's facts alone, in one round trip. */
export async function siteFacts(sp: SPFI): Promise<SiteFacts> {
  const [b, execute] = sp.batched({ maxRequests: 100 });
  const facts = readSiteFacts(b);
  facts.catch(() => undefined);
  await execute();
  return facts;
}
