import type { Result } from '../../domain';
import type { DataError } from './dataError';
import type { PeopleRecords } from './recordsReader';

/** Everyone's records for one cycle, for reports and monitoring. Administrators only: anyone else gets `accessDenied`. */
export interface ReportSource {
  /** Every person on the roster with a cycle record labelled `cycleLabel`, with that cycle and their meetings, and the items left out. */
  everyone(cycleLabel: string): Promise<Result<PeopleRecords, DataError>>;
}
