import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyCycleDocument, newObjective, objectiveId, type CycleDocument } from '../../../src/domain';
import { anObjective } from '../../support/builders';
import { openRecord } from '../../support/cycleRecord';
import type { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';

const setUp = (document: CycleDocument): MemoryCycleStore => openRecord({ document });

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
    const objective = anObjective();
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
