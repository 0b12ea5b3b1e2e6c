import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'util';
import GovernorReport from '../../../src/webparts/governorReport/components/GovernorReport';
import type { TrustReportSnapshot } from '../../../src/domain';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryTrustReportStore } from '../../support/memory/MemoryTrustReportStore';
import { trustPack } from '../../../src/components/GovernorReportView/wordPack';
import { isoDate } from '../../support/builders';

Object.assign(globalThis, { TextEncoder, TextDecoder });

const snapshot: TrustReportSnapshot = {
  v: 1,
  cycleLabel: '2025/26',
  k: 5,
  preparedOn: isoDate('2026-07-20'),
  schools: ['Ashcombe Primary School', 'Thornbury Academy'],
  tables: [
    {
      measure: 'planning',
      population: 'eligible',
      columns: ['onTime', 'lateOrNotHeld'],
      rows: [
        { school: 'Thornbury Academy', cells: [{ count: 40, percent: 80 }, { count: 10, percent: 20 }], total: 50 },
        { school: undefined, cells: [{ count: '[c]', percent: '[c]' }, { count: '[c]', percent: '[c]' }], total: 8 }
      ],
      totals: { cells: [{ count: 46, percent: 79 }, { count: 12, percent: 21 }], total: 58 }
    }
  ],
  leftOut: ['oneToOnes']
};
const notAvailable = [{ site: 'https://contoso.sharepoint.com/sites/school-new', reason: 'nothingPublished' as const }];

async function renderAs(store: MemoryTrustReportStore): Promise<void> {
  render(<GovernorReport services={{ ...memoryServices(), trustReportStore: store }} settings={{ title: 'Governor reports', trustReport: true }} />);
}

describe('Governor reports web part as the trust report', () => {
  it('shows a board member the roll-up by school, the schools not included and the pack button', async () => {
    const store = new MemoryTrustReportStore();
    await store.publish({ snapshot, notAvailable }, isoDate('2026-07-21'));
    await renderAs(store);

    await act(async () => {
      await userEvent.click(await screen.findByRole('button', { name: '2025/26, published 21 July 2026' }));
    });

    const table = await screen.findByRole('table', { name: 'Planning meeting, by school' });
    const rows = within(table).getAllByRole('row').map((r) => within(r).queryAllByRole('rowheader').map((c) => c.textContent)[0]);
    expect(rows.slice(1)).toEqual(['Thornbury Academy', 'Schools not shown separately', 'Whole trust']);
    expect(within(table).getAllByLabelText('fewer than 5 — hidden to protect individuals')).toHaveLength(2);
    const missing = screen.getByRole('region', { name: 'Schools not included' });
    expect(missing).toHaveTextContent('https://contoso.sharepoint.com/sites/school-new: no governor report published for 2025/26 yet.');
    expect(screen.getByText(/Planning meeting — On time: 46 of 58 eligible staff \(79%\)/)).toBeInTheDocument();
    expect(screen.getByText(/Left out, because the schools' own reports/)).toHaveTextContent('One-to-ones');
    expect(screen.getByRole('button', { name: 'Download the trust pack (Word)' })).toBeEnabled();
  });

  it('tells someone SharePoint refuses that the report is the trust board\'s, and shows nothing of it', async () => {
    const store = new MemoryTrustReportStore();
    await store.publish({ snapshot, notAvailable }, isoDate('2026-07-21'));
    store.refuse = true;
    await renderAs(store);

    expect(await screen.findByText("This is the trust board's report")).toBeInTheDocument();
    expect(screen.getByText(/you are not on the board, so SharePoint does not let you open it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /2025\/26/ })).toBeNull();
  });

  it('builds the trust pack from the published roll-up only', async () => {
    const blob = await trustPack(snapshot, notAvailable);
    expect(blob.size).toBeGreaterThan(1000);
  });
});
