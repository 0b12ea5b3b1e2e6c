import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { MonitoringView } from '../../../src/webparts/appraisalAdmin/components/Reports/MonitoringView';
import { AttentionView } from '../../../src/webparts/appraisalAdmin/components/Attention/AttentionView';
import { RosterView } from '../../../src/webparts/appraisalAdmin/components/Roster/RosterView';
import { ItemProblems } from '../../../src/components/ItemProblems';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryReportSource } from '../../support/memory/MemoryGovernorReports';
import { MemoryRosterStore } from '../../support/memory/MemoryRosterStore';
import { MemoryRecordAccess } from '../../support/memory/MemoryRecordAccess';
import { aPersonRecords } from '../../support/builders';
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
  it('are named in a plain warning on monitoring, which still shows the rest and points to the tab that says more', async () => {
    renderWith(<MonitoringView />);

    const warning = await screen.findByText(
      /One item could not be shown and is left out: ID 57 in AppraisalRecords, which is not in its own person's folder\./
    );
    expect(warning.textContent).toContain('The Items needing attention tab says what is wrong and how to correct it.');
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });

  it('are named on the roster tab by the ID the Items needing attention tab shows', async () => {
    renderWith(<RosterView />);

    expect(await screen.findByText(/ID 12 in AppraisalRoster, which cannot be read/)).toBeInTheDocument();
  });

  it('tell a member of staff or a reviewer who can see what is wrong', async () => {
    render(<ItemProblems problems={[stray, malformed]} />);

    expect(
      await screen.findByText(
        /^2 items could not be shown and are left out: ID 57 in AppraisalRecords, which is not in its own person's folder; ID 12 in AppraisalRoster, which cannot be read\. Your appraisal administrators \(usually the head and HR\) can see what is wrong under Items needing attention\.$/
      )
    ).toBeInTheDocument();
  });

  it('are listed for administrators under Items needing attention, from the roster and the records', async () => {
    renderWith(<AttentionView />);

    const grid = await screen.findByRole('grid', { name: 'Items left out of views and reports' });
    expect(grid.textContent).toContain('57');
    expect(grid.textContent).toContain("It is not in its own person's folder");
    expect(grid.textContent).toContain('12');
    expect(grid.textContent).toContain('It cannot be read: Payload.directoryId is missing or not valid.');
    expect(grid.textContent).toContain('ID 57 in AppraisalRecords');
  });

  it('let an administrator move one to the recycle bin after saying what that does, and list it no more', async () => {
    const { source, roster } = services();
    const records = new MemoryRecordAccess();
    render(
      <AppServicesProvider services={{ ...memoryServices(), reportSource: source, roster, records }}>
        {<AttentionView />}
      </AppServicesProvider>
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Delete: ID 57 in AppraisalRecords' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('You can restore it from the recycle bin for 93 days.');
    source.problems.splice(0, source.problems.length);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(records.recycled).toEqual([stray]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete: ID 57 in AppraisalRecords' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Delete: ID 12 in AppraisalRoster' })).toBeInTheDocument();
  });
});
