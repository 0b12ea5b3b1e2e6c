export { LazyCycleRecordView } from './LazyCycleRecordView';
export type { CycleRecordViewProps } from './CycleRecordView';
