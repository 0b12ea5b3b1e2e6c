import { directoryId, ok, type Result } from '../../../src/domain';
import type { DataError, DirectoryGateway, DirectoryPerson } from '../../../src/data/ports';
import personas from '../../../fixtures/tenant/personas.json';

/** The seeded school's members as DirectoryPersons (the guest governor is not one: Entra's import asks for members). */
export function seededPeople(): DirectoryPerson[] {
  const byUpn = new Map(personas.people.map((p) => [p.upn, p.id]));
  return personas.people.filter((p) => p.userType !== 'Guest').map((p) => ({
    id: directoryId(p.id), upn: p.upn, displayName: p.displayName, jobTitle: p.jobTitle,
    managerId: p.reviewerUpn ? directoryId(byUpn.get(p.reviewerUpn) as string) : undefined
  }));
}

/** A directory over a fixed list of people. */
export class MemoryDirectory implements DirectoryGateway {
  constructor(private readonly people: DirectoryPerson[] = seededPeople()) {}

  async findByUpns(upns: readonly string[]): Promise<Result<Map<string, DirectoryPerson>, DataError>> {
    const wanted = new Set(upns.map((u) => u.toLowerCase()));
    return ok(new Map(this.people.filter((p) => wanted.has(p.upn.toLowerCase())).map((p) => [p.upn.toLowerCase(), p])));
  }

  async listPeopleWithManagers(): Promise<Result<DirectoryPerson[], DataError>> {
    return ok(this.people);
  }
}
