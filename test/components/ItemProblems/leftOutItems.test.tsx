import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { MonitoringView } from '../../../src/webparts/appraisalAdmin/components/Reports/MonitoringView';
import { AttentionView } from '../../../src/webparts/appraisalAdmin/components/Attention/AttentionView';
import { RosterView } from '../../../src/webparts/appraisalAdmin/components/Roster/RosterView';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryReportSource } from '../../support/memory/MemoryGovernorReports';
import { MemoryRosterStore } from '../../support/memory/MemoryRosterStore';
import { aPersonRecords } from '../../support/reportRecords';
import type { ItemProblem } from '../../../src/data/ports';

const stray: ItemProblem = { kind: 'stray', list: 'AppraisalRecords', itemId: 57, field: 'FileDirRef' };
const malformed: ItemProblem = { kind: 'malformed', list: 'AppraisalRoster', itemId: 12, field: 'Payload.directoryId' };

function services(): { source: MemoryReportSource; roster: MemoryRosterStore } {
  const source = new MemoryReportSource([aPersonRecords('a', 'planning', [])]);
  source.problems.push(stray);
  const roster = new MemoryRosterStore();
  roster.problems.push(malformed);
  return { source, roster };
}

const renderWith = (node: React.ReactElement): void => {
  const { source, roster } = services();
  render(<AppServicesProvider services={{ ...memoryServices(), reportSource: source, roster }}>{node}</AppServicesProvider>);
};

describe('items a view leaves out', () => {
  it('are named in a plain warning on monitoring, which still shows the rest', async () => {
    renderWith(<MonitoringView />);

    expect(await screen.findByText(/One item could not be shown and is left out: item 57 in AppraisalRecords, which is not in its own person's folder/)).toBeInTheDocument();
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });

  it('are named on the roster tab', async () => {
    renderWith(<RosterView />);

    expect(await screen.findByText(/item 12 in AppraisalRoster, whose Payload.directoryId cannot be read/)).toBeInTheDocument();
  });

  it('are listed for administrators under Items needing attention, from the roster and the records', async () => {
    renderWith(<AttentionView />);

    const grid = await screen.findByRole('grid', { name: 'Items left out of views and reports' });
    expect(grid.textContent).toContain('57');
    expect(grid.textContent).toContain("It is not in its own person's folder");
    expect(grid.textContent).toContain('12');
    expect(grid.textContent).toContain('It cannot be read');
  });
});
