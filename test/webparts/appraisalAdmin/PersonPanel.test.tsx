import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PersonPanel } from '../../../src/webparts/appraisalAdmin/components/Roster/PersonPanel';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { aRosterEntry } from '../../support/builders';
import { memoryServices } from '../../support/memory/memoryServices';
import { seededPeople } from '../../support/memory/MemoryDirectory';
import { MemoryRosterStore } from '../../support/memory/MemoryRosterStore';

const tom = seededPeople().find((p) => p.displayName === 'Tom Hughes');
const aisha = aRosterEntry('aisha', {
  upn: 'aisha.begum@riversideprimary.onmicrosoft.com',
  displayName: 'Aisha Begum',
  jobTitle: 'TA',
  workingPattern: { kind: 'partTime', days: ['Mon'], start: '08:30', end: '15:00', termTimeOnly: true },
  reviewer: tom?.id,
  reviewerUpn: tom?.upn
});

function renderPanel(onDismiss = jest.fn()): jest.Mock {
  render(
    <AppServicesProvider services={memoryServices()}>
      <PersonPanel entry={aisha} onDismiss={onDismiss} />
    </AppServicesProvider>
  );
  return onDismiss;
}

describe('PersonPanel', () => {
  it('changes the reviewer to someone chosen from the directory', async () => {
    const onDismiss = renderPanel();
    expect(screen.getByText('Current reviewer: Tom Hughes')).toBeInTheDocument();

    await act(async () => {
      await userEvent.click(await screen.findByRole('combobox', { name: /New reviewer/ }));
    });
    await act(async () => {
      await userEvent.click(screen.getByRole('option', { name: /Rachel Adeyemi/ }));
    });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Change reviewer' }));
    });

    expect(await screen.findByText('Reviewer changed to Rachel Adeyemi.')).toBeInTheDocument();
    expect(screen.getByText('Current reviewer: Rachel Adeyemi')).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    });
    expect(onDismiss).toHaveBeenCalledWith(true);
  });

  it('records a leaver only once a real date is given', async () => {
    renderPanel();
    const button = screen.getByRole('button', { name: 'Record as leaver' });
    expect(button).toBeDisabled();

    fireEvent.change(screen.getByLabelText('Last working day'), { target: { value: '2026-12-31' } });
    await act(async () => {
      await userEvent.click(button);
    });

    expect(await screen.findByText('Recorded as a leaver on 31 December 2026; access removed.')).toBeInTheDocument();
    expect(screen.getByText('Left on 31 December 2026.')).toBeInTheDocument();
  });
});

describe('editing roster details', () => {
  it('refuses hours that end before they start, keeping the draft, then saves the corrected details', async () => {
    const store = new MemoryRosterStore();
    const saved = await store.saveRosterEntry({ ...aisha }, undefined);
    if (!saved.ok) throw new Error('seed failed');
    render(
      <AppServicesProvider services={{ ...memoryServices(), roster: store }}>
        <PersonPanel entry={saved.value} onDismiss={jest.fn()} />
      </AppServicesProvider>
    );

    fireEvent.change(screen.getByLabelText('Finishes at'), { target: { value: '07:00' } });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    });
    expect(screen.getByText('Finishes at must be after the start time')).toBeInTheDocument();
    expect(screen.getByLabelText('Finishes at')).toHaveValue('07:00');

    fireEvent.change(screen.getByLabelText('Finishes at'), { target: { value: '15:30' } });
    await act(async () => {
      await userEvent.click(screen.getByRole('checkbox', { name: 'Tue' }));
    });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    });

    expect(await screen.findByText('Details saved.')).toBeInTheDocument();
    expect(store.entries[0].workingPattern).toMatchObject({ days: ['Mon', 'Tue'], end: '15:30' });
  });
});
