import * as React from 'react';
import * as strings from 'CommonStrings';
import type { PublishedTable } from '../../domain';
import { groupText, populationText, tableCaption } from './reportText';
import { ReportGrid } from './ReportGrid';

/** Props of ReportTable. */
export interface ReportTableProps {
  table: PublishedTable;
  k: number;
}

/** One table of a school's report: a row per group, and the whole school. */
export const ReportTable: React.FC<ReportTableProps> = ({ table, k }) => (
  <ReportGrid
    caption={tableCaption(table)}
    rowHeading={strings.ReportColGroup}
    columns={table.columns}
    rows={table.rows.map((r) => ({ key: r.group, label: groupText(r.group), cells: r.cells, total: r.total }))}
    totals={table.totals ? { key: 'totals', label: strings.ReportRowTotal, ...table.totals } : undefined}
    footnote={populationText(table)}
    k={k}
  />
);
