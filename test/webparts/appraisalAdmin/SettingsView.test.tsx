import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsView } from '../../../src/webparts/appraisalAdmin/components/Settings/SettingsView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemorySettings } from '../../support/memory/MemoryRecordsReader';

describe('SettingsView', () => {
  it('refuses three years of retention in plain words, keeps the draft, then saves term dates', async () => {
    const settings = new MemorySettings();
    render(
      <AppServicesProvider services={{ ...memoryServices(), settings }}>
        <SettingsView />
      </AppServicesProvider>
    );
    const retention = await screen.findByLabelText('Keep records for (years after the cycle ends)');

    fireEvent.change(retention, { target: { value: '3' } });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    });
    expect(screen.getByText(/Records are kept for at least six years/)).toBeInTheDocument();
    expect(settings.settings.retentionYears).toBe(6);

    fireEvent.change(retention, { target: { value: '7' } });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    });
    fireEvent.change(screen.getByLabelText('Term 1 starts'), { target: { value: '2026-09-03' } });
    fireEvent.change(screen.getByLabelText('Term 1 ends'), { target: { value: '2026-10-23' } });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    });

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(settings.settings).toMatchObject({ retentionYears: 7, termDates: [{ start: '2026-09-03', end: '2026-10-23' }] });
  });
});
