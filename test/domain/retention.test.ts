import { retainUntilFor, retentionCycleOf, reviewDisposal, subjectAccessDue, type RetainedItem } from '../../src/domain';
import { isoDate as d, optionalIsoDate } from '../support/builders';

const cycle = { label: '2025/26', start: d('2025-04-01'), end: d('2026-03-31') };

describe('retention (UK-15)', () => {
  it('keeps until the end of the cycle plus the school’s years', () => {
    expect(retainUntilFor(cycle, 6)).toBe('2032-03-31');
    expect(retainUntilFor(cycle, 8)).toBe('2034-03-31');
  });

  it('keeps a leaver’s records until the end of employment plus the years where that is later', () => {
    expect(retainUntilFor(cycle, 6, d('2026-07-31'))).toBe('2032-07-31');
    expect(retainUntilFor(cycle, 6, d('2025-09-30'))).toBe('2032-03-31');
  });

  it('finds the cycle from a record key, a cycle key or a label, else from the date the item was made', () => {
    expect(retentionCycleOf('S0007:2019-20', d('2026-01-01'), 4).label).toBe('2019/20');
    expect(retentionCycleOf('2019/20', d('2026-01-01'), 4).end).toBe('2020-03-31');
    expect(retentionCycleOf(undefined, d('2021-02-10'), 4).label).toBe('2020/21');
    expect(retentionCycleOf('S0007:2019-20:planning:v2', d('2021-02-10'), 4).label).toBe('2019/20');
  });

  it('makes due only what is past retention and not held; undated items are counted, never due', () => {
    const item = (staffKey: string, retainUntil?: string): RetainedItem => ({
      list: 'AppraisalRecords',
      itemId: 1,
      staffKey,
      ref: staffKey,
      kind: 'cycle',
      retainUntil: optionalIsoDate(retainUntil)
    });
    const items = [item('A', '2026-03-31'), item('B', '2026-12-02'), item('C', '2025-03-31'), item('D'), item('E', '2024-03-31')];
    const holds = [
      { staffKey: 'C', reason: 'Grievance', placedOn: d('2026-01-05') },
      { staffKey: 'E', reason: 'Old SAR', placedOn: d('2025-01-05'), liftedOn: d('2025-03-01') }
    ];

    const review = reviewDisposal(items, holds, d('2026-12-02'));

    expect(review.due.map((i) => i.staffKey)).toEqual(['A', 'E']);
    expect(review.held).toEqual([{ item: items[2], reason: 'Grievance' }]);
    expect(review.undated).toBe(1);
  });
});

describe('subject access due date (ICO one calendar month)', () => {
  it('is the corresponding date next month, the month’s last day if none, the next working day after a weekend', () => {
    expect(subjectAccessDue(d('2026-01-30'))).toBe('2026-03-02');
    expect(subjectAccessDue(d('2026-03-10'))).toBe('2026-04-10');
    expect(subjectAccessDue(d('2026-04-03'), [d('2026-05-04')])).toBe('2026-05-05');
  });
});
