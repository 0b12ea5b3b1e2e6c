import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';
import { HorizontalBarChart, type IChartProps } from '@fluentui/react-charting';
import * as strings from 'CommonStrings';
import type { GovernorReportSnapshot, MeasureKey, PublishedTable } from '../../domain';
import { format } from '../format';
import { columnText, measureText } from './reportText';

/** Props of ReportCharts. */
export interface ReportChartsProps {
  snapshot: GovernorReportSnapshot;
}

/** The whole-school line of a table: its totals row, or its only row. */
const wholeSchool = (t: PublishedTable): { cells: PublishedTable['rows'][number]['cells']; total: number } => t.totals ?? t.rows[0];

/**
 * One bar chart per measure of its whole-school figures, each bar "n of total" for one column. Hidden values are
 * left out, never drawn, so no bar can be read back into a hidden number. Loaded on demand (d3 is heavy).
 */
const ReportCharts: React.FC<ReportChartsProps> = ({ snapshot }) => {
  const theme = useTheme();
  const measures: Array<{ measure: MeasureKey; bars: IChartProps[] }> = [];
  for (const table of snapshot.tables) {
    if (measures.some((m) => m.measure === table.measure)) continue;
    const line = wholeSchool(table);
    const bars = line.cells.flatMap((cell, i): IChartProps[] =>
      cell.count === '[c]'
        ? []
        : [
            {
              chartTitle: columnText(table.columns[i]),
              chartData: [
                {
                  legend: columnText(table.columns[i]),
                  horizontalBarChartdata: { x: cell.count, y: line.total },
                  color: theme.palette.themePrimary
                }
              ]
            }
          ]
    );
    if (bars.length) measures.push({ measure: table.measure, bars });
  }
  if (!measures.length) return null;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text variant="small">{strings.ReportChartNote}</Text>
      {measures.map(({ measure, bars }) => (
        <section key={measure} aria-label={format(strings.ReportChartTitle, measureText(measure))}>
          <Text as="h4" variant="mediumPlus">{format(strings.ReportChartTitle, measureText(measure))}</Text>
          <HorizontalBarChart data={bars} />
        </section>
      ))}
    </Stack>
  );
};

export default ReportCharts;
