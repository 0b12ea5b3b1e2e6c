/**
 * @jest-environment node
 *
 * Opening a cycle in $batch requests (issue 14): parts of a batch that fail — throttled, refused for a moment, or
 * carried out with their answer lost — are sent again person by person, and nothing is duplicated; a user's spent
 * budget makes the run wait as long as SharePoint says, never fail.
 */
import { openCycle, type OpenCycleProgress } from '../../../src/app/openCycle';
import { provisionSite } from '../../../src/app/provisionSite';
import { DEFAULT_SCHEME_SETTINGS, recordKey } from '../../../src/domain';
import type { RosterEntry } from '../../../src/data/ports';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { ModelledClock } from '../../../emulator/core/tenantClock';
import { seedTenant } from '../../../fixtures/tenant/school';
import personas from '../../../fixtures/tenant/personas.json';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { importSeededRoster } from '../../support/seededRoster';
import { CYCLE, TODAY } from '../../support/openedRecords';
import { isoDate } from '../../support/builders';
import { listTitled, written } from '../../support/bulkWrites';

const HR = upnWithRole('hrAdmin');
const STAFF = personas.people.filter((p) => p.staffCategory).slice(0, 10).map((p) => p.upn);

async function schoolWithRoster(budget?: {
  requests: number;
  windowSeconds: number;
}): Promise<{ emulator: TenantEmulator; clock: ModelledClock; roster: RosterEntry[] }> {
  const clock = new ModelledClock(0.4);
  const emulator = new TenantEmulator(seedTenant(), budget ? { budget: { clock, limits: { sharepoint: budget, graph: budget } } } : {});
  const prepare = async (): Promise<RosterEntry[]> => {
    const setUp = await provisionSite(servicesAs(emulator, HR).provisioner, { onEvent: () => undefined, wait: async () => undefined });
    if (!setUp.ok) throw new Error(JSON.stringify(setUp.error));
    return importSeededRoster(emulator, STAFF);
  };
  const roster = emulator.budget ? await emulator.budget.uncounted(prepare) : await prepare();
  emulator.log.clear();
  return { emulator, clock, roster };
}

function open(
  emulator: TenantEmulator,
  roster: RosterEntry[],
  waits: number[] = [],
  progress: OpenCycleProgress[] = [],
  clock?: ModelledClock
): ReturnType<typeof openCycle> {
  return openCycle(roster, servicesAs(emulator, HR).records, CYCLE, DEFAULT_SCHEME_SETTINGS.retentionYears, isoDate(TODAY), {
    wait: async (seconds) => {
      waits.push(seconds);
      await clock?.wait(seconds);
    },
    maxThrottleRetries: 8,
    onProgress: (p) => progress.push(p)
  });
}

const list = listTitled;

describe('opening a cycle in $batch requests', () => {
  it('opens everyone in a handful of round trips, each person costing a fixed number of requests', async () => {
    const { emulator, roster } = await schoolWithRoster();

    const result = await open(emulator, roster);

    expect(result).toEqual({ ok: true, value: { opened: roster.length, alreadyOpen: 0, notInCycle: 0 } });
    const entries = emulator.log.entries;
    expect(entries.length).toBeLessThanOrEqual(12);
    expect(entries.every((e) => e.url.endsWith('/_api/$batch'))).toBe(true);
    expect(entries.every((e) => e.batchParts <= 100)).toBe(true);
    const requests = entries.reduce((n, e) => n + e.batchParts, 0);
    // Nobody prepared yet: opening looks each person up (one read) and makes their containers as well.
    expect(requests).toBeLessThanOrEqual(8 + 25 * roster.length);
  });

  it('sends again, person by person, the parts of a batch that failed, and duplicates nothing', async () => {
    const clean = await schoolWithRoster();
    expect((await open(clean.emulator, clean.roster)).ok).toBe(true);

    const { emulator, roster } = await schoolWithRoster();
    emulator.faults.add({ status: 429, retryAfter: 30, match: 'breakroleinheritance', count: 2 });
    emulator.faults.add({ status: 503, match: 'addroleassignment', count: 3 });
    // Carried out, answer lost: a folder, an audit entry and a cycle record each exist although the answer was an error.
    emulator.faults.add({
      status: 504,
      afterCommit: true,
      match: "getbytitle('appraisalsignatures')/addvalidateupdateitemusingpath",
      count: 1
    });
    emulator.faults.add({ status: 504, afterCommit: true, match: "getbytitle('appraisalaudit')/items", count: 2 });
    emulator.faults.add({
      status: 504,
      afterCommit: true,
      match: "getbytitle('appraisalrecords')/addvalidateupdateitemusingpath",
      count: 2
    });
    const waits: number[] = [];

    const result = await open(emulator, roster, waits);

    expect(emulator.faults.list()).toEqual([]);
    expect(result).toEqual({ ok: true, value: { opened: roster.length, alreadyOpen: 0, notInCycle: 0 } });
    expect(waits[0]).toBe(30);
    // Parts that failed were sent again in later batches, not whole batches again.
    expect(emulator.log.entries.length).toBeGreaterThan(clean.emulator.log.entries.length);
    expect(written(emulator)).toEqual(written(clean.emulator));
    for (const entry of roster) {
      const key = recordKey(entry.id, CYCLE);
      expect(list(emulator, 'AppraisalRecords').items.filter((i) => i.values.CycleKey === key)).toHaveLength(1);
      expect(
        list(emulator, 'AppraisalAudit').items.filter((i) => i.values.RecordRef === key && i.values.Action === 'recordOpened')
      ).toHaveLength(1);
    }
  });

  it('resumes a run that stopped part-way, doing only what is missing', async () => {
    const clean = await schoolWithRoster();
    expect((await open(clean.emulator, clean.roster)).ok).toBe(true);

    const { emulator, roster } = await schoolWithRoster();
    // Every cycle record create refused: the first run stops with folders and grants made, but nobody open.
    emulator.faults.add({ status: 403, match: "getbytitle('appraisalrecords')/addvalidateupdateitemusingpath", count: 100 });
    const first = await open(emulator, roster);
    expect(first.ok).toBe(false);
    emulator.faults.clear();

    const second = await open(emulator, roster);

    expect(second).toEqual({ ok: true, value: { opened: roster.length, alreadyOpen: 0, notInCycle: 0 } });
    expect(written(emulator)).toEqual(written(clean.emulator));
    expect(await open(emulator, roster)).toEqual({ ok: true, value: { opened: 0, alreadyOpen: roster.length, notInCycle: 0 } });
  });

  it('waits out a spent per-user budget, showing the wait, and never reports a 429 as an error', async () => {
    const clean = await schoolWithRoster();
    expect((await open(clean.emulator, clean.roster)).ok).toBe(true);

    // A budget far smaller than opening these people needs: 60 requests a minute.
    const { emulator, clock, roster } = await schoolWithRoster({ requests: 60, windowSeconds: 60 });
    const waits: number[] = [];
    const progress: OpenCycleProgress[] = [];

    const result = await open(emulator, roster, waits, progress, clock);

    expect(result).toEqual({ ok: true, value: { opened: roster.length, alreadyOpen: 0, notInCycle: 0 } });
    expect(emulator.log.entries.some((e) => e.status === 429 || e.parts?.some((p) => p.status === 429))).toBe(true);
    expect(waits.length).toBeGreaterThan(0);
    expect(progress.filter((p) => p.waitingSeconds).length).toBe(waits.length);
    expect(written(emulator)).toEqual(written(clean.emulator));
    expect(clock.elapsed()).toBeGreaterThan(60);
  });
});
