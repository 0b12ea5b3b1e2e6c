/** The site status port: whether the appraisal site is provisioned, at which schema version, and reachable. */
import type { Result } from '../../domain';
import type { DataError } from './dataError';

/** Whether the appraisal site is ready for this user. */
export type SiteStatus =
  | { kind: 'ready'; schemaVersion: number }
  | { kind: 'notSetUp' }
  | { kind: 'upgradeNeeded'; installed: number; required: number }
  | { kind: 'noAccess' };

/** Reads the state of the appraisal site (provisioned? which schema version? can this user reach it?). */
export interface SiteGateway {
  getStatus(): Promise<Result<SiteStatus, DataError>>;
}
