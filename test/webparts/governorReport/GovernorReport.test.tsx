import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import GovernorReport from '../../../src/webparts/governorReport/components/GovernorReport';
import { buildGovernorReport, type ReportPerson } from '../../../src/domain';
import { memoryServices } from '../../support/memory/memoryServices';
import { MemoryGovernorReports } from '../../support/memory/MemoryGovernorReports';
import { TextDecoder, TextEncoder } from 'util';
import { times } from '../../domain/reports/builders';
import { isoDate } from '../../support/builders';

// docx encodes text with TextEncoder, which browsers have and jsdom lacks.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const bytesOf = (blob: Blob): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

const final = (stage: 'onTime' | 'late' | 'notHeld', pattern: ReportPerson['workingPattern'] = 'fullTime'): Partial<ReportPerson> => ({
  workingPattern: pattern, stages: { planning: 'onTime', interimReview: 'onTime', finalReview: stage }
});
// DOMAIN §7.5's worked example: 12 full-time (9 on time, 2 late, 1 not held), 8 part-time (5 on time, 3 late).
const workedExample = [
  ...times(9, final('onTime')),
  ...times(2, final('late')),
  ...times(1, final('notHeld')),
  ...times(5, final('onTime', 'partTime')),
  ...times(3, final('late', 'partTime'))
];
const snapshot = buildGovernorReport(workedExample, '2025/26', isoDate('2026-04-20'), {
  k: 5,
  equalityGapPoints: 20,
  mergeColumnsBelow: 0
});

async function renderWithReport(): Promise<MemoryGovernorReports> {
  const store = new MemoryGovernorReports();
  await store.publish(snapshot, isoDate('2026-04-21'));
  render(<GovernorReport services={{ ...memoryServices(), governorReports: store }} settings={{ title: 'Governor reports' }} />);
  return store;
}

describe('Governor reports web part', () => {
  it('lists the published report and opens it with hidden cells explained', async () => {
    await renderWithReport();

    await act(async () => {
      await userEvent.click(await screen.findByRole('button', { name: '2025/26, published 21 April 2026' }));
    });

    const table = await screen.findByRole('table', { name: 'Final review, by working pattern' });
    const rows = within(table).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));
    expect(rows.slice(1)).toEqual([['9 (75%)', '[c]', '[c]', '12'], ['5 (63%)', '[c]', '[c]', '8'], ['14 (70%)', '[c]', '[c]', '20']]);
    expect(within(table).getAllByLabelText('fewer than 5 — hidden to protect individuals')).toHaveLength(6);
    expect(screen.getByText(/How this report protects staff/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Not categorised/);
    expect(await screen.findByRole('region', { name: 'Final review, whole school' })).toBeInTheDocument();
  });

  it('downloads the governor pack as a real Word document', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:pack';
    });
    URL.revokeObjectURL = jest.fn();
    await renderWithReport();
    await act(async () => {
      await userEvent.click(await screen.findByRole('button', { name: '2025/26, published 21 April 2026' }));
    });

    await act(async () => {
      await userEvent.click(await screen.findByRole('button', { name: 'Download the governor pack (Word)' }));
    });

    await waitFor(() => expect(created).toHaveLength(1));
    const bytes = await bytesOf(created[0]);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
  });

  it('says so when nothing has been published', async () => {
    render(<GovernorReport services={memoryServices()} settings={{ title: 'Governor reports' }} />);

    expect(await screen.findByText(/No governor report has been published yet/)).toBeInTheDocument();
  });
});
