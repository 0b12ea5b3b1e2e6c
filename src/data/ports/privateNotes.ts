/** The private notes port: a reviewer's own notes about a person, never part of the record. */
import type { IsoDate, Result } from '../../domain';
import type { DataError } from './dataError';

/** A reviewer's private note about a person (DOMAIN §5): never part of the record or any copy of it. */
export interface PrivateNote {
  id: number;
  staffKey: string;
  cycleLabel: string;
  text: string;
  writtenAt: string;
}

/** What a reviewer writes. */
export interface NewPrivateNote {
  staffKey: string;
  cycleLabel: string;
  text: string;
  retainUntil: IsoDate;
}

/** The signed-in reviewer's own private notes. SharePoint shows each author only their own, until custody. */
export interface PrivateNotesStore {
  /** The signed-in person's notes about `staffKey`, oldest first. */
  mine(staffKey: string): Promise<Result<PrivateNote[], DataError>>;
  add(note: NewPrivateNote): Promise<Result<PrivateNote, DataError>>;
}
