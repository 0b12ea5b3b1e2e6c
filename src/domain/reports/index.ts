export * from './types';
export { pinnedCells, type HiddenMask, type PinnedCell } from './audit';
export { suppressTable, columnTotalsOf, rowTotalsOf, type CountTable } from './suppression';
export { groupingFor, groupOf, type Grouping } from './grouping';
export { MEASURES, inPopulation, coarsened, type Measure } from './measures';
export { BREAKDOWN_DIMENSIONS } from './dimensions';
export { equalityFlags, publishableFlags } from './equality';
export { buildGovernorReport, buildAuditedReport, auditTable, inScope, COARSE_BELOW, type ReportAudit } from './buildReport';
export {
  buildTrustReport,
  trustReturnOf,
  type TrustReturn,
  type TrustSchool,
  type TrustReportSnapshot,
  type TrustTable,
  type TrustRow
} from './trust';
export { normaliseSiteUrl, parseTrustSites } from './trustSites';
