export { GovernorReportView, type GovernorReportViewProps } from './GovernorReportView';
