/** The provisioning port: setting up and upgrading the appraisal site one idempotent step at a time. */
import type { Result } from '../../domain';
import type { DataError } from './dataError';

/** One idempotent step of setting up the site; `target` names the list or group it works on. */
export interface ProvisioningStep {
  id: string;
  kind:
    | 'list'
    | 'fields'
    | 'groups'
    | 'roleDefinitions'
    | 'listPermissions'
    | 'sitePermissions'
    | 'settings'
    | 'listGrants'
    | 'folderGrants'
    | 'sharing'
    | 'migration'
    | 'groupOwners'
    | 'content';
  target: string;
}

/** Whether the signed-in user may set up the site, and which rights they lack if not. */
export interface ProvisioningRights {
  canProvision: boolean;
  missing: Array<'manageWeb' | 'manageLists' | 'managePermissions'>;
}

/** Sets up (and upgrades) the appraisal site: lists, fields, indexes, groups, permissions, settings. */
export interface SiteProvisioner {
  checkRights(): Promise<Result<ProvisioningRights, DataError>>;
  /** The steps not yet recorded as done on this site, in order. */
  pendingSteps(): Promise<Result<ProvisioningStep[], DataError>>;
  /** Runs one step; running a step again changes nothing. Records it as done. */
  runStep(step: ProvisioningStep): Promise<Result<void, DataError>>;
  /** Records that every step of this schema version is done. */
  finish(): Promise<Result<void, DataError>>;
}
