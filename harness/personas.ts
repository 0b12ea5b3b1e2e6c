/** The switcher's people, read from the one source: fixtures/tenant/personas.json. */
import personas from '../fixtures/tenant/personas.json';

/** A person the workbench can sign in as. */
export interface Persona {
  id: string;
  upn: string;
  displayName: string;
  jobTitle: string;
  roles: string[];
}

const domain = personas.people[0].upn.split('@')[1];

/**
 * The trust's people, who exist once the tenant is reset with seed=trust (fixtures/tenant/trustSchools.ts gives them
 * these ids): the trust administrator, a trust board member, and the governor of one school site (not on the board).
 */
const TRUST_PERSONAS: Persona[] = [
  { id: '00000000-0000-4000-b000-000000000001', upn: `trust.admin@${domain}`, displayName: 'Trust Administrator', jobTitle: 'Trust central team (seed=trust)', roles: ['trust'] },
  { id: '00000000-0000-4000-b000-000000000002', upn: `trust.board@${domain}`, displayName: 'Trust Board Member', jobTitle: 'Trust board (seed=trust)', roles: ['trust'] },
  { id: '00000000-0000-4000-b100-000000000001', upn: `governor.s01@${domain}`, displayName: 'Governor of school-01', jobTitle: 'School governor, not on the trust board (seed=trust)', roles: ['trust'] }
];

/** Everybody in the seeded school, sorted by role group then name (en-GB collation), then the trust's people. */
export const PERSONAS: Persona[] = [
  ...personas.people
    .map((p) => ({ id: p.id, upn: p.upn, displayName: p.displayName, jobTitle: p.jobTitle, roles: p.roles }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB')),
  ...TRUST_PERSONAS
];

/** The persona the workbench starts as: the HR administrator (the first person to use a new site). */
export const DEFAULT_UPN = personas.people.find((p) => p.roles.includes('hrAdmin'))?.upn ?? PERSONAS[0].upn;

/** The role group a persona is listed under in the switcher. */
export function roleGroup(persona: Persona): string {
  if (persona.roles.includes('trust')) return 'Trust (reset with seed=trust)';
  if (persona.roles.includes('head') || persona.roles.includes('hrAdmin')) return 'Headteacher and HR';
  if (persona.roles.includes('governor')) return 'Governors';
  if (persona.roles.includes('reviewer')) return 'Reviewers';
  return 'Staff';
}
