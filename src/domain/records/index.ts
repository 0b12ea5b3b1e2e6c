/** Read models the ports return, with the rules that read them (so no layer above slices or orders them itself). */
export * from './cycleRecordSummary';
export * from './meetingRecord';
