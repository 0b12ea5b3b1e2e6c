/** Booking a meeting over the emulator as the booking and leaver tests do: the first free slot, then a one-to-one in it. */
import { findTimes } from '../../src/app/booking/findTimes';
import type { BookingInput } from '../../src/app/booking/bookMeeting';
import { DEFAULT_SCHEME_SETTINGS, type IsoDate, type WorkingPattern } from '../../src/domain';
import type { CalendarGateway, MeetingKind, RosterEntry, TimeSlot } from '../../src/data/ports';

/** The first time the reviewer and the appraisee are both free for this kind of meeting; throws when there is none. */
export async function firstFreeSlot(
  calendar: CalendarGateway, appraisee: RosterEntry, reviewerPattern: WorkingPattern, kind: MeetingKind, today: IsoDate
): Promise<TimeSlot> {
  const times = await findTimes(calendar, appraisee, reviewerPattern, kind, DEFAULT_SCHEME_SETTINGS, today);
  const slot = times.ok ? times.value[0] : undefined;
  if (!slot) throw new Error('no slot');
  return slot;
}

/** Tom's booking of a one-to-one with the appraisee in this slot, without a Teams meeting unless told. */
export const oneToOneBooking = (appraisee: RosterEntry, slot: TimeSlot, over: Partial<BookingInput> = {}): BookingInput => ({
  attempt: 'a',
  appraisee,
  reviewerName: 'Tom Hughes',
  kind: 'oneToOne',
  slot,
  teamsMeeting: false,
  recordUrl: 'https://x',
  cycleKey: '2026-27',
  ...over
});
