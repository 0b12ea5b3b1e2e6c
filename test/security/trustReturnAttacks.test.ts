/**
 * @jest-environment node
 *
 * Issue 17: a school's exact trust return is readable only by trust administrators (and the school's own
 * administrators); SharePoint refuses a school governor, at their own school and at another. The trust report reads
 * 20 school sites in one round trip each, counted from the emulator's request log.
 */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { EmulatorSend } from '../../emulator/connect/pnpSend';
import { seedTrustSchools, trustPeople, TRUST_CYCLE } from '../../fixtures/tenant/trustSchools';
import { SpTrustReportSource } from '../../src/data/sharepoint/SpTrustReportSource';
import { LISTS } from '../../src/data/sharepoint/schema';
import { buildTrustReport } from '../../src/domain';
import { provisionedEmulator } from '../support/provisioned';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { buildGovernorReport, DEFAULT_EQUALITY_GAP_POINTS, trustReturnOf } from '../../src/domain';
import { times } from '../domain/reports/builders';
import { isoDate } from '../support/builders';
import { httpStatus as status } from '../support/results';

const ORIGIN = 'http://127.0.0.1:5173';
/** Refused as SharePoint refuses: 403, or 404 "List does not exist" for a list the caller holds nothing on. */
const REFUSED = [403, 404];

describe('trust returns and the trust report over 20 school sites', () => {
  let emulator: TenantEmulator;
  let sites: string[];
  let people: ReturnType<typeof trustPeople>;
  const siteAs = (url: string, upn: string): SPFI =>
    spfi(url).using(DefaultHeaders(), DefaultInit(), DefaultParse(), EmulatorSend(emulator, upn));
  const returnsOf = (url: string, upn: string): Promise<unknown> =>
    siteAs(url, upn).web.lists.getByTitle(LISTS.trustReturns.title).items.select('Id', 'Payload')();

  beforeAll(async () => {
    emulator = await provisionedEmulator();
    sites = seedTrustSchools(emulator.state, ORIGIN);
    people = trustPeople(emulator.state.directory.domain);
  }, 60000);

  it('the trust administrator reads every school in one round trip per site, and the roll-up has no disclosure', async () => {
    const mark = emulator.log.mark();

    const read = await new SpTrustReportSource((url) => siteAs(url, people.admin)).schools(sites, TRUST_CYCLE);

    const trips = emulator.log.since(mark);
    expect(read.filter((r) => r.available)).toHaveLength(20);
    expect(trips).toHaveLength(20);
    expect(new Set(trips.map((t) => t.url.split('/_api/')[0])).size).toBe(20);
    expect(trips.every((t) => t.method === 'POST' && t.url.endsWith('/_api/$batch') && t.status === 200)).toBe(true);
    const schools = read.flatMap((r) => (r.available ? [r.school] : []));
    const { snapshot, audit } = buildTrustReport(schools, TRUST_CYCLE, isoDate('2026-05-01'), 5);
    expect(audit.disclosures).toBe(0);
    expect(snapshot.tables.length).toBeGreaterThan(0);
    expect(snapshot.schools).toHaveLength(20);
  });

  it('a school governor is refused the trust returns of their own school and of another, but reads their own report', async () => {
    const own = people.governorOf(0);

    expect(await returnsOf(sites[0], people.admin)).toHaveLength(1);
    expect(REFUSED).toContain(await status(returnsOf(sites[0], own)));
    expect(REFUSED).toContain(await status(returnsOf(sites[1], own)));
    // Nor can they reach it inside a batch sent to their own school's site.
    const [batched, execute] = siteAs(sites[0], own).batched();
    const inBatch = status(batched.web.lists.getByTitle(LISTS.trustReturns.title).items());
    await execute();
    expect(REFUSED).toContain(await inBatch);
    expect(await status(siteAs(sites[0], own).web.lists.getByTitle(LISTS.governorReports.title).items())).toBe(200);
    // Through the adapter as well: a governor's read of a school is not available, never the return.
    const asGovernor = await new SpTrustReportSource((url) => siteAs(url, own)).schools(sites.slice(0, 2), TRUST_CYCLE);
    expect(asGovernor.map((r) => r.available)).toEqual([false, false]);
  });

  it('a batch sent to one school site cannot carry a request for another: that part is refused, never run there', async () => {
    const part = (url: string): string =>
      `--b1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET ${url} HTTP/1.1\r\naccept: application/json\r\n\r\n`;
    const list = `_api/web/lists/getByTitle('${LISTS.governorReports.title}')/items`;
    const res = await emulator.handle({
      method: 'POST',
      url: `${sites[0]}/_api/$batch`,
      headers: { 'content-type': 'multipart/mixed; boundary=b1', 'x-emulator-user': people.admin },
      body: `${part(`${sites[0]}/${list}`)}${part(`${sites[1]}/${list}`)}--b1--\r\n`
    });

    const statuses = [...String(res.body).matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 400]);
  });

  it('the trust administrator cannot change a school return or report (read only)', async () => {
    const list = siteAs(sites[2], people.admin).web.lists.getByTitle(LISTS.trustReturns.title);
    const [item] = await list.items.select('Id')<Array<{ Id: number }>>();

    expect(await status(list.items.getById(item.Id).update({ Payload: '{}' }))).toBe(403);
    expect(await status(list.items.add({ Title: 'forged', Payload: '{}' }))).toBe(403);
  });

  it('publishing at a school writes its return, which its governors cannot read', async () => {
    const hr = servicesAs(emulator, upnWithRole('hrAdmin'));
    expect((await hr.governors.add(upnWithRole('governor'))).ok).toBe(true);
    const staff = times(12);
    const snapshot = buildGovernorReport(staff, '2026/27', isoDate('2026-11-24'), {
      k: 5,
      equalityGapPoints: DEFAULT_EQUALITY_GAP_POINTS
    });

    const published = await hr.governorReports.publish(snapshot, isoDate('2026-11-24'), trustReturnOf(staff, '2026/27'));
    const again = await hr.governorReports.publish(snapshot, isoDate('2026-11-24'), trustReturnOf(staff, '2026/27'));

    expect(published.ok && again.ok).toBe(true);
    const stored = await spAs(emulator, upnWithRole('hrAdmin'))
      .web.lists.getByTitle(LISTS.trustReturns.title)
      .items.filter("CycleKey eq '2026/27'")<unknown[]>();
    expect(stored).toHaveLength(1);
    expect(REFUSED).toContain(await status(spAs(emulator, upnWithRole('governor')).web.lists.getByTitle(LISTS.trustReturns.title).items()));
    expect(await status(spAs(emulator, upnWithRole('governor')).web.lists.getByTitle(LISTS.governorReports.title).items())).toBe(200);
  });
});
