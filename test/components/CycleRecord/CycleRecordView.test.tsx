import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CycleRecordView } from '../../../src/components/CycleRecord/CycleRecordView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { directoryId, emptyCycleDocument, newObjective, objectiveId, staffId, type CycleDocument, type IsoDate } from '../../../src/domain';
import type { CycleRecordSummary, RosterEntry, StoredCycle } from '../../../src/data/ports';
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

function setUp(document: CycleDocument = emptyCycleDocument(), party: 'reviewer' | 'appraisee' = 'reviewer'): MemoryCycleStore {
  const store = new MemoryCycleStore();
  store.put({ summary, document, etag: '1|"1"' });
  const services = { ...memoryServices(), cycles: store };
  render(
    <AppServicesProvider services={services}>
      <CycleRecordView person={person} summary={summary} meetings={[]} party={party} />
    </AppServicesProvider>
  );
  return store;
}

const stored = (store: MemoryCycleStore): StoredCycle => store.cycles.get('s-aisha:s-aisha:2026-27') as StoredCycle;

describe('the cycle record', () => {
  it('AB5: refuses to share a planning record without objectives, marking what is missing, and saves nothing half-written', async () => {
    const store = setUp();
    await screen.findByRole('heading', { name: 'Aisha Begum: 2026/27 cycle' });

    await userEvent.click(screen.getByRole('button', { name: 'Share for agreement' }));

    expect(await screen.findByText(/things need attention before the record can be shared/)).toBeInTheDocument();
    expect(screen.getByText('Add at least one objective before sharing the planning record.')).toBeInTheDocument();
    expect(stored(store).document.stages.planning).toBeUndefined();
    expect(store.audit).toEqual([]);
  });

  it('AB11: shares a complete planning record as the reviewer\'s sign-off, with an audit entry', async () => {
    const objective = {
      ...newObjective(objectiveId('o1')),
      title: 'Phonics group',
      successCriteria: 'Six pupils move up a phase',
      agreedEvidence: 'Tracker',
      targetDate: '2027-03-12' as IsoDate
    };
    const store = setUp({ ...emptyCycleDocument(), objectives: [objective] });
    await screen.findByRole('heading', { name: 'Aisha Begum: 2026/27 cycle' });

    await userEvent.type(screen.getByLabelText(/Summary of the discussion/), 'We agreed one objective.');
    await userEvent.click(screen.getByRole('button', { name: 'Share for agreement' }));

    expect(await screen.findByText('Version 1 is shared and waiting for the appraisee to agree it.')).toBeInTheDocument();
    // The sign-off is the reviewer's own entry, kept apart from the shared document.
    expect(stored(store).document.stages.planning?.signOffs).toEqual([]);
    expect(store.signatures.get('s-aisha:2026-27')?.map((s) => [s.party, s.kind, s.version])).toEqual([['reviewer', 'signed', 1]]);
    expect(store.audit.map((a) => a.action)).toEqual(['sharedForAgreement']);
    expect(store.audit[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows the appraisee the reviewer\'s part read-only and lets her write her own preparation', async () => {
    setUp(emptyCycleDocument(), 'appraisee');
    await screen.findByRole('heading', { name: 'Aisha Begum: 2026/27 cycle' });

    expect(screen.getByLabelText('Summary of the discussion')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Your reflections on the year so far')).not.toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Share for agreement' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add an objective' })).not.toBeInTheDocument();
  });
});

describe('planning the next cycle (AB8, scenario 25)', () => {
  it('brings last year\'s partly met objective and open development need in as suggestions, agreed by nobody', async () => {
    const store = new MemoryCycleStore();
    const last: CycleRecordSummary = {
      ...summary,
      cycleKey: 's-aisha:2025-26',
      cycle: { label: '2025/26', start: '2025-04-01' as IsoDate, end: '2026-03-31' as IsoDate }
    };
    const partly = {
      ...newObjective(objectiveId('old')),
      title: 'Lead the reading group',
      successCriteria: 'Ten pupils',
      agreedEvidence: 'Logs',
      outcome: 'partlyMet' as const
    };
    const met = { ...newObjective(objectiveId('done')), title: 'Learn the MIS', outcome: 'met' as const };
    store.put({ summary: last, document: { ...emptyCycleDocument(), objectives: [partly, met] }, etag: '1|"1"' });
    store.put({ summary, document: emptyCycleDocument(), etag: '1|"1"' });
    render(
      <AppServicesProvider services={{ ...memoryServices(), cycles: store }}>
        <CycleRecordView person={person} summary={summary} meetings={[]} party="reviewer" previous={last} />
      </AppServicesProvider>
    );

    await userEvent.click(await screen.findByRole('button', { name: "Use last year's record as a starting point" }));

    expect(await screen.findByDisplayValue('Lead the reading group')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('Learn the MIS')).not.toBeInTheDocument();
    await waitFor(
      () =>
        expect(stored(store).document.objectives.map((o) => [o.title, o.carriedFrom, o.outcome])).toEqual([
          ['Lead the reading group', '2025/26', undefined]
        ]),
      { timeout: 5000 }
    );
    expect(stored(store).document.stages.planning?.signOffs ?? []).toEqual([]);
  });
});
