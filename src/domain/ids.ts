/** Branded identifiers: a StaffId can never be passed where a CycleId is expected. */

/** A staff member's neutral id (also the name of their records folder). Never a name or an email. */
export type StaffId = string & { readonly brand: 'StaffId' };
/** One appraisal cycle of one appraisee, e.g. "S0007-2026". */
export type CycleId = string & { readonly brand: 'CycleId' };
/** An objective within a cycle. */
export type ObjectiveId = string & { readonly brand: 'ObjectiveId' };
/** A meeting (stage meeting or one-to-one). */
export type MeetingId = string & { readonly brand: 'MeetingId' };
/** A directory (Entra ID) object id: how people are identified, so records survive a change of name. */
export type DirectoryId = string & { readonly brand: 'DirectoryId' };

/** Brands a string as a StaffId (at the edges: mappers and builders). */
export const staffId = (value: string): StaffId => value as StaffId;
/** Brands a string as a CycleId. */
export const cycleId = (value: string): CycleId => value as CycleId;
/** Brands a string as an ObjectiveId. */
export const objectiveId = (value: string): ObjectiveId => value as ObjectiveId;
/** Brands a string as a MeetingId. */
export const meetingId = (value: string): MeetingId => value as MeetingId;
/** Brands a string as a DirectoryId. */
export const directoryId = (value: string): DirectoryId => value as DirectoryId;
