/** The subject access log port: the requests, who produced each bundle, and the redaction decisions. */
import type { RedactionDecision, Result, SubjectAccessRequest } from '../../domain';
import type { DataError } from './dataError';

/** A bundle production, as the request log keeps it. */
export interface BundleProduction {
  requestKey: string;
  producedBy: string;
  producedAt: string;
  entries: number;
  flagged: number;
}

/** Subject access requests: the log, who produced each bundle, and the redaction decisions. */
export interface SubjectAccessLog {
  list(): Promise<Result<SubjectAccessRequest[], DataError>>;
  log(request: SubjectAccessRequest): Promise<Result<void, DataError>>;
  recordProduction(production: BundleProduction): Promise<Result<void, DataError>>;
  recordDecision(requestKey: string, decision: RedactionDecision): Promise<Result<void, DataError>>;
  decisions(requestKey: string): Promise<Result<RedactionDecision[], DataError>>;
}
