import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyCycleDocument, newObjective, objectiveId, type CycleDocument } from '../../../src/domain';
import type { CycleRecordSummary, StoredCycle } from '../../../src/data/ports';
import { autosave, fakeTimerUser } from '../../support/autosave';
import { anObjective, isoDate } from '../../support/builders';
import { AISHA_CYCLE, openRecord, storedRecord } from '../../support/cycleRecord';
import { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';

function setUp(document: CycleDocument = emptyCycleDocument(), party: 'reviewer' | 'appraisee' = 'reviewer'): MemoryCycleStore {
  return openRecord({ document, party });
}

const stored = (store: MemoryCycleStore): StoredCycle => storedRecord(store);

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
    const objective = anObjective();
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
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('brings last year\'s partly met objective and open development need in as suggestions, agreed by nobody', async () => {
    const store = new MemoryCycleStore();
    const last: CycleRecordSummary = {
      ...AISHA_CYCLE,
      cycleKey: 's-aisha:2025-26',
      cycle: { label: '2025/26', start: isoDate('2025-04-01'), end: isoDate('2026-03-31') }
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
    store.put({ summary: AISHA_CYCLE, document: emptyCycleDocument(), etag: '1|"1"' });
    openRecord({ store, view: { previous: last } });

    await fakeTimerUser().click(await screen.findByRole('button', { name: "Use last year's record as a starting point" }));

    expect(await screen.findByDisplayValue('Lead the reading group')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('Learn the MIS')).not.toBeInTheDocument();
    // Nothing is saved until the autosave delay passes on the (fake) clock; then the carried objective is.
    expect(stored(store).document.objectives).toEqual([]);
    await autosave();
    expect(stored(store).document.objectives.map((o) => [o.title, o.carriedFrom, o.outcome])).toEqual([
      ['Lead the reading group', '2025/26', undefined]
    ]);
    expect(stored(store).document.stages.planning?.signOffs ?? []).toEqual([]);
  });
});
