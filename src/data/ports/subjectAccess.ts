/** The subject access port: everything the product holds about one person, gathered for a subject access request. */
import type { Result } from '../../domain';
import type { DataError } from './dataError';

/** One item about a person, as a subject-access bundle holds it: where it is, its keys and its content. */
export interface PersonItem {
  list: string;
  itemId: number;
  ref: string;
  kind: string;
  /** Which part of the product holds it. */
  source: 'roster' | 'record' | 'signature' | 'evidence' | 'supportPlan' | 'privateNote' | 'hold' | 'audit';
  created: string;
  modified: string;
  /** Key columns and the parsed content (the JSON Payload, when the item has one). */
  fields: Record<string, unknown>;
  /** Files (evidence): the name and bytes. */
  file?: { name: string; bytes: Uint8Array };
}

/** Everything the product holds about one person, read for a subject access request (private notes included). */
export interface SubjectAccessSource {
  /** In bundle order: roster entry, records, signatures, evidence, support plans, private notes, holds, audit; oldest first in each. */
  gather(staffKey: string, onProgress: (done: number, total: number) => void): Promise<Result<PersonItem[], DataError>>;
}
