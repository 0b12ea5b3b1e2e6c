/**
 * @jest-environment node
 *
 * Governor reports over the emulator: HR prepares from everyone's records and publishes; a governor lists and opens
 * the snapshot but is refused every record; a reviewer cannot read everyone's records either.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups';
import { openCycle } from '../../../src/app/openCycle';
import { prepareGovernorReport, publishGovernorReport } from '../../../src/app/reports/prepareGovernorReport';
import { cycleContaining } from '../../../src/domain';
import personas from '../../../fixtures/tenant/personas.json';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { servicesAs, spAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { importSeededRoster } from '../../support/seededRoster';
import { isoDate, isoInstant } from '../../support/builders';

const HR = upnWithRole('hrAdmin');
const GOVERNOR = upnWithRole('governor');
const REVIEWER = 'tom.hughes@riversideprimary.onmicrosoft.com';
const staff = personas.people.filter((p) => p.staffCategory).map((p) => p.upn);
let emulator: TenantEmulator;

beforeAll(async () => {
  emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, staff);
  const opened = await openCycle(
    roster,
    servicesAs(emulator, HR).records,
    cycleContaining(isoDate('2026-11-24'), 4),
    6,
    isoDate('2026-11-24'),
    { wait: async () => undefined, onProgress: () => undefined }
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  await spAs(emulator, HR).web.siteGroups.getByName('Appraisal Governors').users.add(`i:0#.f|membership|${GOVERNOR}`);
});

describe('governor reports over the emulator', () => {
  it('reads everyone with a record for the cycle, as HR', async () => {
    const everyone = await servicesAs(emulator, HR).reportSource.everyone('2026/27');

    expect(everyone.ok && everyone.value.people).toHaveLength(staff.length);
  });

  it('refuses everyone’s records to a governor and to a reviewer', async () => {
    expect(await servicesAs(emulator, GOVERNOR).reportSource.everyone('2026/27')).toEqual({ ok: false, error: { code: 'accessDenied' } });
    expect(await servicesAs(emulator, REVIEWER).reportSource.everyone('2026/27')).toEqual({ ok: false, error: { code: 'accessDenied' } });
  });

  it('publishes as HR; a governor lists and opens exactly the snapshot, which names no one', async () => {
    const hr = servicesAs(emulator, HR);
    const prepared = await prepareGovernorReport({ source: hr.reportSource, settings: hr.settings, clock: hr.clock }, '2026/27');
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    const published = await publishGovernorReport(hr.governorReports, hr.clock, prepared.value.snapshot);
    const governor = servicesAs(emulator, GOVERNOR).governorReports;

    const list = await governor.listPublished();
    const report = await governor.getPublished(published.ok ? published.value.id : '');

    expect(published.ok).toBe(true);
    expect(list.ok && list.value).toEqual([{ id: published.ok && published.value.id, cycleLabel: '2026/27', publishedOn: '2026-11-24' }]);
    expect(report.ok && report.value.snapshot).toEqual(prepared.value.snapshot);
    expect(prepared.value.snapshot.scope).toBe('reported');
    const text = JSON.stringify(prepared.value.snapshot);
    for (const p of personas.people) {
      expect(text).not.toContain(p.displayName);
      expect(text).not.toContain(p.id);
    }
  });

  it('publishing the same snapshot again after a lost response finds the report already published, never a second', async () => {
    const hr = servicesAs(emulator, HR);
    const prepared = await prepareGovernorReport({ source: hr.reportSource, settings: hr.settings, clock: hr.clock }, '2026/27');
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    const before = await hr.governorReports.listPublished();
    const snapshot = { ...prepared.value.snapshot, k: prepared.value.snapshot.k + 1 };
    const first = await publishGovernorReport(hr.governorReports, hr.clock, snapshot);
    const retried = await publishGovernorReport(hr.governorReports, hr.clock, snapshot);
    const after = await hr.governorReports.listPublished();

    expect(retried.ok && retried.value.id).toBe(first.ok && first.value.id);
    expect(after.ok && before.ok && after.value.length - before.value.length).toBe(1);
  });

  it('refuses publishing to a governor', async () => {
    const governor = servicesAs(emulator, GOVERNOR);
    const snapshot = {
      v: 1 as const,
      cycleLabel: '2026/27',
      k: 5,
      preparedOn: isoDate('2026-11-24'),
      scope: 'tooFew' as const,
      tables: [],
      notes: [],
      flags: []
    };

    const result = await governor.governorReports.publish(snapshot, isoDate('2026-11-24'));

    expect(result).toEqual({ ok: false, error: { code: 'accessDenied' } });
  });

  it('reports a hand-edited snapshot carrying free text as malformed rather than showing it', async () => {
    const { Id } = await spAs(emulator, HR)
      .web.lists.getByTitle('GovernorReports')
      .items.add({
        Title: '2025/26',
        CycleKey: '2025/26',
        PublishedOn: '2026-04-20T00:00:00Z',
        Payload: JSON.stringify({
          v: 1,
          cycleLabel: '2025/26',
          k: 5,
          preparedOn: '2026-04-20',
          scope: 'tooFew',
          tables: [],
          notes: [],
          flags: [],
          comment: 'Aisha struggled'
        })
      });

    const report = await servicesAs(emulator, GOVERNOR).governorReports.getPublished(String(Id));

    expect(report).toEqual({ ok: false, error: { code: 'malformed', list: 'GovernorReports', itemId: Id, field: 'Payload' } });
  });

  it('withdraws as HR with an audit entry; a governor, a reviewer or a member of staff withdrawing is refused and changes nothing', async () => {
    const hr = servicesAs(emulator, HR);
    const prepared = await prepareGovernorReport(
      {
        source: hr.reportSource,
        settings: hr.settings,
        clock: { today: () => isoDate('2026-11-26'), now: () => isoInstant('2026-11-26T10:00:00Z') }
      },
      '2026/27'
    );
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    const published = await hr.governorReports.publish(prepared.value.snapshot, isoDate('2026-11-26'));
    if (!published.ok) throw new Error(JSON.stringify(published.error));
    const audit = (): Promise<Array<{ Action: string; RecordRef: string }>> =>
      spAs(emulator, HR).web.lists.getByTitle('AppraisalAudit').items.filter("Action eq 'reportWithdrawn'").select('Action', 'RecordRef')();

    const member = personas.people.find((p) => p.staffCategory && p.roles.length === 1 && p.roles[0] === 'appraisee')?.upn ?? '';
    for (const who of [GOVERNOR, REVIEWER, member]) {
      // SharePoint answers 404 for a list the caller cannot read (the audit list for a governor, the reports for staff).
      const result = await servicesAs(emulator, who).governorReports.withdraw(published.value.id);
      expect({ who, refused: !result.ok && ['accessDenied', 'notFound'].includes(result.error.code) }).toEqual({ who, refused: true });
    }
    expect((await servicesAs(emulator, GOVERNOR).governorReports.getPublished(published.value.id)).ok).toBe(true);
    expect(await audit()).toEqual([]);

    expect(await hr.governorReports.withdraw(published.value.id)).toEqual({ ok: true, value: undefined });

    expect(await servicesAs(emulator, GOVERNOR).governorReports.getPublished(published.value.id)).toEqual({
      ok: false,
      error: { code: 'notFound' }
    });
    expect((await audit()).map((a) => a.RecordRef)).toEqual([`GovernorReports:${published.value.id}`]);
  });
});
