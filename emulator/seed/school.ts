/** The seeded school: the directory from personas.json, and a tenant built over it. */
import personas from './personas.json';
import type { DirectoryState, DirectoryUser } from '../core/directory';
import { createTenantState, type TenantState } from '../core/state';

/** The people of Riverside Primary School as the emulator's directory. */
export function seedDirectory(): DirectoryState {
  return {
    domain: personas.tenant.domain,
    schoolName: personas.tenant.schoolName,
    timeZone: personas.tenant.timeZone,
    users: personas.people.map((p) => ({ ...p, roles: [...p.roles] }) as DirectoryUser)
  };
}

/** A fresh tenant for the seeded school. */
export function seedTenant(): TenantState {
  return createTenantState(seedDirectory());
}
