/** The cycle record as the component tests open it: Aisha's 2026/27 record over an in-memory cycle store. */
import * as React from 'react';
import { render } from '@testing-library/react';
import { CycleRecordView } from '../../src/components/CycleRecord/CycleRecordView';
import { AppServicesProvider } from '../../src/components/services/AppServicesContext';
import { directoryId, emptyCycleDocument, type CycleDocument } from '../../src/domain';
import type { AppServices, CycleRecordSummary, RosterEntry, StoredCycle } from '../../src/data/ports';
import { aCycle, aRosterEntry } from './builders';
import { MemoryCycleStore } from './memory/MemoryCycleStore';
import { memoryServices } from './memory/memoryServices';

/** Aisha: a part-time TA, reviewed by Tom. */
export const AISHA: RosterEntry = aRosterEntry('s-aisha', {
  upn: 'aisha@school.example',
  displayName: 'Aisha Begum',
  workingPattern: { kind: 'partTime', days: ['Mon', 'Tue', 'Wed'], start: '08:30', end: '15:00', termTimeOnly: true },
  reviewer: directoryId('r-tom')
});

/** Aisha's 2026/27 cycle at planning. */
export const AISHA_CYCLE: CycleRecordSummary = aCycle('s-aisha', 'planning', { reviewerKey: 'r-tom' });

type ViewProps = Omit<React.ComponentProps<typeof CycleRecordView>, 'person' | 'summary' | 'meetings' | 'party'>;

export interface OpenRecord {
  document?: CycleDocument;
  party?: 'reviewer' | 'appraisee';
  person?: RosterEntry;
  summary?: CycleRecordSummary;
  /** Services other than the cycle store (settings, frameworks…). */
  services?: Partial<AppServices>;
  /** The store to open the record from; a new one holding `document` at etag 1 when absent. */
  store?: MemoryCycleStore;
  view?: ViewProps;
}

/** Renders the record (the reviewer's view of Aisha's planning record unless told otherwise); returns its store. */
export function openRecord(options: OpenRecord = {}): MemoryCycleStore {
  const summary = options.summary ?? AISHA_CYCLE;
  const store = options.store ?? new MemoryCycleStore();
  if (!options.store) store.put({ summary, document: options.document ?? emptyCycleDocument(), etag: '1|"1"' });
  render(
    <AppServicesProvider services={{ ...memoryServices(), ...options.services, cycles: store }}>
      <CycleRecordView
        person={options.person ?? AISHA}
        summary={summary}
        meetings={[]}
        party={options.party ?? 'reviewer'}
        {...options.view}
      />
    </AppServicesProvider>
  );
  return store;
}

/** What the store holds for Aisha's 2026/27 record. */
export const storedRecord = (store: MemoryCycleStore, summary: CycleRecordSummary = AISHA_CYCLE): StoredCycle =>
  store.cycles.get(`${summary.staffKey}:${summary.cycleKey}`) as StoredCycle;
