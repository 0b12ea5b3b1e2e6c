import { bookedMeetingFor, countOneToOnesHeld, meetingDay } from '../../../src/domain';
import { aMeeting, CYCLE_2026, isoInstant } from '../../support/builders';

const at = isoInstant;

describe('meeting records', () => {
  it('fall on their London day, not the UTC day of their start', () => {
    expect(meetingDay(aMeeting('s1', 'planning', '2026-05-12'))).toBe('2026-05-12');
    expect(meetingDay({ start: at('2026-05-11T23:30:00Z') })).toBe('2026-05-12');
    expect(meetingDay({ start: at('2026-12-11T23:30:00Z') })).toBe('2026-12-11');
  });

  it('give the first booked meeting of a kind, never a cancelled one', () => {
    const cancelled = aMeeting('s1', 'planning', '2026-05-01', { status: 'cancelled' });
    const booked = aMeeting('s1', 'planning', '2026-05-08');
    expect(bookedMeetingFor([cancelled, aMeeting('s1', 'oneToOne', '2026-05-02'), booked], 'planning')).toBe(booked);
    expect(bookedMeetingFor([cancelled], 'planning')).toBeUndefined();
  });

  it('count one-to-ones held: booked, ended by now, on a London day within the cycle', () => {
    const now = at('2026-09-01T12:00:00Z');
    const meetings = [
      aMeeting('s1', 'oneToOne', '2026-05-01'),
      aMeeting('s1', 'oneToOne', '2026-06-01', { status: 'cancelled' }),
      aMeeting('s1', 'oneToOne', '2026-10-01'),
      aMeeting('s1', 'planning', '2026-04-20'),
      aMeeting('s1', 'oneToOne', '2026-03-20'),
      // 00:30 BST on 1 April 2026, the cycle's first day, stored as 23:30Z on 31 March
      aMeeting('s1', 'oneToOne', '2026-03-31', { start: at('2026-03-31T23:30:00Z'), end: at('2026-04-01T00:15:00Z') })
    ];
    expect(countOneToOnesHeld(meetings, CYCLE_2026, now)).toBe(2);
  });

  it('leave out a one-to-one just after the cycle ends in London, though its UTC day is the last day', () => {
    const late = aMeeting('s1', 'oneToOne', '2027-03-31', { start: at('2027-03-31T23:30:00Z'), end: at('2027-03-31T23:59:00Z') });
    expect(countOneToOnesHeld([late], CYCLE_2026, at('2027-04-02T00:00:00Z'))).toBe(0);
  });
});
