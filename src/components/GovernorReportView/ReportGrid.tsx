import * as React from 'react';
import { mergeStyleSets, Text, useTheme, type ITheme } from '@fluentui/react';
import * as strings from 'CommonStrings';
import type { ColumnKey, PublishedCell } from '../../domain';
import { columnText } from './reportText';
import { ReportCell as Cell } from './ReportCell';

/** One line of a grid: its heading (a group, a school) and its cells. */
export interface ReportGridRow {
  key: string;
  label: string;
  cells: PublishedCell[];
  total: number;
}

/** Props of ReportGrid. */
export interface ReportGridProps {
  caption: string;
  /** The heading of the rows' column ("Group", "School"). */
  rowHeading: string;
  columns: readonly ColumnKey[];
  rows: readonly ReportGridRow[];
  /** The last line (whole school, whole trust), if any. */
  totals?: ReportGridRow;
  /** Who the table counts, under it. */
  footnote: string;
  k: number;
}

const NARROW = '@media (max-width: 480px)';

const styles = (theme: ITheme): Record<'table' | 'caption' | 'cell' | 'head' | 'hidden', string> =>
  mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    // Narrower padding on a phone, so a trust table of five columns fits 390 px without scrolling sideways.
    cell: { border: `1px solid ${theme.palette.neutralLight}`, padding: '4px 8px', textAlign: 'right', selectors: { [NARROW]: { padding: '4px 3px' } } },
    head: {
      border: `1px solid ${theme.palette.neutralLight}`,
      padding: '4px 8px',
      selectors: { [NARROW]: { padding: '4px 3px', overflowWrap: 'anywhere' } },
      background: theme.palette.neutralLighter,
      textAlign: 'left'
    },
    hidden: { color: theme.semanticColors.bodySubtext }
  });

/**
 * A published table as a semantic table, for school reports and the trust report alike: hidden cells read "[c]" and
 * explain themselves to screen readers.
 */
export const ReportGrid: React.FC<ReportGridProps> = ({ caption, rowHeading, columns, rows, totals, footnote, k }) => {
  const theme = useTheme();
  const c = styles(theme);
  const line = (row: ReportGridRow): React.ReactElement => (
    <tr key={row.key}>
      <th scope="row" className={c.head}>
        {row.label}
      </th>
      {row.cells.map((cell, i) => (
        <Cell key={columns[i]} cell={cell} k={k} className={c.cell} hiddenClass={c.hidden} />
      ))}
      <td className={c.cell}>{row.total}</td>
    </tr>
  );
  return (
    <div>
      <table className={c.table}>
        <caption className={c.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={c.head}>
              {rowHeading}
            </th>
            {columns.map((col) => (
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
          {rows.map(line)}
          {totals ? line(totals) : null}
        </tbody>
      </table>
      <Text variant="small">{footnote}</Text>
    </div>
  );
};
