/** What every section of an open record needs: the draft, who is looking, whether they may edit, and the errors. */
import * as React from 'react';
import type { CycleDocument, CycleWindow, IsoDate, Party, StaffCategory } from '../../domain';
import type { ErrorFor } from './draft/fieldErrors';

/** The open record as sections see it. */
export interface RecordContextValue {
  doc: CycleDocument;
  cycle: CycleWindow;
  /** The signed-in person's part in this record; `viewer` for administrators reading it. */
  party: Party | 'viewer';
  /** False while the stage is frozen for agreement, or for viewers. */
  editable: boolean;
  category: StaffCategory | undefined;
  /** The person's current job description, from the roster (EA-JD): shown at the final review. */
  jobDescriptionUrl?: string;
  today: IsoDate;
  errorFor: ErrorFor;
  edit(update: (doc: CycleDocument) => CycleDocument): void;
  newId(prefix: string): string;
  /** When SharePoint last saw the record change, and who changed it, for a record changed since it was agreed. */
  lastChanged?: { at: string; byName?: string };
}

/** Provided by CycleRecordView around each stage. */
export const RecordContext = React.createContext<RecordContextValue | undefined>(undefined);

/** The open record; only inside CycleRecordView. */
export function useRecord(): RecordContextValue {
  const value = React.useContext(RecordContext);
  if (!value) throw new Error('useRecord outside CycleRecordView');
  return value;
}

/** Whether `party` may write a part that belongs to `owner` ('both' for shared parts). */
export function mayWrite(ctx: RecordContextValue, owner: Party | 'both'): boolean {
  return ctx.editable && ctx.party !== 'viewer' && (owner === 'both' || owner === ctx.party);
}
