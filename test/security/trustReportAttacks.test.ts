/**
 * @jest-environment node
 *
 * Issue 17: the published trust report on the trust's own site (AppraisalTrustReports, schema 5). The trust board
 * (the trust site's Appraisal Governors) reads it; a school governor who is not on the board is refused by
 * SharePoint, through the app and with plain REST; the board cannot change or add a report; the trust administrator
 * publishes it once however often the publish is sent.
 */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { EmulatorSend } from '../../emulator/connect/pnpSend';
import { seedTrustSchools, trustPeople, TRUST_CYCLE } from '../../fixtures/tenant/trustSchools';
import { LISTS } from '../../src/data/sharepoint/schema';
import { prepareTrustReport, publishTrustReport } from '../../src/app/reports/prepareTrustReport';
import { provisionedEmulator } from '../support/provisioned';
import { SITE_URL, servicesAs, upnWithRole } from '../support/overEmulator';
import personas from '../../fixtures/tenant/personas.json';
import { isoDate } from '../support/builders';

const ORIGIN = 'http://127.0.0.1:5173';
const status = (p: Promise<unknown>): Promise<number | undefined> => p.then(() => 200, (e: { status?: number }) => e.status);
const REFUSED = [403, 404];

describe('the published trust report on the trust site', () => {
  let emulator: TenantEmulator;
  let people: ReturnType<typeof trustPeople>;
  const siteAs = (url: string, upn: string): SPFI =>
    spfi(url).using(DefaultHeaders(), DefaultInit(), DefaultParse(), EmulatorSend(emulator, upn));
  const reportsAs = (upn: string): IList => siteAs(SITE_URL, upn).web.lists.getByTitle(LISTS.trustReports.title);

  beforeAll(async () => {
    emulator = await provisionedEmulator();
    const sites = seedTrustSchools(emulator.state, ORIGIN);
    people = trustPeople(emulator.state.directory.domain);
    const saved = await servicesAs(emulator, upnWithRole('hrAdmin')).trustSites.save([...sites, `${ORIGIN}/sites/school-new`]);
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  }, 60000);

  it('the trust administrator publishes the roll-up once, with the site it could not read listed', async () => {
    const admin = servicesAs(emulator, people.admin);
    const prepared = await prepareTrustReport(admin, TRUST_CYCLE);
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    const first = await publishTrustReport(admin.trustReportStore, prepared.value, isoDate('2026-11-24'));
    const again = await publishTrustReport(admin.trustReportStore, prepared.value, isoDate('2026-11-24'));

    expect(first.ok && again.ok && first.value.id === again.value.id).toBe(true);
    const listed = await admin.trustReportStore.listPublished();
    expect(listed.ok && listed.value).toHaveLength(1);
    const board = await servicesAs(emulator, people.board).trustReportStore.getPublished(first.ok ? first.value.id : '');
    if (!board.ok) throw new Error(JSON.stringify(board.error));
    expect(board.value.snapshot.schools).toHaveLength(20);
    expect(board.value.notAvailable).toEqual([{ site: `${ORIGIN}/sites/school-new`, reason: 'unreadable' }]);
  });

  it('SharePoint refuses the trust report to a school governor who is not on the board, through the app and directly', async () => {
    const governor = people.governorOf(0);

    const listed = await servicesAs(emulator, governor).trustReportStore.listPublished();
    const opened = await servicesAs(emulator, governor).trustReportStore.getPublished('1');

    expect(listed.ok ? 'read' : listed.error.code).toMatch(/^(accessDenied|notFound)$/);
    expect(opened.ok ? 'read' : opened.error.code).toMatch(/^(accessDenied|notFound)$/);
    expect(REFUSED).toContain(await status(reportsAs(governor).items.select('Id', 'Payload')()));
    expect(REFUSED).toContain(await status(reportsAs(governor).items.getById(1).select('Payload')()));
  });

  it('staff of the trust site and its reviewers cannot read it either: the board only', async () => {
    // Everyone on the seeded school's roster who is neither an administrator nor a governor of the site.
    const plain = personas.people.filter((p) => !p.roles.some((r) => ['head', 'hrAdmin', 'governor'].includes(r)));
    expect(plain.some((p) => p.roles.includes('reviewer'))).toBe(true);
    for (const p of plain) expect(REFUSED).toContain(await status(reportsAs(p.upn).items.select('Id', 'Payload')()));
  });

  it('the board reads but cannot change, add or delete a trust report', async () => {
    const list = reportsAs(people.board);
    const [item] = await list.items.select('Id', 'Payload')<Array<{ Id: number; Payload: string }>>();

    expect(item.Payload).toContain('"schools"');
    expect(REFUSED).toContain(await status(list.items.getById(item.Id).update({ Payload: '{"v":1}' })));
    expect(REFUSED).toContain(await status(list.items.add({ Title: 'x', CycleKey: TRUST_CYCLE, Payload: '{}', EntryKey: 'x' })));
    expect(REFUSED).toContain(await status(list.items.getById(item.Id).recycle()));
    const still = await list.items.getById(item.Id).select('Payload')<{ Payload: string }>();
    expect(still.Payload).toBe(item.Payload);
  });
});
