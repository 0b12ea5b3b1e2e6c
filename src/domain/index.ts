/** The appraisal domain: pure rules with no UI, SPFx, PnPjs or I/O. The only import path for other layers. */
export * from './result';
export * from './ids';
export * from './isoDate';
export * from './staff';
export * from './schemeSettings';
export * from './reports';
export * from './roster';
export * from './booking';
export * from './cycleWindow';
export * from './stageDates';
export * from './cycle';
export * from './schoolDays';
export { meetingKey, recordKey, reportKey, stageRef, type RecordKey } from './keys';
export * from './safeLink';
export * from './retention';
export * from './subjectAccess';
export * from './privateNotes';
