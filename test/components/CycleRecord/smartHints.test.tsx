import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CycleRecordView } from '../../../src/components/CycleRecord/CycleRecordView';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { directoryId, emptyCycleDocument, newObjective, objectiveId, staffId, type CycleDocument, type IsoDate } from '../../../src/domain';
import type { CycleRecordSummary, RosterEntry } from '../../../src/data/ports';
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

function setUp(document: CycleDocument): MemoryCycleStore {
  const store = new MemoryCycleStore();
  store.put({ summary, document, etag: '1|"1"' });
  render(
    <AppServicesProvider services={{ ...memoryServices(), cycles: store }}>
      <CycleRecordView person={person} summary={summary} meetings={[]} party="reviewer" />
    </AppServicesProvider>
  );
  return store;
}

const hints = (): HTMLElement | null => screen.queryByRole('complementary', { name: /Making this objective SMART/ });

// Typing into Fluent fields on two loaded cores is slow: give each walk a minute.
jest.setTimeout(60000);

describe('SMART hints as the reviewer writes an objective', () => {
  it('"Support reading" gets hints as it is typed; adding criteria, evidence, a standard and a date clears them', async () => {
    setUp({ ...emptyCycleDocument(), objectives: [newObjective(objectiveId('o1'))] });
    await screen.findByRole('heading', { name: 'Aisha Begum: 2026/27 cycle' });
    expect(hints()).toBeNull();

    await userEvent.type(screen.getByRole('textbox', { name: /^Objective/ }), 'Support reading');

    const shown = within(hints() as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(shown).toEqual([
      expect.stringMatching(/^Specific:/), expect.stringMatching(/^Measurable: describe/), expect.stringMatching(/^Measurable: agree/),
      expect.stringMatching(/^Relevant:/), expect.stringMatching(/^Time-bound:/)
    ]);

    await userEvent.clear(screen.getByRole('textbox', { name: /^Objective/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Objective/ }), 'Run a daily reading group for six Year 3 pupils');
    await userEvent.type(screen.getByLabelText(/success criteria/), 'Each pupil reads two book bands higher by March.');
    await userEvent.type(screen.getByLabelText(/Evidence we agreed/), 'Reading records and running records.');
    await userEvent.type(screen.getByLabelText(/School priority/), 'Reading for pleasure');
    await userEvent.type(screen.getByLabelText(/Target date/), '2027-03-12');

    expect(hints()).toBeNull();
  });

  it('never blocks: a complete objective with a hint still shares for agreement', async () => {
    const objective = {
      ...newObjective(objectiveId('o1')),
      title: 'Phonics group',
      successCriteria: 'Six pupils move up a phase',
      agreedEvidence: 'Tracker',
      targetDate: '2027-03-12' as IsoDate
    };
    setUp({ ...emptyCycleDocument(), objectives: [objective] });
    await screen.findByRole('heading', { name: 'Aisha Begum: 2026/27 cycle' });
    expect(
      within(hints() as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(':')[0])
    ).toEqual(['Specific', 'Relevant']);

    await userEvent.type(screen.getByLabelText(/Summary of the discussion/), 'We agreed one objective.');
    await userEvent.click(screen.getByRole('button', { name: 'Share for agreement' }));

    expect(
      await screen.findByText('Version 1 is shared and waiting for the appraisee to agree it.', undefined, { timeout: 15000 })
    ).toBeInTheDocument();
  });
});
