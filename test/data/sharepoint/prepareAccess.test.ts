/**
 * @jest-environment node
 *
 * Preparing access as its own resumable step (issue 14, docs/bulk-administration.md): the containers that belong to a
 * person's place on the roster are made in $batch requests; a run stopped half-way and run again makes nothing twice;
 * and opening a cycle for people already prepared writes only what is per cycle.
 */
import { prepareAccess, type PrepareAccessProgress } from '../../../src/app/prepareAccess';
import { openCycle } from '../../../src/app/openCycle';
import { provisionSite } from '../../../src/app/provisionSite';
import { DEFAULT_SCHEME_SETTINGS } from '../../../src/domain';
import type { RosterEntry } from '../../../src/data/ports';
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { ModelledClock } from '../../../emulator/core/tenantClock';
import { seedTenant } from '../../../fixtures/tenant/school';
import personas from '../../../fixtures/tenant/personas.json';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { importSeededRoster } from '../../support/seededRoster';
import { CYCLE, TODAY } from '../../support/openedRecords';
import { listTitled, written } from '../../support/bulkWrites';
import { isoDate } from '../../support/builders';

const HR = upnWithRole('hrAdmin');
const STAFF = personas.people.filter((p) => p.staffCategory).slice(0, 10).map((p) => p.upn);

async function schoolWithRoster(budget?: { requests: number; windowSeconds: number }): Promise<{
  emulator: TenantEmulator;
  clock: ModelledClock;
  roster: RosterEntry[];
}> {
  const clock = new ModelledClock(0.4);
  const emulator = new TenantEmulator(seedTenant(), budget ? { budget: { clock, limits: { sharepoint: budget, graph: budget } } } : {});
  const setUp = async (): Promise<RosterEntry[]> => {
    const made = await provisionSite(servicesAs(emulator, HR).provisioner, { onEvent: () => undefined, wait: async () => undefined });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    return importSeededRoster(emulator, STAFF);
  };
  const roster = emulator.budget ? await emulator.budget.uncounted(setUp) : await setUp();
  emulator.log.clear();
  return { emulator, clock, roster };
}

function prepare(
  emulator: TenantEmulator,
  roster: RosterEntry[],
  progress: PrepareAccessProgress[] = [],
  clock?: ModelledClock
): ReturnType<typeof prepareAccess> {
  return prepareAccess(roster, servicesAs(emulator, HR).records, {
    wait: async (seconds) => {
      await clock?.wait(seconds);
    },
    maxThrottleRetries: 8,
    onProgress: (p) => progress.push(p)
  });
}

const open = (emulator: TenantEmulator, roster: RosterEntry[]): ReturnType<typeof openCycle> =>
  openCycle(roster, servicesAs(emulator, HR).records, CYCLE, DEFAULT_SCHEME_SETTINGS.retentionYears, TODAY, {
    wait: async () => undefined,
    onProgress: () => undefined
  });

const folders = (emulator: TenantEmulator, title: string): string[] =>
  listTitled(emulator, title)
    .items.filter((i) => i.fsObjType === 1)
    .map((i) => i.fileLeafRef)
    .sort();

describe('preparing access as its own step', () => {
  it('prepares everyone in $batch requests, and then opening writes only what is per cycle', async () => {
    const reference = await schoolWithRoster();
    expect((await open(reference.emulator, reference.roster)).ok).toBe(true);
    const { emulator, roster } = await schoolWithRoster();
    const progress: PrepareAccessProgress[] = [];

    const prepared = await prepare(emulator, roster, progress);

    expect(prepared).toEqual({ ok: true, value: { prepared: roster.length, alreadyReady: 0 } });
    expect(emulator.log.entries.every((e) => e.url.endsWith('/_api/$batch') && e.batchParts <= 100)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: roster.length, total: roster.length });
    // No cycle record yet: preparing is not opening.
    expect(listTitled(emulator, 'AppraisalRecords').items.filter((i) => i.values.RecordKind === 'cycle')).toHaveLength(0);

    emulator.log.clear();
    const opened = await open(emulator, roster);

    expect(opened).toEqual({ ok: true, value: { opened: roster.length, alreadyOpen: 0, notInCycle: 0 } });
    const requests = emulator.log.entries.reduce((n, e) => n + e.batchParts, 0);
    // The start-of-run reads (8), then per person: the look-up, the record, its audit entry, RetainUntil.
    expect(requests).toBeLessThanOrEqual(8 + 4 * roster.length);
    expect(emulator.log.entries.length).toBeLessThanOrEqual(5);
    // The same permissions, folders, records and audit as opening everyone in one go.
    expect(written(emulator)).toEqual(written(reference.emulator));
  });

  it('run again after stopping half-way, makes only what is missing and nothing twice', async () => {
    const reference = await schoolWithRoster();
    expect((await prepare(reference.emulator, reference.roster)).ok).toBe(true);
    const { emulator, roster } = await schoolWithRoster();
    // Carried out, answer lost: a signature folder and a grant exist although the client saw an error.
    emulator.faults.add({ status: 504, afterCommit: true, match: "getbytitle('appraisalsignatures')/addvalidateupdateitemusingpath", count: 2 });
    // Then refused for good part-way through the grants: the run stops with some people half-prepared.
    emulator.faults.add({ status: 403, match: 'addroleassignment', count: 25 });

    const first = await prepare(emulator, roster);

    expect(first.ok).toBe(false);
    const half = await servicesAs(emulator, HR).records.beginPreparing();
    if (!half.ok) throw new Error('could not start');
    const lacking = await half.value.lacking(roster);
    expect(lacking.ok && lacking.value.length).toBeGreaterThan(0);
    expect(lacking.ok && lacking.value.length).toBeLessThan(roster.length);
    emulator.faults.clear();

    const second = await prepare(emulator, roster);

    expect(second.ok && second.value.prepared + second.value.alreadyReady).toBe(roster.length);
    expect(second.ok && second.value.alreadyReady).toBeGreaterThan(0);
    expect(written(emulator)).toEqual(written(reference.emulator));
    for (const title of ['AppraisalRecords', 'AppraisalEvidence', 'AppraisalSignatures'])
      expect(new Set(folders(emulator, title)).size).toBe(folders(emulator, title).length);
    expect(await prepare(emulator, roster)).toEqual({ ok: true, value: { prepared: 0, alreadyReady: roster.length } });
  });

  it('waits out a spent per-user budget, showing the wait, and never reports a 429 as an error', async () => {
    const reference = await schoolWithRoster();
    expect((await prepare(reference.emulator, reference.roster)).ok).toBe(true);
    const { emulator, clock, roster } = await schoolWithRoster({ requests: 60, windowSeconds: 60 });
    const progress: PrepareAccessProgress[] = [];

    const result = await prepare(emulator, roster, progress, clock);

    expect(result).toEqual({ ok: true, value: { prepared: roster.length, alreadyReady: 0 } });
    expect(progress.some((p) => p.waitingSeconds)).toBe(true);
    expect(written(emulator)).toEqual(written(reference.emulator));
  });

  it('leaves out people who have left', async () => {
    const { emulator, roster } = await schoolWithRoster();
    const [leaver, ...others] = roster;

    const result = await prepare(emulator, [{ ...leaver, leftOn: isoDate('2026-10-31') }, ...others]);

    expect(result).toEqual({ ok: true, value: { prepared: others.length, alreadyReady: 0 } });
    expect(folders(emulator, 'AppraisalEvidence')).not.toContain(leaver.id);
  });
});
