import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OneToOnesSection } from '../../../src/components/CycleRecord/oneToOnes/OneToOnesSection';
import { AppServicesProvider } from '../../../src/components/services/AppServicesContext';
import { emptyOneToOneNotes, ok, type OneToOneNotes } from '../../../src/domain';
import type { MeetingRecord } from '../../../src/data/ports';
import { memoryServices } from '../../support/memory/memoryServices';
import { isoDate, isoInstant } from '../../support/builders';

const meeting = (key: string, start: string, notes?: MeetingRecord['notes']): MeetingRecord => ({
  meetingKey: key,
  staffKey: 's-aisha',
  reviewerKey: 'r-tom',
  kind: 'oneToOne',
  eventId: `ev-${key}`,
  start: isoInstant(start),
  end: isoInstant(start.replace(':00:00Z', ':30:00Z')),
  status: 'booked',
  joinUrl: undefined,
  notes,
  etag: `1|"${key}"`
});

describe('one-to-ones (AB9, AB10)', () => {
  it('AB9.N6: carries an unfinished action into the next one-to-one and saves a two-way agenda', async () => {
    const held = {
      ...emptyOneToOneNotes(),
      heldOn: isoDate('2026-10-05'),
      actions: [
        { id: 'a1', text: 'Book the phonics course', owner: 'appraisee' as const, due: undefined, done: false, carriedFrom: undefined }
      ]
    };
    const saveNotes = jest.fn(async (m: MeetingRecord, notes: OneToOneNotes) => ok({ ...m, notes, etag: '1|"9"' }));
    const services = { ...memoryServices(), meetings: { ...memoryServices().meetings, saveNotes } };
    render(
      <AppServicesProvider services={services}>
        <OneToOnesSection
          meetings={[meeting('m1', '2026-10-05T10:00:00Z', held), meeting('m2', '2026-12-07T10:00:00Z')]}
          party="appraisee"
          today="2026-11-24"
          newId={(p) => `${p}-1`}
        />
      </AppServicesProvider>
    );

    expect(await screen.findByDisplayValue('Book the phonics course')).toBeInTheDocument();
    expect(screen.getByText('Carried over from an earlier one-to-one')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Something you want to talk about'), 'Planning time');
    await userEvent.click(screen.getByRole('button', { name: 'Add to the agenda' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(saveNotes).toHaveBeenCalledTimes(1));
    const [saved, notes] = saveNotes.mock.calls[0];
    expect(saved.etag).toBe('1|"m2"');
    expect(notes.agenda.map((a) => [a.text, a.raisedBy])).toEqual([['Planning time', 'appraisee']]);
    expect(notes.actions.map((a) => [a.text, a.carriedFrom])).toEqual([['Book the phonics course', 'm1']]);
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });

  it('says plainly when nothing has been booked yet', () => {
    render(
      <AppServicesProvider services={memoryServices()}>
        <OneToOnesSection meetings={[]} party="reviewer" today="2026-11-24" newId={(p) => p} />
      </AppServicesProvider>
    );

    expect(screen.getByText(/No one-to-ones have been booked yet/)).toBeInTheDocument();
  });
});
