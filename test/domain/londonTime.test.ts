import { londonDateOf } from '../../src/domain';
import { isoInstant, uncheckedIsoInstant } from '../support/builders';

const at = isoInstant;
const intlLondon = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('londonDateOf', () => {
  it('is the UTC day in winter (GMT)', () => {
    expect(londonDateOf(at('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(londonDateOf(at('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('is the next day from 23:00 UTC in summer (BST): a 00:30 meeting on 1 April is stored on 31 March', () => {
    expect(londonDateOf(at('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(londonDateOf(at('2026-06-30T22:59:59Z'))).toBe('2026-06-30');
    expect(londonDateOf(at('2026-06-30T23:00:00.000Z'))).toBe('2026-07-01');
  });

  it('changes at 01:00 UTC on the last Sunday of March and of October', () => {
    expect(londonDateOf(at('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(londonDateOf(at('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    expect(londonDateOf(at('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(londonDateOf(at('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
  });

  it('agrees with the tz database hour by hour around every change from 2020 to 2040', () => {
    const wrong: string[] = [];
    for (let year = 2020; year <= 2040; year++)
      for (const month of [2, 9]) {
        for (let h = 24 * 20; h < 24 * 32; h++) {
          const instant = new Date(Date.UTC(year, month, 1) + h * 3_600_000).toISOString();
          const expected = intlLondon.format(new Date(instant));
          if (londonDateOf(at(instant)) !== expected) wrong.push(`${instant} ${londonDateOf(at(instant))} ≠ ${expected}`);
        }
      }
    expect(wrong).toEqual([]);
  });

  it('keeps the first ten characters of a value that is not an instant', () => {
    expect(londonDateOf(uncheckedIsoInstant('2026-04-01Tnonsense'))).toBe('2026-04-01');
  });
});
