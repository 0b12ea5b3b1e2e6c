/**
 * The health check's port (issue 13): gathers, with reads only, the facts the domain's rules judge
 * (src/domain/health/healthCheck.ts). It must make no write: the IT lead runs it in the live tenant.
 */
import type { HealthFacts, Result } from '../../domain';
import type { DataError } from './dataError';

export interface HealthFactsSource {
  /** Reads the site, its lists, groups and rights, probes each Graph permission and each mailbox; writes nothing. */
  gather(): Promise<Result<HealthFacts, DataError>>;
}
