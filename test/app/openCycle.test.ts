import { openCycle, type OpenCycleProgress } from '../../src/app/openCycle';
import { cycleContaining } from '../../src/domain';
import type { RosterEntry } from '../../src/data/ports';
import { aRosterEntry, isoDate } from '../support/builders';
import { MemoryRecordAccess } from '../support/memory/MemoryRecordAccess';

const cycle = cycleContaining(isoDate('2026-11-24'), 4);
const entry = (name: string, change: Partial<RosterEntry> = {}): RosterEntry =>
  aRosterEntry(name, { upn: `${name}@x.org`, displayName: name, jobTitle: 'TA', reviewerName: 'Tom', reviewerUpn: 'tom@x.org', ...change });
const roster = [
  entry('aisha'),
  entry('denise', { contract: 'casual' }),
  entry('leaver', { leftOn: isoDate('2026-01-31') }),
  entry('zoe')
];
const run = (records: MemoryRecordAccess, progress: OpenCycleProgress[] = []): ReturnType<typeof openCycle> =>
  openCycle(roster, records, cycle, 6, isoDate('2026-11-24'), { wait: async () => undefined, onProgress: (p) => progress.push(p) });

describe('openCycle', () => {
  it('opens a record for everyone in the cycle, one-to-ones only for casual staff, with six years of retention', async () => {
    const records = new MemoryRecordAccess();
    const progress: OpenCycleProgress[] = [];

    const result = await run(records, progress);

    expect(result).toEqual({ ok: true, value: { opened: 3, alreadyOpen: 0, notInCycle: 1 } });
    expect(Array.from(records.opened.values()).map((r) => [r.entry.id, r.track, r.retainUntil])).toEqual([
      ['aisha', 'fullCycle', '2033-03-31'], ['denise', 'oneToOneOnly', '2033-03-31'], ['zoe', 'fullCycle', '2033-03-31']
    ]);
    // People are opened a hundred at a time, so progress moves by steps of people.
    expect(progress.map((p) => p.done)).toEqual([0, 3]);
    expect(progress.every((p) => p.total === 3)).toBe(true);
  });

  it('stops at the person SharePoint refused, then resumes without opening anyone twice', async () => {
    const records = new MemoryRecordAccess().failNext('denise', { code: 'accessDenied' });

    const first = await run(records);
    const second = await run(records);

    expect(first).toEqual({
      ok: false,
      error: { code: 'personFailed', displayName: 'denise', error: { code: 'accessDenied' }, opened: 2 }
    });
    expect(second).toEqual({ ok: true, value: { opened: 1, alreadyOpen: 2, notInCycle: 1 } });
  });

  it('waits as long as the longest Retry-After, shows the wait, and sends again only the people throttled', async () => {
    const records = new MemoryRecordAccess()
      .failNext('aisha', { code: 'throttled', retryAfterSeconds: 7 })
      .failNext('zoe', { code: 'throttled', retryAfterSeconds: 30 }, { code: 'unavailable' });
    const progress: OpenCycleProgress[] = [];
    const waits: number[] = [];

    const result = await openCycle(roster, records, cycle, 6, isoDate('2026-11-24'), { wait: async (s) => {
      waits.push(s);
    }, onProgress: (p) => progress.push(p) });

    expect(result).toEqual({ ok: true, value: { opened: 3, alreadyOpen: 0, notInCycle: 1 } });
    expect(records.opened.size).toBe(3);
    expect(waits).toEqual([30, 1]);
    expect(progress).toContainEqual({ done: 1, total: 3, waitingSeconds: 30 });
    expect(progress[progress.length - 1]).toEqual({ done: 3, total: 3 });
  });

  it('gives up on a person still throttled after the retries, naming them', async () => {
    const throttled = { code: 'throttled', retryAfterSeconds: 1 } as const;
    const records = new MemoryRecordAccess().failNext('zoe', throttled, throttled, throttled);

    const result = await openCycle(roster, records, cycle, 6, isoDate('2026-11-24'), {
      wait: async () => undefined,
      maxThrottleRetries: 2,
      onProgress: () => undefined
    });

    expect(result).toEqual({ ok: false, error: { code: 'personFailed', displayName: 'zoe', error: throttled, opened: 2 } });
  });
});
