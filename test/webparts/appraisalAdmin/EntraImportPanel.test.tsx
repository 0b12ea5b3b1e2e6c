import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntraImportPanel } from '../../../src/webparts/appraisalAdmin/components/Roster/EntraImportPanel';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryRosterStore } from '../../support/memory/MemoryRosterStore';
import { MemoryDirectory, seededPeople } from '../../support/memory/MemoryDirectory';
import { directoryId } from '../../../src/domain';

describe('EntraImportPanel', () => {
  it('adds the chosen people with their managers as reviewers', async () => {
    const store = new MemoryRosterStore();
    const onDismiss = jest.fn();
    render(
      <AppServicesProvider services={{ ...memoryServices(), roster: store }}>
        <EntraImportPanel roster={[]} onDismiss={onDismiss} />
      </AppServicesProvider>
    );

    await act(async () => {
      await userEvent.type(await screen.findByRole('textbox', { name: 'Find a person' }), 'aisha');
    });
    await act(async () => {
      await userEvent.click(screen.getByRole('checkbox', { name: 'Aisha Begum, Teaching assistant' }));
    });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Add 1 person' }));
    });

    expect(await screen.findByText('1 person saved to the roster.')).toBeInTheDocument();
    expect(store.entries.map((e) => [e.displayName, e.reviewerName, e.category])).toEqual([['Aisha Begum', 'Tom Hughes', undefined]]);
  });

  it.each(['zoe', 'darcy', 'obriain'])(
    'finds Zoë D’Arcy-Ó Briain by typing "%s" (case, accents, apostrophes, hyphens and spaces folded)',
    async (typed) => {
      const zoe = {
        id: directoryId('zoe-1'),
        upn: 'zoe.darcy-obriain@riversideprimary.onmicrosoft.com',
        displayName: 'Zoë D\u2019Arcy-Ó Briain',
        jobTitle: 'Cook',
        managerId: undefined
      };
      render(
        <AppServicesProvider services={{ ...memoryServices(), directory: new MemoryDirectory([...seededPeople(), zoe]) }}>
          <EntraImportPanel roster={[]} onDismiss={jest.fn()} />
        </AppServicesProvider>
      );
      await act(async () => {
        await userEvent.type(await screen.findByRole('textbox', { name: 'Find a person' }), typed);
      });
      expect(screen.getByRole('checkbox', { name: 'Zoë D\u2019Arcy-Ó Briain, Cook' })).toBeInTheDocument();
      expect(screen.queryByRole('checkbox', { name: 'Aisha Begum, Teaching assistant' })).not.toBeInTheDocument();
    }
  );
});
