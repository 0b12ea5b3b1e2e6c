import { fromGraph, toGraph, toGraphLondon } from '../../../src/data/graph/graphTime';
import { recurrenceFor } from '../../../src/data/graph/recurrence';
import { isoDate, isoInstant as at } from '../../support/builders';


describe('Graph date-times', () => {
  it.each([
    ['a winter morning (GMT)', '2026-03-27T08:30:00Z', '2026-03-27T08:30:00'],
    ['the Monday after clocks go forward (BST)', '2026-03-30T07:30:00Z', '2026-03-30T08:30:00'],
    ['the Friday before clocks go back (BST)', '2026-10-23T07:30:00Z', '2026-10-23T08:30:00'],
    ['the Monday after clocks go back (GMT)', '2026-10-26T08:30:00Z', '2026-10-26T08:30:00']
  ])('writes %s as London wall-clock time', (_label, utc, local) => {
    expect(toGraphLondon(at(utc))).toEqual({ dateTime: local, timeZone: 'GMT Standard Time' });
  });

  it('round-trips UTC through Graph pairs, dropping the fraction Graph adds', () => {
    expect(toGraph(at('2026-05-04T13:00:00Z'))).toEqual({ dateTime: '2026-05-04T13:00:00', timeZone: 'UTC' });
    expect(fromGraph({ dateTime: '2026-05-04T13:00:00.0000000', timeZone: 'UTC' })).toBe('2026-05-04T13:00:00Z');
  });

  it('refuses a dateTime that is not in UTC rather than guessing its offset', () => {
    expect(() => fromGraph({ dateTime: '2026-05-04T13:00:00', timeZone: 'GMT Standard Time' })).toThrow(/UTC/);
  });

  it('repeats a series on the London weekday of the first meeting, in London time', () => {
    expect(recurrenceFor(at('2026-09-07T07:30:00Z'), { weeks: 6, until: isoDate('2027-07-16') })).toEqual({
      pattern: { type: 'weekly', interval: 6, daysOfWeek: ['monday'], firstDayOfWeek: 'monday' },
      range: { type: 'endDate', startDate: '2026-09-07', endDate: '2027-07-16', recurrenceTimeZone: 'GMT Standard Time' }
    });
  });
});
