export * from './buildRecordDocument';
export * from './recordCopyLabels';
