/** Governors in memory: people known by email, as the directory would know them. */
import { fail, ok, type Result } from '../../../src/domain';
import type { DataError, GovernorMember, GovernorMembership } from '../../../src/data/ports';

/** Starts with the given members; `known` are the emails the directory can find. */
export class MemoryGovernorMembership implements GovernorMembership {
  constructor(public members: GovernorMember[] = [], private readonly known: Record<string, string> = {}) {}

  async list(): Promise<Result<GovernorMember[], DataError>> {
    return ok([...this.members]);
  }

  async add(email: string): Promise<Result<GovernorMember, DataError>> {
    const name = this.known[email.toLowerCase()];
    if (!name) return fail({ code: 'notFound' });
    const added = { id: this.members.length + 100, name, email };
    this.members.push(added);
    return ok(added);
  }

  async remove(id: number): Promise<Result<void, DataError>> {
    this.members = this.members.filter((m) => m.id !== id);
    return ok(undefined);
  }
}
