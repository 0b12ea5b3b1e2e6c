/** Two people saving one one-to-one's notes at once: the later save merges instead of losing the earlier one. */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OneToOnesSection } from '../../../src/components/CycleRecord/oneToOnes/OneToOnesSection';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { emptyOneToOneNotes, fail, ok, type OneToOneNotes, type Result } from '../../../src/domain';
import type { MeetingRecord, MeetingSaveError } from '../../../src/data/ports';
import { memoryServices } from '../../support/memory/memoryServices';
import { isoInstant } from '../../support/builders';

const meeting: MeetingRecord = {
  meetingKey: 'm1',
  staffKey: 's-aisha',
  reviewerKey: 'r-tom',
  kind: 'oneToOne',
  eventId: 'ev-m1',
  start: isoInstant('2026-12-07T10:00:00Z'),
  end: isoInstant('2026-12-07T10:30:00Z'),
  status: 'booked',
  joinUrl: undefined,
  notes: emptyOneToOneNotes(),
  etag: '1|"1"'
};

/** A store where the reviewer saved `theirs` after this page opened. */
function storeWith(theirs: OneToOneNotes): jest.Mock<Promise<Result<MeetingRecord, MeetingSaveError>>, [MeetingRecord, OneToOneNotes]> {
  let stored: MeetingRecord = { ...meeting, notes: theirs, etag: '1|"2"' };
  return jest.fn(async (target: MeetingRecord, notes: OneToOneNotes) => {
    if (target.etag !== stored.etag) return fail({ code: 'staleVersion' as const, current: stored });
    stored = { ...stored, notes, etag: `1|"${Number(stored.etag.slice(3, -1)) + 1}"` };
    return ok(stored);
  });
}

function open(saveNotes: ReturnType<typeof storeWith>): void {
  render(
    <AppServicesProvider services={{ ...memoryServices(), meetings: { ...memoryServices().meetings, saveNotes } }}>
      <OneToOnesSection meetings={[meeting]} party="appraisee" today="2026-11-24" otherName="Tom Hughes" newId={(p) => `${p}-1`} />
    </AppServicesProvider>
  );
}

describe('saving one-to-one notes over a version saved meanwhile', () => {
  it('merges different notes and saves them over the new version', async () => {
    const saveNotes = storeWith({ ...emptyOneToOneNotes(), wellbeing: 'Workload is fine this term.' });
    open(saveNotes);

    await userEvent.type(screen.getByLabelText('What is going well'), 'The reading group');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Merged with changes by Tom Hughes. All changes saved.')).toBeInTheDocument();
    const [target, notes] = saveNotes.mock.calls[1];
    expect(target.etag).toBe('1|"2"');
    expect([notes.goingWell, notes.wellbeing]).toEqual(['The reading group', 'Workload is fine this term.']);
    expect(screen.getByLabelText('Workload, ways of working and wellbeing')).toHaveValue('Workload is fine this term.');
  });

  it('shows a note both changed with both texts, saves nothing until chosen, and keeps both on request', async () => {
    const saveNotes = storeWith({ ...emptyOneToOneNotes(), sharedNotes: 'His notes.' });
    open(saveNotes);

    await userEvent.type(screen.getByLabelText('Notes of the discussion'), 'Her notes.');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const field = await screen.findByRole('group', { name: 'Notes of the discussion' });
    expect(within(field).getByText('Her notes.')).toBeInTheDocument();
    expect(within(field).getByText('His notes.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(saveNotes).toHaveBeenCalledTimes(1);

    await userEvent.click(within(field).getByRole('button', { name: 'Keep both' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(saveNotes).toHaveBeenCalledTimes(2));
    expect(saveNotes.mock.calls[1][1].sharedNotes).toBe('Her notes.\n\n———\n\nHis notes.');
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });
});
