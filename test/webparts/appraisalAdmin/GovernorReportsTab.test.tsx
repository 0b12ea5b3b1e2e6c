import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GovernorReportsTab } from '../../../src/webparts/appraisalAdmin/components/Reports/GovernorReportsTab';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryGovernorReports, MemoryReportSource } from '../../support/memory/MemoryGovernorReports';
import { aMeeting, aPersonRecords } from '../../support/builders';

// Twelve people: planning held on time by all; six-monthly review held by seven, overdue for five. At school size
// "late" and "not held" are one column (none late would otherwise hide the zero and, to protect it, the five).
const school = Array.from({ length: 12 }, (_v, i) =>
  aPersonRecords(`p${i}`, i < 7 ? 'finalReview' : 'interimReview', [aMeeting(`p${i}`, 'planning', '2026-04-20')])
);

async function renderTab(store = new MemoryGovernorReports(), people = school): Promise<MemoryGovernorReports> {
  render(
    <AppServicesProvider services={{ ...memoryServices(), reportSource: new MemoryReportSource(people), governorReports: store }}>
      <GovernorReportsTab />
    </AppServicesProvider>
  );
  await act(async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Prepare the report' }));
  });
  return store;
}

const click = async (name: string): Promise<void> => {
  await act(async () => {
    await userEvent.click(await screen.findByRole('button', { name }));
  });
};

describe('GovernorReportsTab', () => {
  it('previews exactly what governors will see, then publishes it after confirmation', async () => {
    const store = await renderTab();
    const table = await screen.findByRole('table', { name: 'Six-monthly review, whole school' });
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['7 (58%)', '5 (42%)', '12']);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('Six-monthly review — On time: 7 of 12 eligible staff (58%)')).toBeInTheDocument();
    expect(summary.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(store.reports).toHaveLength(0);

    await click('Publish to governors');
    await click('Publish');

    expect(await screen.findByText('Published for governors on 24 November 2026.')).toBeInTheDocument();
    expect(store.reports).toHaveLength(1);
    expect(store.reports[0].snapshot.cycleLabel).toBe('2026/27');
    expect(JSON.stringify(store.reports[0].snapshot)).not.toMatch(/Person p|p\d+@|Tom/);
  });

  it('publishes nothing when the confirmation is cancelled', async () => {
    const store = await renderTab();

    await click('Publish to governors');
    await click('Cancel');

    expect(store.reports).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Publish to governors', hidden: true })).toBeInTheDocument();
    expect(screen.queryByText(/Published for governors/)).toBeNull();
  });

  it('shows what went wrong when publishing fails', async () => {
    const store = new MemoryGovernorReports();
    store.failNextPublish = { code: 'accessDenied' };
    await renderTab(store);

    await click('Publish to governors');
    await click('Publish');

    expect(await screen.findByText(/SharePoint refused access to this information/)).toBeInTheDocument();
    expect(store.reports).toHaveLength(0);
  });

  it('shows the head every equality flag, and governors none that hidden numbers stand behind', async () => {
    const partTime = {
      workingPattern: { kind: 'partTime' as const, days: ['Mon' as const], start: '08:30', end: '12:00', termTimeOnly: true }
    };
    const oneToOnes = (key: string): ReturnType<typeof aMeeting>[] =>
      ['2026-05-01', '2026-06-01', '2026-07-01'].map((d) => aMeeting(key, 'oneToOne', d));
    const people = [
      ...Array.from({ length: 6 }, (_v, i) => aPersonRecords(`f${i}`, 'finalReview', oneToOnes(`f${i}`))),
      ...Array.from({ length: 6 }, (_v, i) => aPersonRecords(`p${i}`, 'finalReview', [], partTime))
    ];

    await renderTab(new MemoryGovernorReports(), people);

    const headFlags = await screen.findByRole('list', { name: /for the headteacher only/ });
    expect(
      within(headFlags).getByText(/One-to-ones held per person: Full-time and Part-time differ by 20 percentage points or more/)
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Worth checking (equality monitoring)' })).toBeNull();
  });

  it('lists published reports and withdraws one after confirmation, so that a replacement can be published', async () => {
    const store = await renderTab();
    await click('Publish to governors');
    await click('Publish');
    const listed = await screen.findByRole('list', { name: 'Published reports' });
    expect(within(listed).getByText('2026/27, published 24 November 2026')).toBeInTheDocument();

    await click('Withdraw the report for 2026/27, published 24 November 2026');
    await click('Cancel');
    expect(store.reports).toHaveLength(1);
    await click('Withdraw the report for 2026/27, published 24 November 2026');
    await act(async () => {
      await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Withdraw' }));
    });

    expect(
      await screen.findByText(
        'The report for 2026/27 published 24 November 2026 is withdrawn. Prepare the report again to publish a replacement.'
      )
    ).toBeInTheDocument();
    expect(store.reports).toHaveLength(0);
    expect(store.withdrawn).toEqual(['1']);
    expect(await screen.findByText('No report has been published yet.')).toBeInTheDocument();
  });
});
