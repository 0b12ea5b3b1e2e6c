import * as strings from 'AppraisalAdminWebPartStrings';
import type { ProvisioningRights, ProvisioningStep } from '../../../../data/ports';
import { format } from '../../../../components/format';

/** The plain-English label of a set-up step. */
export function stepText(step: ProvisioningStep): string {
  switch (step.kind) {
    case 'list':
      return format(strings.StepList, step.target);
    case 'fields':
      return format(strings.StepFields, step.target);
    case 'groups':
      return strings.StepGroups;
    case 'listPermissions':
      return format(strings.StepListPermissions, step.target);
    case 'sitePermissions':
      return strings.StepSitePermissions;
    case 'settings':
      return strings.StepSettings;
    case 'roleDefinitions':
      return format(strings.StepRoleDefinitions, step.target);
    case 'listGrants':
      return format(strings.StepListGrants, step.target);
    case 'folderGrants':
      return format(strings.StepFolderGrants, step.target);
    case 'sharing':
      return strings.StepSharing;
    case 'groupOwners':
      return strings.StepGroupOwners;
    case 'content':
      return format(strings.StepSeedFrameworks, step.target);
    case 'migration':
      return format(step.id === 'migrate:roster' ? strings.StepMigrateRoster : strings.StepMigrateSignatures, step.target);
    default: {
      const unreachable: never = step.kind;
      return String(unreachable);
    }
  }
}

/** The plain-English name of a missing right. */
export function rightText(right: ProvisioningRights['missing'][number]): string {
  switch (right) {
    case 'manageWeb':
      return strings.RightManageWeb;
    case 'manageLists':
      return strings.RightManageLists;
    case 'managePermissions':
      return strings.RightManagePermissions;
    default: {
      const unreachable: never = right;
      return String(unreachable);
    }
  }
}
