/**
 * @jest-environment node
 *
 * Preparing the trust report end to end over the emulator: the trust's settings list the 20 school sites (and one
 * that does not exist), the trust administrator reads them, and the roll-up names every school it could read.
 */
import { prepareTrustReport } from '../../../src/app/reports/prepareTrustReport';
import { seedTrustSchools, trustPeople, TRUST_CYCLE } from '../../../fixtures/tenant/trustSchools';
import { provisionedEmulator } from '../../support/provisioned';
import { servicesAs, upnWithRole } from '../../support/overEmulator';

const ORIGIN = 'http://127.0.0.1:5173';

it('rolls up every readable school of the trust and lists the one it could not read, in one round trip per site', async () => {
  const emulator = await provisionedEmulator();
  const sites = seedTrustSchools(emulator.state, ORIGIN);
  const missing = `${ORIGIN}/sites/closed-school`;
  expect((await servicesAs(emulator, upnWithRole('hrAdmin')).trustSites.save([...sites, missing])).ok).toBe(true);
  const admin = servicesAs(emulator, trustPeople(emulator.state.directory.domain).admin);
  const mark = emulator.log.mark();

  const prepared = await prepareTrustReport(admin, TRUST_CYCLE);

  if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
  expect(prepared.value.snapshot.schools).toHaveLength(20);
  expect(prepared.value.notAvailable).toEqual([{ site: missing, available: false, reason: 'unreadable' }]);
  expect(prepared.value.disclosures).toBe(0);
  expect(
    prepared.value.snapshot.tables.some((t) => t.rows.some((r) => r.school !== undefined && r.cells.some((c) => c.count !== '[c]')))
  ).toBe(true);
  // The trust site's settings (twice: the sites and k, in parallel) and one $batch per school site, the missing one included.
  expect(emulator.log.since(mark).length).toBeLessThanOrEqual(21 + 2);
}, 60000);
