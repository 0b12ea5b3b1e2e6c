/**
 * The workbench's trust (POST /_emulator/reset?seed=trust): the school part-way through the year, whose appraisal
 * site plays the trust's own site, its settings listing 20 school sites on the workbench's origin.
 */
import type { TenantEmulator } from '../core/TenantEmulator';
import personas from './personas.json';
import { servicesAs } from './inProcessServices';
import { seedMidYearSchool } from './midYearSchool';
import { seedTrustSchools, TRUST_CYCLE, trustPeople } from './trustSchools';
import { prepareTrustReport, publishTrustReport } from '../../src/app/reports/prepareTrustReport';
import { systemClock } from '../../src/data/systemClock';

/**
 * Seeds the school, then the trust's 20 school sites at `origin`, lists them in the trust's settings, and publishes
 * the trust report for the board as the trust administrator would (prepare, then publish on the trust's site).
 */
export async function seedTrust(emulator: TenantEmulator, origin: string): Promise<void> {
  await seedMidYearSchool(emulator);
  const sites = seedTrustSchools(emulator.state, origin);
  const hrUpn = personas.people.find((p) => p.roles.includes('hrAdmin'))?.upn ?? '';
  const saved = await servicesAs(emulator, hrUpn, systemClock).trustSites.save(sites);
  if (!saved.ok) throw new Error(`emulator: listing the trust's school sites failed: ${JSON.stringify(saved.error)}`);
  const admin = servicesAs(emulator, trustPeople(emulator.state.directory.domain).admin, systemClock);
  const prepared = await prepareTrustReport(admin, TRUST_CYCLE);
  if (!prepared.ok) throw new Error(`emulator: preparing the trust report failed: ${JSON.stringify(prepared.error)}`);
  const published = await publishTrustReport(admin.trustReportStore, prepared.value, systemClock.today());
  if (!published.ok) throw new Error(`emulator: publishing the trust report failed: ${JSON.stringify(published.error)}`);
}
