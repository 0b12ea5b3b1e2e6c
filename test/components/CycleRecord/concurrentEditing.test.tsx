/** Two people saving the same record at once: the later save merges instead of choosing one person's words. */
import { screen, within } from '@testing-library/react';
import { emptyCycleDocument, emptyStageRecord, type CycleDocument, type StageRecord } from '../../../src/domain';
import type { StoredCycle } from '../../../src/data/ports';
import { autosave, fakeTimerUser } from '../../support/autosave';
import { anObjective } from '../../support/builders';
import { openRecord, storedRecord } from '../../support/cycleRecord';
import type { MemoryCycleStore } from '../../support/memory/MemoryCycleStore';

const objective = anObjective();

let store: MemoryCycleStore;
const stored = (): StoredCycle => storedRecord(store);
const planning = (doc: CycleDocument = stored().document): StageRecord => doc.stages.planning ?? emptyStageRecord('planning');

async function open(document: CycleDocument = emptyCycleDocument()): Promise<void> {
  store = openRecord({ document });
  await screen.findByRole('heading', { name: 'Aisha Begum: 2026/27 cycle' });
}

/** The appraisee saves from her own browser after this page opened. */
function appraiseeSaves(change: (record: StageRecord) => StageRecord): void {
  const now = stored();
  store.put({
    ...now,
    document: { ...now.document, stages: { ...now.document.stages, planning: change(planning(now.document)) } },
    etag: '1|"7"'
  });
}

const summaryBox = (): HTMLElement => screen.getByRole('textbox', { name: /Summary of the discussion/ });
const user = fakeTimerUser;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('saving over a version someone else saved meanwhile', () => {
  it('merges changes to different parts and saves them with the new version at once', async () => {
    await open({ ...emptyCycleDocument(), objectives: [objective] });
    appraiseeSaves((r) => ({ ...r, preparation: { ...r.preparation, selfReview: 'I have enjoyed the phonics group.' } }));

    await user().type(summaryBox(), 'We agreed one objective.');
    await autosave();

    expect(await screen.findByText('Merged with changes by Aisha Begum. All changes saved.')).toBeInTheDocument();
    expect(planning().reviewer.summary).toBe('We agreed one objective.');
    expect(planning().preparation.selfReview).toBe('I have enjoyed the phonics group.');
    expect(stored().document.objectives.map((o) => o.title)).toEqual(['Phonics group']);
    expect(screen.getByLabelText('Your reflections on the year so far')).toHaveValue('I have enjoyed the phonics group.');
  });

  it('shows only the field both changed, with both texts, saves nothing over theirs until chosen, then keeps both', async () => {
    await open();
    appraiseeSaves((r) => ({
      ...r,
      reviewer: { ...r.reviewer, summary: 'Her words.' },
      preparation: { ...r.preparation, selfReview: 'Her reflections.' }
    }));

    await user().type(summaryBox(), 'My words.');
    await autosave();

    const view = (await screen.findByRole('heading', { name: 'Choose what to keep' })).closest('section') as HTMLElement;
    const field = within(view).getByRole('group', { name: 'Planning one-to-one: Summary of the discussion' });
    expect(within(field).getByText('My words.')).toBeInTheDocument();
    expect(within(field).getByText('Her words.')).toBeInTheDocument();
    expect(within(field).getByText('The version saved meanwhile')).toBeInTheDocument();
    expect(
      within(view).getByText(/saved somewhere else while you were working on it: by Aisha Begum, or by you in another window/)
    ).toBeInTheDocument();
    expect(within(view).getAllByRole('group')).toHaveLength(1);
    expect(summaryBox()).toHaveValue('My words.');
    expect(screen.getByLabelText('Your reflections on the year so far')).toHaveValue('Her reflections.');
    await autosave();
    expect(planning().reviewer.summary).toBe('Her words.');

    await user().click(within(field).getByRole('button', { name: 'Keep both' }));
    expect(summaryBox()).toHaveValue('My words.\n\n———\n\nHer words.');
    await autosave();

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(planning().reviewer.summary).toBe('My words.\n\n———\n\nHer words.');
    expect(planning().preparation.selfReview).toBe('Her reflections.');
    expect(screen.queryByRole('heading', { name: 'Choose what to keep' })).not.toBeInTheDocument();
  });

  it('takes their text on "keep theirs" and mine on "keep mine", one field at a time', async () => {
    await open({ ...emptyCycleDocument(), objectives: [objective] });
    appraiseeSaves((r) => ({ ...r, reviewer: { ...r.reviewer, summary: 'Her summary.', feedback: 'Her feedback.' } }));
    const now = stored();
    store.put({ ...now, document: { ...now.document, objectives: [{ ...objective, title: 'Her title' }] } });

    await user().type(summaryBox(), 'My summary.');
    await user().clear(screen.getByRole('textbox', { name: /^Objective/ }));
    await user().type(screen.getByRole('textbox', { name: /^Objective/ }), 'My title');
    await autosave();

    const view = (await screen.findByRole('heading', { name: 'Choose what to keep' })).closest('section') as HTMLElement;
    expect(
      within(view)
        .getAllByRole('group')
        .map((g) => g.getAttribute('aria-labelledby') && within(g).getByRole('heading').textContent)
    ).toEqual(['Objective for “Her title”', 'Planning one-to-one: Summary of the discussion']);
    await user().click(
      within(within(view).getByRole('group', { name: 'Planning one-to-one: Summary of the discussion' })).getByRole('button', {
        name: 'Keep the saved version'
      })
    );
    expect(summaryBox()).toHaveValue('Her summary.');
    await autosave();
    expect(stored().document.objectives[0].title).toBe('Her title');

    await user().click(within(view).getByRole('button', { name: 'Keep my version' }));
    await autosave();

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(stored().document.objectives[0].title).toBe('My title');
    expect([planning().reviewer.summary, planning().reviewer.feedback]).toEqual(['Her summary.', 'Her feedback.']);
  });

  it('counts a stale save whose stored version already holds the same words as saved, without writing again', async () => {
    await open();
    appraiseeSaves((r) => ({ ...r, reviewer: { ...r.reviewer, summary: 'Same words.' } }));

    await user().type(summaryBox(), 'Same words.');
    await autosave();

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(stored().etag).toBe('1|"7"');
  });

  it('does not take an agreement step over a version the signer has not seen: the draft is merged and saved, unsigned', async () => {
    await open({
      ...emptyCycleDocument(),
      objectives: [objective],
      stages: {
        planning: {
          ...emptyStageRecord('planning'),
          reviewer: { summary: 'Agreed one objective.', feedback: '', jobDescriptionReview: undefined }
        }
      }
    });
    appraiseeSaves((r) => ({ ...r, preparation: { ...r.preparation, selfReview: 'Her reflections.' } }));

    await user().click(screen.getByRole('button', { name: 'Share for agreement' }));

    expect(await screen.findByText(/Their changes are merged with yours: check the record and try again/)).toBeInTheDocument();
    expect(planning().signOffs).toEqual([]);
    expect(planning().preparation.selfReview).toBe('Her reflections.');
    expect(store.audit).toEqual([]);
  });
});
