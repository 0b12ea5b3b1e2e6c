/* eslint-disable no-script-url -- these tests plant script URLs on purpose, to show they never become links */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { CycleRecordView } from '../../../src/components/CycleRecord/CycleRecordView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { directoryId, emptyCycleDocument, staffId, type CycleDocument, type EvidenceItem, type IsoDate } from '../../../src/domain';
import type { CycleRecordSummary, RosterEntry, StoredCycle } from '../../../src/data/ports';
import { toStoredCycle } from '../../../src/data/sharepoint/mappers/cycleMapper';
import { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';
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
const link = (id: string, title: string, url: string): EvidenceItem => ({
  id,
  objectiveId: undefined,
  kind: 'link',
  title,
  url,
  addedBy: 'appraisee',
  addedOn: '2026-11-01' as IsoDate
});

function show(stored: StoredCycle): void {
  const store = new MemoryCycleStore();
  store.put(stored);
  render(
    <AppServicesProvider services={{ ...memoryServices(), cycles: store }}>
      <CycleRecordView person={person} summary={summary} meetings={[]} party="reviewer" />
    </AppServicesProvider>
  );
}

describe('evidence links in the cycle record', () => {
  it('shows a javascript: link stored directly in SharePoint as plain text with a note, never as a link', async () => {
    // The item exactly as SharePoint returns it after a party wrote the Payload with a plain REST call.
    const document = {
      ...emptyCycleDocument(),
      evidence: [
        link('ev1', 'My reading log', 'javascript:alert(document.cookie)'),
        link('ev2', 'Phonics tracker', 'https://example.org/tracker')
      ]
    };
    const item = {
      Id: 1,
      'odata.etag': '"3"',
      StaffKey: 's-aisha',
      CycleKey: 's-aisha:2026-27',
      RecordKind: 'cycle',
      Stage: 'planning',
      Payload: JSON.stringify({ v: 2, track: 'fullCycle', cycle: summary.cycle, document })
    };
    const stored = toStoredCycle(item, []);
    if (!stored.ok) throw new Error(JSON.stringify(stored.error));

    show(stored.value);

    const text = await screen.findByText('My reading log');
    expect(text.closest('a')).toBeNull();
    expect(screen.queryByRole('link', { name: 'My reading log' })).toBeNull();
    expect(screen.getByText(/not shown as a link, because it is not a secure https address/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Phonics tracker' })).toHaveAttribute('href', 'https://example.org/tracker');
    expect(document.evidence).toHaveLength(2);
  });

  it('says what each piece of evidence is for in a plain sentence', async () => {
    const doc: CycleDocument = { ...emptyCycleDocument(), evidence: [link('ev1', 'Reading log', 'https://example.org/log')] };

    show({ summary, document: doc, etag: '1|"1"' });

    expect(await screen.findByText(/^· for the cycle in general, added by the appraisee on 1 November 2026$/)).toBeInTheDocument();
  });

  it('does not link an unsafe URL even when it reaches the view without passing the mapper', async () => {
    const document: CycleDocument = {
      ...emptyCycleDocument(),
      evidence: [link('ev1', 'Planted', ' JavaScript:alert(1)'), link('ev2', 'Old http link', 'http://example.org/')]
    };

    show({ summary, document, etag: '1|"1"' });

    expect(await screen.findByText('Planted')).toBeInTheDocument();
    expect(screen.queryAllByRole('link').filter((a) => /Planted|Old http link/.test(a.textContent ?? ''))).toEqual([]);
    expect(
      Array.from(window.document.querySelectorAll('a[href]'))
        .map((a) => a.getAttribute('href'))
        .filter((h) => /script:|http:/i.test(h ?? ''))
    ).toEqual([]);
  });
});
