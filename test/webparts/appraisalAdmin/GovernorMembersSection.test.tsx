import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GovernorMembersSection } from '../../../src/webparts/appraisalAdmin/components/Reports/GovernorMembersSection';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryGovernorMembership } from '../../support/memory/MemoryGovernorMembership';

describe('who can read the governor reports', () => {
  it('adds a governor found in the directory, refuses an unknown address in plain words, and removes one', async () => {
    const governors = new MemoryGovernorMembership([{ id: 7, name: 'Peter Moss', email: 'peter.moss@school.example' }], {
      'anne.whitfield@school.example': 'Anne Whitfield'
    });
    render(
      <AppServicesProvider services={{ ...memoryServices(), governors }}>
        <GovernorMembersSection />
      </AppServicesProvider>
    );
    expect(await screen.findByText('Peter Moss (peter.moss@school.example)')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("Governor's email address"), 'nobody@school.example');
    await userEvent.click(screen.getByRole('button', { name: 'Add governor' }));
    expect(await screen.findByText(/Nobody with the address nobody@school.example was found/)).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText("Governor's email address"));
    await userEvent.type(screen.getByLabelText("Governor's email address"), 'anne.whitfield@school.example');
    await userEvent.click(screen.getByRole('button', { name: 'Add governor' }));
    expect(await screen.findByText('Anne Whitfield can now read published governor reports.')).toBeInTheDocument();
    expect(governors.members.map((m) => m.name)).toEqual(['Peter Moss', 'Anne Whitfield']);

    await userEvent.click(screen.getByRole('button', { name: 'Remove Peter Moss from the governors who can read reports' }));
    expect(await screen.findByText('Peter Moss can no longer read governor reports.')).toBeInTheDocument();
    expect(governors.members.map((m) => m.name)).toEqual(['Anne Whitfield']);
  });
});
