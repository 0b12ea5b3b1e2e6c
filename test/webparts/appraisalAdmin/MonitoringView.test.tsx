import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { MonitoringView } from '../../../src/webparts/appraisalAdmin/components/Reports/MonitoringView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { directoryId } from '../../../src/domain';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryReportSource } from '../../support/memory/MemoryGovernorReports';
import { aMeeting, aPersonRecords } from '../../support/builders';

const rachel = { reviewer: directoryId('rachel'), reviewerName: 'Rachel Adeyemi' };
const records = [
  aPersonRecords('a', 'finalReview', [aMeeting('a', 'planning', '2026-04-20'), aMeeting('a', 'oneToOne', '2026-06-01')]),
  aPersonRecords('b', 'interimReview', [aMeeting('b', 'planning', '2026-06-20')]),
  aPersonRecords('c', 'planning', [], rachel)
];

const renderView = (source: MemoryReportSource): void => {
  render(
    <AppServicesProvider services={{ ...memoryServices(), reportSource: source }}>
      <MonitoringView />
    </AppServicesProvider>
  );
};

describe('MonitoringView', () => {
  it('shows completion and overdue stages by reviewer, by name, most overdue first', async () => {
    renderView(new MemoryReportSource(records));

    const grid = await screen.findByRole('grid', { name: 'Completion and outcomes by reviewer' });
    const rows = within(grid).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('gridcell').map((c) => c.textContent));

    // Rachel: planning and six-monthly review overdue. Tom: 3 stages held (1 late), 1 overdue, 1 one-to-one.
    // Waiting on the reviewer (issue 15, nextSteps): each of the three has a stage to book or write up.
    expect(rows).toEqual([
      ['Rachel Adeyemi', '1', '0', '0', '2', '0', '1', '0', '0', '0'],
      ['Tom Hughes', '2', '3', '1', '1', '1', '2', '0', '0', '0']
    ]);
  });

  it('explains a refusal', async () => {
    renderView(new MemoryReportSource([], true));

    expect(await screen.findByText(/SharePoint refused access/)).toBeInTheDocument();
  });
});
