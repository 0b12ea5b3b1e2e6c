/** The governors port: who may read published governor reports (the Appraisal Governors group). */
import type { Result } from '../../domain';
import type { DataError } from './dataError';

/** Someone in the Appraisal Governors group. */
export interface GovernorMember {
  /** SharePoint's site user id, used to remove them. */
  id: number;
  name: string;
  email: string;
}

/** Who may read published governor reports (the Appraisal Governors group). Administrators only change it. */
export interface GovernorMembership {
  list(): Promise<Result<GovernorMember[], DataError>>;
  /** Adds a person by email or user principal name; `notFound` when the directory has no such person. */
  add(email: string): Promise<Result<GovernorMember, DataError>>;
  remove(id: number): Promise<Result<void, DataError>>;
}
