import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { RosterImportPanel } from '../../../src/webparts/appraisalAdmin/components/Roster/RosterImportPanel';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { memoryServices } from '../../support/memory/memoryServices';

describe('RosterImportPanel help', () => {
  it('names the required columns the parser checks, offers a template, and reports an unterminated quote with its line', async () => {
    render(
      <AppServicesProvider services={memoryServices()}>
        <RosterImportPanel roster={[]} onDismiss={jest.fn()} />
      </AppServicesProvider>
    );
    expect(
      await screen.findByText(/^Required columns: email, display_name, category, contract, working_pattern\. Optional columns: job_title,/)
    ).toBeInTheDocument();
    const template = screen.getByRole('link', { name: /Download a template/ });
    expect(template).toHaveAttribute('download', 'roster-template.csv');
    expect(decodeURIComponent(template.getAttribute('href') ?? '')).toContain('email,display_name,category,contract,working_pattern,');

    const file = new File(['email,display_name,category,contract,working_pattern\n"a@b.c,x,y,z,w\n'], 'roster.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });
    });
    expect(await screen.findByText(/^Line 2 opens a quotation mark/)).toBeInTheDocument();
  });
});
