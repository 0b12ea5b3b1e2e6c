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

/** Everybody in the seeded school, sorted by role group then name (en-GB collation). */
export const PERSONAS: Persona[] = personas.people
  .map((p) => ({ id: p.id, upn: p.upn, displayName: p.displayName, jobTitle: p.jobTitle, roles: p.roles }))
  .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));

/** The persona the workbench starts as: the HR administrator (the first person to use a new site). */
export const DEFAULT_UPN = personas.people.find((p) => p.roles.includes('hrAdmin'))?.upn ?? PERSONAS[0].upn;

/** The role group a persona is listed under in the switcher. */
export function roleGroup(persona: Persona): string {
  if (persona.roles.includes('head') || persona.roles.includes('hrAdmin')) return 'Headteacher and HR';
  if (persona.roles.includes('governor')) return 'Governors';
  if (persona.roles.includes('reviewer')) return 'Reviewers';
  return 'Staff';
}
