import { meetingWindows, type IsoDate, type WorkingPattern } from '../../../src/domain';
import { isoDate as d } from '../../support/builders';

const pattern = (days: WorkingPattern['days'], start: string, end: string, termTimeOnly = true): WorkingPattern => ({
  kind: 'partTime',
  days,
  start,
  end,
  termTimeOnly
});
const fullTime = pattern(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], '08:00', '17:00', false);
// Summer half-term 2026 (example term dates): Mon 25 – Fri 29 May.
const isTermDay = (date: IsoDate): boolean => !(date >= '2026-05-25' && date <= '2026-05-29');

describe('meetingWindows', () => {
  it('scenario 1: a part-time TA working Mon–Wed 08:30–15:00 gets windows only on those days and hours', () => {
    const result = meetingWindows({
      from: d('2026-05-11'),
      days: 14,
      appraisee: pattern(['Mon', 'Tue', 'Wed'], '08:30', '15:00'),
      reviewer: fullTime,
      durationMinutes: 30,
      isTermDay
    });

    expect(result.ok && result.value).toEqual(
      ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-18', '2026-05-19', '2026-05-20'].map((date) => ({
        date,
        start: '08:30',
        end: '15:00'
      }))
    );
  });

  it('scenario 1: skips school holidays for term-time-only staff', () => {
    const result = meetingWindows({
      from: d('2026-05-25'),
      days: 9,
      appraisee: pattern(['Mon', 'Tue', 'Wed'], '08:30', '15:00'),
      reviewer: fullTime,
      durationMinutes: 30,
      isTermDay
    });

    expect(result.ok && result.value.map((w) => w.date)).toEqual(['2026-06-01', '2026-06-02']);
  });

  it('offers holiday dates when neither person is term-time only', () => {
    const result = meetingWindows({
      from: d('2026-05-25'),
      days: 1,
      appraisee: { ...fullTime },
      reviewer: fullTime,
      durationMinutes: 30,
      isTermDay
    });

    expect(result.ok && result.value).toEqual([{ date: '2026-05-25', start: '08:00', end: '17:00' }]);
  });

  it('scenario 2: reviewer Thu–Fri and appraisee Mon–Wed have no working day in common', () => {
    const result = meetingWindows({
      from: d('2026-05-11'),
      days: 28,
      appraisee: pattern(['Mon', 'Tue', 'Wed'], '08:30', '15:00'),
      reviewer: pattern(['Thu', 'Fri'], '08:00', '16:00'),
      durationMinutes: 30,
      isTermDay
    });

    expect(result).toEqual({ ok: false, error: { code: 'noCommonWorkingDay' } });
  });

  it('AB9.N1: never squeezes an hour-long review into a 45-minute overlap', () => {
    const result = meetingWindows({
      from: d('2026-05-11'),
      days: 7,
      appraisee: pattern(['Mon'], '11:45', '13:15'),
      reviewer: pattern(['Mon'], '08:00', '12:30'),
      durationMinutes: 60,
      isTermDay
    });

    expect(result).toEqual({ ok: false, error: { code: 'noCommonHours', minutesAvailable: 45 } });
  });

  it('says when every common working day in range is a holiday', () => {
    const result = meetingWindows({
      from: d('2026-05-25'),
      days: 5,
      appraisee: pattern(['Mon'], '08:30', '15:00'),
      reviewer: fullTime,
      durationMinutes: 30,
      isTermDay
    });

    expect(result).toEqual({ ok: false, error: { code: 'onlyHolidays' } });
  });
});
