import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { CycleRecordView } from '../../../src/components/CycleRecord/CycleRecordView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { directoryId, emptyCycleDocument, staffId } from '../../../src/domain';
import type { CycleRecordSummary, RosterEntry } from '../../../src/data/ports';
import { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';
import { memoryServices } from '../../support/memory/memoryServices';
import { isoDate } from '../../support/builders';

const person: RosterEntry = {
  id: staffId('s-aisha'), directoryId: directoryId('s-aisha'), upn: 'aisha@school.example', displayName: 'Aisha Begum',
  jobTitle: 'Teaching assistant', category: 'learningSupport', contract: 'permanent',
  workingPattern: { kind: 'partTime', days: ['Mon', 'Tue', 'Wed'], start: '08:30', end: '15:00', termTimeOnly: true },
  reviewer: directoryId('r-tom'), reviewerName: 'Tom Hughes', reviewerUpn: 'tom@school.example', jobDescriptionUrl: undefined,
  startDate: undefined, probationPassed: true, leftOn: undefined, etag: '1|"1"'
};
const summary: CycleRecordSummary = {
  staffKey: 's-aisha', cycleKey: 's-aisha:2026-27', track: 'fullCycle', stage: 'planning', reviewerKey: 'r-tom',
  cycle: { label: '2026/27', start: isoDate('2026-04-01'), end: isoDate('2027-03-31') }, openedOn: isoDate('2026-04-01')
};

/** A file of `bytes` whose content is never read (the size check comes first). */
function fileOf(name: string, bytes: number): File {
  const file = new File(['x'], name, { type: 'video/mp4' });
  Object.defineProperty(file, 'size', { value: bytes });
  file.arrayBuffer = (): Promise<ArrayBuffer> => Promise.reject(new Error('read a file that should not have been read'));
  return file;
}

describe('an evidence file larger than SharePoint takes', () => {
  it('is refused before it is read or sent, saying the limit and what to do instead', async () => {
    const store = new MemoryCycleStore();
    store.put({ summary, document: emptyCycleDocument(), etag: '1|"1"' });
    const upload = jest.spyOn(store, 'uploadEvidence');
    render(
      <AppServicesProvider services={{ ...memoryServices(), cycles: store }}>
        <CycleRecordView person={person} summary={summary} meetings={[]} party="appraisee" />
      </AppServicesProvider>
    );
    const input = (await screen.findByText('Add a file to the evidence library')).closest('label')?.querySelector('input[type="file"]');

    fireEvent.change(input as HTMLInputElement, { target: { files: [fileOf('assembly video.mp4', 300 * 1_048_576)] } });

    expect(
      await screen.findByText(
        'assembly video.mp4 is 300 MB, and SharePoint takes a file of at most 250 MB. Add a link to where the file is kept instead, or make it smaller and add it again.'
      )
    ).toBeInTheDocument();
    expect(upload).not.toHaveBeenCalled();
  });
});
