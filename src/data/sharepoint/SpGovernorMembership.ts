/** GovernorMembership over SharePoint: the Appraisal Governors group, whose members may read GovernorReports only. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import type { ISiteUsers } from '@pnp/sp/site-users';
import { fail, type Result } from '../../domain';
import type { DataError, GovernorMember, GovernorMembership } from '../ports';
import { GROUPS } from './schema';
import { attempt, httpStatus, toDataError } from './errors';

interface SiteUser {
  Id: number;
  Title: string;
  Email: string;
}

const member = (u: SiteUser): GovernorMember => ({ id: u.Id, name: u.Title, email: u.Email });

/** Lists, adds and removes governors as an administrator (changing a group needs its owner's rights). */
export class SpGovernorMembership implements GovernorMembership {
  constructor(private readonly sp: SPFI) {}

  private get users(): ISiteUsers {
    return this.sp.web.siteGroups.getByName(GROUPS.governors.title).users;
  }

  list(): Promise<Result<GovernorMember[], DataError>> {
    return attempt(async () =>
      (await this.users.select('Id', 'Title', 'Email')<SiteUser[]>()).map(member).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    );
  }

  /**
   * Adds by the login name `ensureUser` answers, never a claim built from the typed address: a guest governor's
   * claim carries their `…#EXT#@tenant.onmicrosoft.com` UPN, not their email (MicrosoftDocs/entra-docs#926), so
   * `i:0#.f|membership|<email>` names nobody; ensureUser resolves the address to the directory's account, guests too
   * (pnp/PnP-Sites-Core#2136). The member is then found by id: a guest's Email is not the UPN either.
   */
  async add(email: string): Promise<Result<GovernorMember, DataError>> {
    try {
      const user = await this.sp.web.ensureUser(email.trim());
      await this.users.add(user.LoginName);
      const members = await this.list();
      if (!members.ok) return members;
      const added = members.value.find((m) => m.id === user.Id);
      return added ? { ok: true, value: added } : fail({ code: 'notFound' });
    } catch (error) {
      // SharePoint answers an unknown login with 500 "The specified user … could not be found".
      return fail(httpStatus(error) === 500 ? { code: 'notFound' } : toDataError(error));
    }
  }

  remove(id: number): Promise<Result<void, DataError>> {
    return attempt(async () => {
      await this.users.removeById(id);
    });
  }
}
