/** Reading a securable object's role assignments: shared by the permission, custody and folder-grant steps. */
import '@pnp/sp/security';
import type { IRoleAssignments } from '@pnp/sp/security';

/** A role assignment as read with its bindings and member. */
export interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
  Member?: { PrincipalType: number };
}

/** A list, folder or item whose permissions a step reads or changes. */
export interface Securable {
  roleAssignments: IRoleAssignments;
}

/** The securable object's assignments with their bindings and whether each principal is a user or a group. */
export function readAssignments(target: Securable): Promise<Assignment[]> {
  return target.roleAssignments
    .expand('RoleDefinitionBindings', 'Member')
    .select('PrincipalId', 'RoleDefinitionBindings/Id', 'Member/PrincipalType')<Assignment[]>();
}
