import { openCycle, type OpenCycleProgress } from '../../src/app/openCycle';
import { cycleContaining, directoryId, staffId, type IsoDate } from '../../src/domain';
import type { RosterEntry } from '../../src/data/ports';
import { MemoryRecordAccess } from '../support/memory/MemoryRecordAccess';

const cycle = cycleContaining('2026-11-24' as IsoDate, 4);
const entry = (name: string, change: Partial<RosterEntry> = {}): RosterEntry => ({
  id: staffId(name), directoryId: directoryId(name), upn: `${name}@x.org`, displayName: name, jobTitle: 'TA', category: 'learningSupport', contract: 'permanent',
  workingPattern: { kind: 'fullTime', days: ['Mon'], start: '08:30', end: '15:30', termTimeOnly: true }, reviewer: directoryId('tom'), reviewerName: 'Tom',
  reviewerUpn: 'tom@x.org', jobDescriptionUrl: undefined, startDate: undefined, probationPassed: true, leftOn: undefined, etag: '1|"1"', ...change
});
const roster = [entry('aisha'), entry('denise', { contract: 'casual' }), entry('leaver', { leftOn: '2026-01-31' as IsoDate }), entry('zoe')];
const run = (records: MemoryRecordAccess, progress: OpenCycleProgress[] = []): ReturnType<typeof openCycle> =>
  openCycle(roster, records, cycle, 6, '2026-11-24' as IsoDate, { wait: async () => undefined, onProgress: (p) => progress.push(p) });

describe('openCycle', () => {
  it('opens a record for everyone in the cycle, one-to-ones only for casual staff, with six years of retention', async () => {
    const records = new MemoryRecordAccess();
    const progress: OpenCycleProgress[] = [];

    const result = await run(records, progress);

    expect(result).toEqual({ ok: true, value: { opened: 3, alreadyOpen: 0, notInCycle: 1 } });
    expect(Array.from(records.opened.values()).map((r) => [r.entry.id, r.track, r.retainUntil])).toEqual([
      ['aisha', 'fullCycle', '2033-03-31'], ['denise', 'oneToOneOnly', '2033-03-31'], ['zoe', 'fullCycle', '2033-03-31']
    ]);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3]);
  });

  it('stops at the person SharePoint refused, then resumes without opening anyone twice', async () => {
    const records = new MemoryRecordAccess().failNext('denise', { code: 'unavailable' });

    const first = await run(records);
    const second = await run(records);

    expect(first).toEqual({ ok: false, error: { code: 'personFailed', displayName: 'denise', error: { code: 'unavailable' }, opened: 1 } });
    expect(second).toEqual({ ok: true, value: { opened: 2, alreadyOpen: 1, notInCycle: 1 } });
  });
});
