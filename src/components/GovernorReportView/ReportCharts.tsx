import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';
import { HorizontalBarChart, type IChartProps } from '@fluentui/react-charting';
import * as strings from 'CommonStrings';
import type { GovernorReportSnapshot, PublishedTable } from '../../domain';
import { format } from '../format';
import { columnText, measureText } from './reportText';

/** Props of ReportCharts. */
export interface ReportChartsProps {
  snapshot: GovernorReportSnapshot;
}

/** The whole-school line of a table: its totals row, or its only row. */
const wholeSchool = (t: PublishedTable): { cells: PublishedTable['rows'][number]['cells']; total: number } => t.totals ?? t.rows[0];

/** One bar chart per measure of its whole-school figures; hidden values are left out, never drawn. Loaded on demand. */
const ReportCharts: React.FC<ReportChartsProps> = ({ snapshot }) => {
  const theme = useTheme();
  const colours = [theme.palette.themePrimary, theme.palette.orangeLighter, theme.palette.redDark, theme.palette.neutralSecondary];
  const seen = new Set<string>();
  const charts: IChartProps[] = [];
  for (const table of snapshot.tables) {
    if (seen.has(table.measure)) continue;
    seen.add(table.measure);
    const line = wholeSchool(table);
    const chartData = line.cells.flatMap((cell, i) =>
      cell.count === '[c]' ? [] : [{ legend: columnText(table.columns[i]), horizontalBarChartdata: { x: cell.count, y: line.total }, color: colours[i % colours.length] }]
    );
    if (chartData.length) charts.push({ chartTitle: format(strings.ReportChartTitle, measureText(table.measure)), chartData });
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{strings.ReportChartNote}</Text>
      <HorizontalBarChart data={charts} hideRatio={charts.map(() => false)} />
    </Stack>
  );
};

export default ReportCharts;
