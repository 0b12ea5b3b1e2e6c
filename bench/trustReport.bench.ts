/**
 * The trust report over the emulator's trust of 20 school sites (issue 17): round trips to read every school's
 * published report and return as the trust administrator, counted from the request log (a $batch counts once),
 * against the budget of one per site plus a small constant; and the roll-up's audit over what was read.
 */
import { performance } from 'node:perf_hooks';
import { buildTrustReport, type IsoDate } from '../src/domain';
import { seedTrustSchools, trustPeople, TRUST_CYCLE } from '../fixtures/tenant/trustSchools';
import { provisionedEmulator } from '../test/support/provisioned';
import { servicesAs } from '../test/support/overEmulator';
import type { Bench } from './types';

/** One round trip per school site, and a constant of 2 for the trust's own site (its settings, say). */
const SITES = 20;
const BUDGET = SITES + 2;

export const trustReport: Bench = {
  name: 'trust report',
  async run() {
    const emulator = await provisionedEmulator();
    const sites = seedTrustSchools(emulator.state, 'http://127.0.0.1:5173', SITES);
    const admin = servicesAs(emulator, trustPeople(emulator.state.directory.domain).admin);
    const mark = emulator.log.mark();
    const start = performance.now();
    const read = await admin.trustReports.schools(sites, TRUST_CYCLE);
    const ms = performance.now() - start;
    const trips = emulator.log.since(mark).length;
    const schools = read.flatMap((r) => (r.available ? [r.school] : []));
    const { audit } = buildTrustReport(schools, TRUST_CYCLE, '2026-05-01' as IsoDate, 5);
    return [
      ['trust_report_20_sites_roundtrips', trips],
      ['trust_report_20_sites_roundtrips_budget_ratio', Number((trips / BUDGET).toFixed(3))],
      ['trust_report_20_sites_available', schools.length],
      ['trust_report_20_sites_read_ms', Number(ms.toFixed(1))],
      ['trust_report_20_sites_emulated_visible_share', Number((audit.visible / audit.figures).toFixed(3))],
      ['trust_report_20_sites_emulated_disclosures', audit.disclosures]
    ];
  }
};
