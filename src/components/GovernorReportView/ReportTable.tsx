import * as React from 'react';
import { mergeStyleSets, Text, useTheme, type ITheme } from '@fluentui/react';
import * as strings from 'CommonStrings';
import type { PublishedTable } from '../../domain';
import { columnText, groupText, populationText, tableCaption } from './reportText';
import { ReportCell as Cell } from './ReportCell';

/** Props of ReportTable. */
export interface ReportTableProps {
  table: PublishedTable;
  k: number;
}

const styles = (theme: ITheme): Record<'table' | 'caption' | 'cell' | 'head' | 'hidden', string> =>
  mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    cell: { border: `1px solid ${theme.palette.neutralLight}`, padding: '4px 8px', textAlign: 'right' },
    head: {
      border: `1px solid ${theme.palette.neutralLight}`,
      padding: '4px 8px',
      background: theme.palette.neutralLighter,
      textAlign: 'left'
    },
    hidden: { color: theme.semanticColors.bodySubtext }
  });

/** One published table as a semantic table: hidden cells read "[c]" and explain themselves to screen readers. */
export const ReportTable: React.FC<ReportTableProps> = ({ table, k }) => {
  const theme = useTheme();
  const c = styles(theme);
  return (
    <div>
      <table className={c.table}>
        <caption className={c.caption}>{tableCaption(table)}</caption>
        <thead>
          <tr>
            <th scope="col" className={c.head}>
              {strings.ReportColGroup}
            </th>
            {table.columns.map((col) => (
              <th key={col} scope="col" className={c.head}>
                {columnText(col)}
              </th>
            ))}
            <th scope="col" className={c.head}>
              {strings.ReportColTotal}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.group}>
              <th scope="row" className={c.head}>
                {groupText(row.group)}
              </th>
              {row.cells.map((cell, i) => (
                <Cell key={table.columns[i]} cell={cell} k={k} className={c.cell} hiddenClass={c.hidden} />
              ))}
              <td className={c.cell}>{row.total}</td>
            </tr>
          ))}
          {table.totals ? (
            <tr>
              <th scope="row" className={c.head}>
                {strings.ReportRowTotal}
              </th>
              {table.totals.cells.map((cell, i) => (
                <Cell key={table.columns[i]} cell={cell} k={k} className={c.cell} hiddenClass={c.hidden} />
              ))}
              <td className={c.cell}>{table.totals.total}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Text variant="small">{populationText(table)}</Text>
    </div>
  );
};
