import * as React from 'react';
import { render, screen } from '@testing-library/react';
import ReportCharts from '../../src/components/GovernorReportView/ReportCharts';
import type { GovernorReportSnapshot } from '../../src/domain';

const snapshot = (cells: GovernorReportSnapshot['tables'][number]['rows'][number]['cells']): GovernorReportSnapshot => ({
  v: 1,
  cycleLabel: '2025/26',
  k: 5,
  preparedOn: '2026-04-20' as GovernorReportSnapshot['preparedOn'],
  scope: 'reported',
  notes: [],
  flags: [],
  tables: [
    {
      measure: 'oneToOnes',
      population: 'all',
      dimension: 'none',
      columns: ['none', 'oneOrTwo', 'threeOrMore'],
      rows: [{ group: 'all', cells, total: 20 }],
      totals: undefined
    }
  ]
});

describe('ReportCharts', () => {
  it('draws visible whole-school figures and leaves hidden ones out', () => {
    render(<ReportCharts snapshot={snapshot([{ count: '[c]', percent: '[c]' }, { count: 6, percent: 30 }, { count: 12, percent: 60 }])} />);

    expect(screen.getByRole('region', { name: 'One-to-ones held per person, whole school' })).toBeInTheDocument();
    expect(screen.getAllByText('3 or more').length).toBeGreaterThan(0);
    expect(screen.getAllByText('1 or 2').length).toBeGreaterThan(0);
    expect(screen.queryByText('None')).toBeNull();
  });

  it('draws nothing when every value is hidden', () => {
    const hidden = { count: '[c]' as const, percent: '[c]' as const };
    const { container } = render(<ReportCharts snapshot={snapshot([hidden, hidden, hidden])} />);

    expect(container).toBeEmptyDOMElement();
  });
});
