import type { OpenDisagreement, Result } from '../../domain';
import type { DataError } from './dataError';

/** Disagreements the reviewer has not answered yet, from the parties' own signature folders (administrators). */
export interface DisagreementReader {
  open(): Promise<Result<OpenDisagreement[], DataError>>;
}
