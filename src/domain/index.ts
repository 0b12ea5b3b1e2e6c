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
export * from './circumstances';
export * from './informalSupport';
export * from './cycle';
export * from './schoolDays';
export * from './reviewRequest';
export * from './searchFold';
export { meetingKey, recordKey, reportKey, stageRef, type RecordKey } from './keys';
export * from './safeLink';
export * from './deepLink';
// Reminders (issue 15) are imported from './reminders' directly: only the admin Reminders chunk uses them.
export * from './retention';
export * from './subjectAccess';
export * from './privateNotes';
export * from './health/healthCheck';
export * from './londonTime';
export * from './records';
