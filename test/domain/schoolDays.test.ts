import { awaitingTooLong, schoolDaysBetween } from '../../src/domain';
import { isoDate as d } from '../support/builders';

const terms = { termDates: [{ start: '2026-01-05', end: '2026-03-27' }, { start: '2026-04-13', end: '2026-07-22' }] };

describe('school days (DOMAIN §7.3)', () => {
  it('counts from the next school day and skips weekends and the Easter holiday: issued Fri 20 March, day 10 is Fri 17 April', () => {
    expect(schoolDaysBetween(terms, d('2026-03-20'), d('2026-03-27'))).toBe(5);
    expect(schoolDaysBetween(terms, d('2026-03-20'), d('2026-04-17'))).toBe(10);
    expect(schoolDaysBetween(terms, d('2026-03-20'), d('2026-04-20'))).toBe(11);
  });

  it('scenario 12: a shared record is flagged only after ten school days, never agreed by silence', () => {
    expect(awaitingTooLong(terms, d('2026-03-20'), d('2026-04-17'))).toBe(false);
    expect(awaitingTooLong(terms, d('2026-03-20'), d('2026-04-20'))).toBe(true);
  });

  it('counts every weekday when the school has recorded no term dates', () => {
    expect(schoolDaysBetween({ termDates: [] }, d('2026-12-04'), d('2026-12-18'))).toBe(10);
  });
});
