import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RosterView } from '../../../src/webparts/appraisalAdmin/components/Roster/RosterView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryRosterStore } from '../../support/memory/MemoryRosterStore';

const CSV = [
  'email,display_name,job_title,category,contract,working_pattern,working_days,start_time,end_time,term_time_only,reviewer_email,start_date,probation_passed',
  'aisha.begum@riversideprimary.onmicrosoft.com,Aisha Begum,Teaching assistant,Learning support,Permanent,Part-time,Mon Tue Wed,08:30,15:00,yes,tom.hughes@riversideprimary.onmicrosoft.com,01/09/2019,yes',
  `siobhan.oneill@riversideprimary.onmicrosoft.com,"Siobhán O'Neill",School business manager,Administrative,Permanent,Full-time,,08:00,16:30,no,margaret.okafor@riversideprimary.onmicrosoft.com,,yes`,
  'nobody@riversideprimary.onmicrosoft.com,Nobody,Cleaner,Site staff,Casual,Part-time,Mon,15:30,18:30,yes,,,yes'
].join('\n');

function renderRoster(store: MemoryRosterStore): void {
  const services = { ...memoryServices(), roster: store };
  render(
    <AppServicesProvider services={services}>
      <RosterView />
    </AppServicesProvider>
  );
}

async function chooseFile(text: string): Promise<void> {
  await act(async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Import from a CSV file' }));
  });
  await act(async () => {
    await userEvent.upload(screen.getByLabelText('CSV file'), new File([text], 'roster.csv', { type: 'text/csv' }));
  });
}

describe('importing the roster from a CSV file', () => {
  it('previews every line, imports the valid ones and shows them on the roster', async () => {
    const store = new MemoryRosterStore();
    renderRoster(store);
    expect(await screen.findByText(/Nobody is on the roster yet/)).toBeInTheDocument();

    await chooseFile(CSV);

    expect(await screen.findByText('2 to add, 0 to update, 0 unchanged, 1 with problems')).toBeInTheDocument();
    expect(screen.getByText('email is not a person in your Microsoft 365 directory')).toBeInTheDocument();
    expect(store.entries).toEqual([]);
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Import 2 people' }));
    });
    expect(await screen.findByText('2 people saved to the roster.')).toBeInTheDocument();
    expect(store.entries.map((e) => e.displayName)).toEqual(['Aisha Begum', "Siobhán O'Neill"]);
    await act(async () => {
      await userEvent.click(screen.getAllByRole('button', { name: 'Close' })[0]);
    });
    const grid = await screen.findByRole('grid', { name: 'Staff roster' });
    expect(within(grid).getByText("Siobhán O'Neill")).toBeInTheDocument();
    expect(within(grid).getByText('Part-time, Mon Tue Wed 08:30–15:00, term-time only')).toBeInTheDocument();
  });

  it('writes nothing when cancelled after the preview', async () => {
    const store = new MemoryRosterStore();
    renderRoster(store);

    await chooseFile(CSV);
    await screen.findByText(/2 to add/);
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    });

    expect(store.entries).toEqual([]);
    expect(screen.getByText(/Nobody is on the roster yet/)).toBeInTheDocument();
  });

  it('names missing columns instead of guessing', async () => {
    renderRoster(new MemoryRosterStore());

    await chooseFile('email,name\nx@y.org,X');

    expect(
      await screen.findByText('The file is missing these columns: display_name, category, contract, working_pattern.')
    ).toBeInTheDocument();
  });
});
