/**
 * Bulk administration in a modelled tenant (issue 14): SharePoint's per-user budget (3,000 requests in 5 minutes,
 * every $batch part counted, 429 + Retry-After once spent) on a modelled clock where each round trip costs a fixed
 * ROUND_TRIP_SECONDS and each Retry-After wait only moves the clock on. For each job it prints the requests (batch
 * parts counted), the round trips, and the modelled tenant seconds, each with its ratio to the issue's budget
 * ("ratio ≤ 1" is within budget). Each job starts with a fresh budget window, as if run on its own.
 */
import { TenantEmulator } from '../emulator/core/TenantEmulator';
import { createTenantState } from '../emulator/core/state';
import { ModelledClock } from '../emulator/core/tenantClock';
import { trustDirectory } from '../fixtures/tenant/trustDirectory';
import type { RequestLogEntry } from '../emulator/core/requestLog';
import { provisionSite } from '../src/app/provisionSite';
import { openCycle } from '../src/app/openCycle';
import { prepareAccess } from '../src/app/prepareAccess';
import { commitRosterImport } from '../src/app/roster/commitRosterImport';
import { previewRosterImport } from '../src/app/roster/previewRosterImport';
import { cycleContaining, type IsoDate } from '../src/domain';
import type { AppServices, RosterEntry } from '../src/data/ports';
import { servicesAs } from '../test/support/overEmulator';
import type { Bench, Figure } from './types';

/** One HTTP round trip to SharePoint Online from a school: network, sign-in token, server time (a batch is one). */
export const ROUND_TRIP_SECONDS = 0.4;

const TODAY = '2026-11-24' as IsoDate;
const CYCLE = cycleContaining(TODAY, 4);
const HR = 'hr@trust.example';

/** What one job cost. */
interface Cost {
  requests: number;
  roundTrips: number;
  seconds: number;
  throttled: number;
}

/** `name: value` with the ratio to its budget beside it. */
const against = (name: string, value: number, budget?: number): Figure =>
  [name, budget === undefined ? value : `${value} (${(value / budget).toFixed(2)} of budget ${budget})`];

const requestsIn = (entries: readonly RequestLogEntry[]): number => entries.reduce((n, e) => n + (e.batchParts || 1), 0);

/** A trust of `staff` support staff in a modelled tenant with SharePoint's per-user budget, its site set up. */
async function modelledTrust(staff: number): Promise<{ emulator: TenantEmulator; clock: ModelledClock; hr: AppServices; setUp: Cost }> {
  const clock = new ModelledClock(ROUND_TRIP_SECONDS);
  const emulator = new TenantEmulator(createTenantState(trustDirectory(staff, 12)), { budget: { clock } });
  const hr = servicesAs(emulator, HR);
  const setUp = await measure(emulator, clock, async () => {
    const result = await provisionSite(hr.provisioner, { onEvent: () => undefined, wait: (s) => clock.wait(s) });
    if (!result.ok) throw new Error(`set-up failed: ${JSON.stringify(result.error)}`);
  });
  return { emulator, clock, hr, setUp };
}

async function measure(emulator: TenantEmulator, clock: ModelledClock, job: () => Promise<void>): Promise<Cost> {
  emulator.budget?.clear();
  const mark = emulator.log.mark();
  const started = clock.elapsed();
  await job();
  const entries = emulator.log.since(mark);
  return {
    requests: requestsIn(entries),
    roundTrips: entries.length,
    seconds: Math.round(clock.elapsed() - started),
    throttled: entries.filter((e) => e.status === 429).length
  };
}

/** The roster CSV an MIS exports for the generated trust (rows beyond the trust's staff are not in the directory). */
function rosterCsv(emulator: TenantEmulator, rows: number): string {
  const people = emulator.state.directory.users.filter((u) => u.staffCategory);
  const lines = [
    'email,display_name,job_title,category,contract,working_pattern,working_days,start_time,end_time,term_time_only,reviewer_email,start_date,probation_passed'
  ];
  for (let i = 0; i < rows; i++) {
    const p = people[i];
    const upn = p ? p.upn : `extra${i}@trust.example`;
    lines.push(
      `${upn},${p ? p.displayName : `Extra ${i}`},Teaching assistant,Learning support,Permanent,Full-time,Mon Tue Wed Thu Fri,08:30,15:30,yes,${p?.reviewerUpn ?? ''},01/09/2019,yes`
    );
  }
  return lines.join('\n');
}

/** Imports the trust's staff through the production use case (preview from CSV, then write). */
async function importRoster(
  emulator: TenantEmulator,
  clock: ModelledClock,
  hr: AppServices,
  staff: number
): Promise<{ cost: Cost; entries: RosterEntry[] }> {
  const cost = await measure(emulator, clock, async () => {
    const preview = await previewRosterImport(rosterCsv(emulator, staff), hr.directory, []);
    if (!preview.ok) throw new Error(`preview failed: ${JSON.stringify(preview.error)}`);
    const written = await commitRosterImport(preview.value, hr.roster, { wait: (s) => clock.wait(s), onProgress: () => undefined });
    if (!written.ok) throw new Error(`import failed: ${JSON.stringify(written.error)}`);
  });
  const listed = await hr.roster.listRoster();
  if (!listed.ok) throw new Error('roster load failed');
  return { cost, entries: listed.value.entries };
}

/** The prepare-access step an administrator runs after an import: the containers that belong to the roster. */
async function prepareFor(emulator: TenantEmulator, clock: ModelledClock, hr: AppServices, roster: readonly RosterEntry[]): Promise<Cost> {
  let waits = 0;
  const cost = await measure(emulator, clock, async () => {
    const prepared = await prepareAccess(roster, hr.records, {
      wait: (s) => clock.wait(s), maxThrottleRetries: 10, onProgress: (p) => {
        if (p.waitingSeconds) waits++;
      }
    });
    if (!prepared.ok) throw new Error(`preparing access failed (a 429 reached the user as an error): ${JSON.stringify(prepared.error)}`);
    if (prepared.value.prepared !== roster.length) throw new Error(`prepared ${prepared.value.prepared} of ${roster.length}`);
  });
  return { ...cost, throttled: Math.max(cost.throttled, waits) };
}

async function openFor(emulator: TenantEmulator, clock: ModelledClock, hr: AppServices, roster: readonly RosterEntry[]): Promise<Cost> {
  let waits = 0;
  const cost = await measure(emulator, clock, async () => {
    const opened = await openCycle(roster, hr.records, CYCLE, 6, TODAY, {
      wait: (s) => clock.wait(s), maxThrottleRetries: 10, onProgress: (p) => {
        if (p.waitingSeconds) waits++;
      }
    });
    if (!opened.ok) throw new Error(`opening failed (a 429 reached the user as an error): ${JSON.stringify(opened.error)}`);
    if (opened.value.opened !== roster.length) throw new Error(`opened ${opened.value.opened} of ${roster.length}`);
  });
  return { ...cost, throttled: Math.max(cost.throttled, waits) };
}

export const bulk: Bench = {
  name: 'bulk administration in a modelled tenant',
  async run({ smoke }) {
    const figures: Figure[] = [['bulk_round_trip_seconds', ROUND_TRIP_SECONDS]];
    // BENCH_BULK_SIZES=300 measures one size only (a quicker local run); CI runs --smoke.
    const sizes = smoke ? [60] : (process.env.BENCH_BULK_SIZES ?? '300,1500').split(',').map(Number);
    for (const staff of sizes) {
      const { emulator, clock, hr, setUp } = await modelledTrust(staff);
      if (staff === sizes[0]) {
        figures.push(
          against('bulk_site_setup_requests', setUp.requests),
          against('bulk_site_setup_roundtrips', setUp.roundTrips, 40),
          against('bulk_site_setup_tenant_seconds', setUp.seconds)
        );
      }
      const { cost: imported, entries } = await importRoster(emulator, clock, hr, staff);
      figures.push(
        against(`bulk_import_${staff}_requests`, imported.requests),
        against(`bulk_import_${staff}_roundtrips`, imported.roundTrips, staff === 300 ? 10 : undefined),
        against(`bulk_import_${staff}_tenant_seconds`, imported.seconds)
      );
      const prepared = await prepareFor(emulator, clock, hr, entries);
      figures.push(
        against(`bulk_prepare_access_${staff}_requests`, prepared.requests),
        against(`bulk_prepare_access_${staff}_roundtrips`, prepared.roundTrips),
        against(`bulk_prepare_access_${staff}_tenant_seconds`, prepared.seconds),
        [`bulk_prepare_access_${staff}_requests_per_person`, Number((prepared.requests / staff).toFixed(1))],
        [`bulk_prepare_access_${staff}_throttled_round_trips`, prepared.throttled]
      );
      const opened = await openFor(emulator, clock, hr, entries);
      const is300 = staff === 300;
      figures.push(
        against(`bulk_open_cycle_${staff}_requests`, opened.requests, is300 ? 1500 : undefined),
        against(`bulk_open_cycle_${staff}_roundtrips`, opened.roundTrips, is300 ? 40 : undefined),
        against(`bulk_open_cycle_${staff}_tenant_seconds`, opened.seconds, is300 ? 120 : undefined),
        [`bulk_open_cycle_${staff}_requests_per_person`, Number((opened.requests / staff).toFixed(1))],
        [`bulk_open_cycle_${staff}_throttled_round_trips`, opened.throttled]
      );
      if (staff === sizes[0]) {
        const monitoring = await measure(emulator, clock, async () => {
          const everyone = await hr.reportSource.everyone(CYCLE.label);
          if (!everyone.ok || everyone.value.people.length < staff) throw new Error('monitoring did not read everyone');
        });
        figures.push(against(`bulk_monitoring_${staff}_roundtrips`, monitoring.roundTrips, 3));
      }
    }
    const rows = smoke ? 500 : 5000;
    const { emulator, clock, hr } = await modelledTrust(rows);
    const preview = await measure(emulator, clock, async () => {
      const result = await previewRosterImport(rosterCsv(emulator, rows), hr.directory, []);
      if (!result.ok) throw new Error(`preview failed: ${JSON.stringify(result.error)}`);
    });
    figures.push(
      against(`bulk_csv_preview_${rows}_requests`, preview.requests),
      against(`bulk_csv_preview_${rows}_roundtrips`, preview.roundTrips, smoke ? undefined : 17),
      against(`bulk_csv_preview_${rows}_tenant_seconds`, preview.seconds)
    );
    return figures;
  }
};
