/** The directory port: people in the tenant's directory (Entra ID, read through Microsoft Graph). */
import type { DirectoryId, Result } from '../../domain';
import type { DataError } from './dataError';

/** A person in the tenant's directory (Entra ID). */
export interface DirectoryPerson {
  id: DirectoryId;
  upn: string;
  /** Entra ID `mail`: the mailbox's SMTP address, which may differ from the UPN (absent: no mailbox address known). */
  mail?: string;
  displayName: string;
  jobTitle: string | undefined;
  /** The directory's manager attribute, which becomes the reviewer on import. */
  managerId: DirectoryId | undefined;
}

/** Reads people from the directory (Microsoft Graph in a tenant). */
export interface DirectoryGateway {
  /** The people with these UPNs (keys lower-case); unknown UPNs are simply absent. */
  findByUpns(upns: readonly string[]): Promise<Result<Map<string, DirectoryPerson>, DataError>>;
  /** Everyone with an enabled account, with their manager, for importing the roster from Entra ID. */
  listPeopleWithManagers(): Promise<Result<DirectoryPerson[], DataError>>;
}
