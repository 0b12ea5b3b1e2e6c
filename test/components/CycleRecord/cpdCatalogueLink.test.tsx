// EA-CPD: where the appraisee writes the training they may need, the school's CPD catalogue is one click away.
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { CycleRecordView } from '../../../src/components/CycleRecord/CycleRecordView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { DEFAULT_SCHEME_SETTINGS, directoryId, emptyCycleDocument, staffId, type IsoDate } from '../../../src/domain';
import type { CycleRecordSummary, RosterEntry } from '../../../src/data/ports';
import { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';
import { MemorySettings } from '../../support/memory/MemoryRecordsReader';
import { memoryServices } from '../../support/memory/memoryServices';

const person: RosterEntry = {
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
  jobDescriptionUrl: undefined,
  startDate: undefined,
  probationPassed: true,
  leftOn: undefined,
  etag: '1|"1"'
};
const summary: CycleRecordSummary = {
  staffKey: 's-aisha',
  cycleKey: 's-aisha:2026-27',
  cycle: { label: '2026/27', start: '2026-04-01' as IsoDate, end: '2027-03-31' as IsoDate },
  track: 'fullCycle',
  stage: 'planning',
  reviewerKey: 'r-tom',
  openedOn: '2026-04-01' as IsoDate
};

it('shows the appraisee the school\'s CPD catalogue beside "Training you may need"', async () => {
  const store = new MemoryCycleStore();
  store.put({ summary, document: emptyCycleDocument(), etag: '1|"1"' });
  const settings = new MemorySettings({ ...DEFAULT_SCHEME_SETTINGS, cpdCatalogueUrl: 'https://cpd.example.org/catalogue' });
  render(
    <AppServicesProvider services={{ ...memoryServices(), cycles: store, settings }}>
      <CycleRecordView person={person} summary={summary} meetings={[]} party="appraisee" />
    </AppServicesProvider>
  );
  expect(await screen.findByLabelText('Training you may need', undefined, { timeout: 15000 })).toBeInTheDocument();
  const link = await screen.findByRole('link', { name: /Look at the school's CPD catalogue/ });
  expect(link).toHaveAttribute('href', 'https://cpd.example.org/catalogue');
});
