import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { CycleRecordView } from '../../../src/components/CycleRecord/CycleRecordView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { directoryId, emptyCycleDocument, staffId, type IsoDate } from '../../../src/domain';
import type { CycleRecordSummary, RosterEntry } from '../../../src/data/ports';
import { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';
import { memoryServices } from '../../support/memory/memoryServices';

const person = (jobDescriptionUrl: string | undefined): RosterEntry => ({
  id: staffId('s-aisha'),
  directoryId: directoryId('s-aisha'),
  upn: 'aisha@school.example',
  displayName: 'Aisha Begum',
  jobTitle: 'Teaching assistant',
  category: 'learningSupport',
  contract: 'permanent',
  workingPattern: { kind: 'partTime', days: ['Mon', 'Tue', 'Wed'], start: '08:30', end: '15:00', termTimeOnly: true },
  reviewer: directoryId('r-tom'),
  reviewerName: 'Tom Hughes',
  reviewerUpn: 'tom@school.example',
  jobDescriptionUrl,
  startDate: undefined,
  probationPassed: true,
  leftOn: undefined,
  etag: '1|"1"'
});
const summary: CycleRecordSummary = {
  staffKey: 's-aisha',
  cycleKey: 's-aisha:2026-27',
  cycle: { label: '2026/27', start: '2026-04-01' as IsoDate, end: '2027-03-31' as IsoDate },
  track: 'fullCycle',
  stage: 'finalReview',
  reviewerKey: 'r-tom',
  openedOn: '2026-04-01' as IsoDate
};

async function openFinalReview(jobDescriptionUrl: string | undefined): Promise<void> {
  const store = new MemoryCycleStore();
  store.put({ summary, document: emptyCycleDocument(), etag: '1|"1"' });
  render(
    <AppServicesProvider services={{ ...memoryServices(), cycles: store }}>
      <CycleRecordView person={person(jobDescriptionUrl)} summary={summary} meetings={[]} party="reviewer" initialView="finalReview" />
    </AppServicesProvider>
  );
  await screen.findByRole('heading', { name: 'Aisha Begum: 2026/27 cycle' });
  // Opened straight on the final review (as a deep link does), so the test does not depend on
  // where Fluent's Pivot puts the stage tabs in jsdom.
  await screen.findByText(/review the job description \(policy paragraph 7\)/, undefined, { timeout: 15000 });
}

describe('EA-JD: the job description at the final review', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('links the person\'s current job description from the roster, in a new tab', async () => {
    await openFinalReview('https://school.sharepoint.com/sites/hr/JD/aisha.docx');
    const link = await screen.findByRole('link', { name: /Open the current job description/ });
    expect(link).toHaveAttribute('href', 'https://school.sharepoint.com/sites/hr/JD/aisha.docx');
    expect(link).toHaveAttribute('target', '_blank');
  });
});
