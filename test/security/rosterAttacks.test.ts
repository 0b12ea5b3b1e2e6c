/**
 * @jest-environment node
 *
 * Attacks on the roster and on item binding, made as the attacker would: plain PnPjs calls with the rights
 * SharePoint gave them, around the product's UI. SharePoint must refuse what it can; what it cannot refuse (writing
 * in one's own folder) must change nothing any view, record or report shows, and is listed for administrators.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import type { SPFI } from '@pnp/sp';
import { openCycle } from '../../src/app/openCycle';
import { prepareGovernorReport } from '../../src/app/reports/prepareGovernorReport';
import { cycleContaining, cycleKeyOf } from '../../src/domain';
import personas from '../../fixtures/tenant/personas.json';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import type { SpItem } from '../../emulator/sharepoint/state';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { provisionedEmulator } from '../support/provisioned';
import { importSeededRoster } from '../support/seededRoster';
import { fixedClock } from '../support/fixedClock';
import { isoDate } from '../support/builders';

const HR = upnWithRole('hrAdmin');
const upn = (name: string): string => `${name}@riversideprimary.onmicrosoft.com`;
const AISHA = upn('aisha.begum');
const HANNAH = upn('hannah.wright');
const TOM = upn('tom.hughes');
const idOf = (who: string): string => personas.people.find((p) => p.upn === who)?.id as string;
const today = isoDate('2026-11-24');
const cycle = cycleContaining(today, 4);
const cycleKey = (who: string): string => `${idOf(who)}:${cycleKeyOf(cycle)}`;

async function openedSchool(): Promise<TenantEmulator> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, [AISHA, HANNAH]);
  const opened = await openCycle(roster, servicesAs(emulator, HR).records, cycle, 6, today, {
    wait: async () => undefined,
    onProgress: () => undefined
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return emulator;
}

const recordsItems = (emulator: TenantEmulator): SpItem[] =>
  emulator.state.sharepoint.lists.find((l) => l.title === 'AppraisalRecords')?.items ?? [];
const folderOf = (emulator: TenantEmulator, who: string): SpItem =>
  recordsItems(emulator).find((i) => i.fsObjType === 1 && i.fileLeafRef === idOf(who)) as SpItem;
const cycleOf = (emulator: TenantEmulator, who: string): SpItem =>
  recordsItems(emulator).find((i) => i.values.RecordKind === 'cycle' && i.fileDirRef.endsWith(`/${idOf(who)}`)) as SpItem;

/** Adds an item in `folderOf`'s folder as `attacker`, then sets its columns: what Contribute (or Appraisal Edit) allows. */
async function plant(sp: SPFI, folderOwner: string, values: Record<string, unknown>): Promise<number> {
  const records = sp.web.lists.getByTitle('AppraisalRecords');
  const { ServerRelativeUrl } = await records.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
  const created = await records.addValidateUpdateItemUsingPath(
    [{ FieldName: 'Title', FieldValue: 'x' }],
    `${ServerRelativeUrl}/${idOf(folderOwner)}`
  );
  const id = Number((created as Array<{ FieldName: string; FieldValue: string }>).find((v) => v.FieldName === 'Id')?.FieldValue);
  await records.items.getById(id).update(values);
  return id;
}

/** What the reviewer's team view, the HR roster and the governor report show, in comparable form. */
async function views(emulator: TenantEmulator): Promise<unknown> {
  const team = await servicesAs(emulator, TOM).reader.team(idOf(TOM));
  const roster = await servicesAs(emulator, HR).roster.listRoster();
  const everyone = await servicesAs(emulator, HR).reportSource.everyone(cycle.label);
  return {
    team:
      team.ok &&
      team.value.people.map((p) => [p.person.displayName, p.person.reviewerName, p.cycles.map((c) => [c.cycleKey, c.track, c.stage])]),
    roster: roster.ok && roster.value.entries.map((e) => [e.displayName, e.reviewer, e.reviewerName, e.contract]),
    report:
      everyone.ok && everyone.value.people.map((p) => [p.person.displayName, p.person.reviewer, p.cycles.map((c) => [c.track, c.stage])])
  };
}

describe('an appraisee attacking the roster', () => {
  it('cannot edit their own roster item: SharePoint refuses with 403, though they may read it', async () => {
    const emulator = await openedSchool();
    const roster = spAs(emulator, AISHA).web.lists.getByTitle('AppraisalRoster');

    const own = await roster.items.filter(`StaffKey eq '${idOf(AISHA)}'`).select('Id', 'ReviewerKey')<
      Array<{ Id: number; ReviewerKey: string }>
    >();
    expect(own.map((i) => i.ReviewerKey)).toEqual([idOf(TOM)]);
    const refused = await roster.items
      .getById(own[0].Id)
      .update({ ReviewerKey: idOf(AISHA) })
      .then(
        () => 200,
        (error: { status?: number }) => error.status
      );

    expect(refused).toBe(403);
    expect((await servicesAs(emulator, TOM).reader.team(idOf(TOM))).ok).toBe(true);
  });

  it("edits the old folder item's fields and their cycle's reviewer key: no view changes", async () => {
    const emulator = await openedSchool();
    const before = await views(emulator);
    const records = spAs(emulator, AISHA).web.lists.getByTitle('AppraisalRecords');
    const payload = {
      v: 1,
      directoryId: idOf(AISHA),
      upn: AISHA,
      displayName: 'Aisha Begum',
      jobTitle: 'Headteacher',
      contract: 'casual',
      probationPassed: true,
      reviewerName: 'Aisha Begum',
      reviewerUpn: AISHA,
      workingPattern: { kind: 'fullTime', days: ['Mon'], start: '08:00', end: '16:00', termTimeOnly: false }
    };

    await records.items
      .getById(folderOf(emulator, AISHA).id)
      .update({ StaffKey: idOf(AISHA), RecordKind: 'staff', ReviewerKey: idOf(AISHA), Payload: JSON.stringify(payload) });
    await records.items.getById(cycleOf(emulator, AISHA).id).update({ ReviewerKey: idOf(AISHA) });
    // And moves her own record onto the one-to-ones-only track, out of the appraisal stages and their counts.
    const cycleItem = cycleOf(emulator, AISHA);
    const moved = { ...JSON.parse(String(cycleItem.values.Payload)), track: 'oneToOneOnly' };
    await records.items.getById(cycleItem.id).update({ Payload: JSON.stringify(moved) });

    expect(await views(emulator)).toEqual(before);
    const mine = await servicesAs(emulator, AISHA).reader.mine(idOf(AISHA));
    expect(mine.ok && [mine.value.record?.person.reviewerName, mine.value.record?.person.contract]).toEqual(['Tom Hughes', 'permanent']);
    const ownTeam = await servicesAs(emulator, AISHA).reader.team(idOf(AISHA));
    expect(ownTeam).toEqual({ ok: true, value: { people: [], problems: [] } });
  });
});

describe("an appraisee planting an item with a colleague's StaffKey in their own folder", () => {
  it('is ignored by the team view, the record view and the governor report, and listed for administrators', async () => {
    const emulator = await openedSchool();
    const before = await views(emulator);
    const real = cycleOf(emulator, HANNAH);

    const planted = await plant(spAs(emulator, AISHA), AISHA, {
      ...real.values, Title: cycleKey(HANNAH), StaffKey: idOf(HANNAH), CycleKey: cycleKey(HANNAH), ReviewerKey: idOf(TOM), Stage: 'agreed'
    });

    expect(await views(emulator)).toEqual(before);
    const record = await servicesAs(emulator, TOM).cycles.getCycle(idOf(HANNAH), cycleKey(HANNAH));
    expect(record.ok && [record.value.summary.stage, record.value.etag.split('|')[0]]).toEqual(['planning', String(real.id)]);
    const team = await servicesAs(emulator, TOM).reader.team(idOf(TOM));
    expect(team.ok && team.value.problems).toEqual([{ kind: 'stray', list: 'AppraisalRecords', itemId: planted, field: 'FileDirRef' }]);
    const everyone = await servicesAs(emulator, HR).reportSource.everyone(cycle.label);
    expect(everyone.ok && everyone.value.problems).toEqual([
      { kind: 'stray', list: 'AppraisalRecords', itemId: planted, field: 'FileDirRef' }
    ]);
    const hannahSees = await servicesAs(emulator, HANNAH).reader.mine(idOf(HANNAH));
    expect(hannahSees.ok && hannahSees.value.record?.cycles.map((c) => c.stage)).toEqual(['planning']);

    // The planter cannot remove it again (no Delete Items); an administrator recycles it, with an audit entry.
    const problem = { kind: 'stray' as const, list: 'AppraisalRecords', itemId: planted, field: 'FileDirRef' };
    expect(await servicesAs(emulator, AISHA).records.recycleItem(problem)).toEqual({ ok: false, error: { code: 'accessDenied' } });
    expect(await servicesAs(emulator, HR).records.recycleItem(problem)).toEqual({ ok: true, value: undefined });
    const after = await servicesAs(emulator, HR).reportSource.everyone(cycle.label);
    expect(after.ok && after.value.problems).toEqual([]);
    const audit =
      emulator.state.sharepoint.lists.find((l) => l.title === 'AppraisalAudit')?.items.filter((i) => i.values.Action === 'itemRecycled') ??
      [];
    expect(audit.map((i) => i.values.RecordRef)).toEqual([`AppraisalRecords:${planted}`]);
  });

  it("does not stop a colleague's record being opened, nor stand in for it", async () => {
    const emulator = await provisionedEmulator();
    const roster = await importSeededRoster(emulator, [AISHA, HANNAH]);
    const hr = servicesAs(emulator, HR);
    const first = await openCycle(
      roster.filter((r) => r.upn === AISHA),
      hr.records,
      cycle,
      6,
      today,
      { wait: async () => undefined, onProgress: () => undefined }
    );
    expect(first.ok).toBe(true);

    await plant(spAs(emulator, AISHA), AISHA, {
      StaffKey: idOf(HANNAH),
      CycleKey: cycleKey(HANNAH),
      CycleLabel: cycle.label,
      RecordKind: 'cycle',
      Stage: 'planning',
      Payload: JSON.stringify({ v: 1, track: 'fullCycle', cycle, openedOn: today })
    });
    const opened = await hr.records.openedFor(cycle);
    const second = await openCycle(roster, hr.records, cycle, 6, today, { wait: async () => undefined, onProgress: () => undefined });

    expect(opened.ok && Array.from(opened.value)).toEqual([idOf(AISHA)]);
    expect(second.ok).toBe(true);
    expect(cycleOf(emulator, HANNAH)?.values.StaffKey).toBe(idOf(HANNAH));
  });
});

describe('one malformed item in one folder', () => {
  it('leaves the team view, the HR roster and the governor report working, and names the item', async () => {
    const emulator = await openedSchool();
    const records = spAs(emulator, AISHA).web.lists.getByTitle('AppraisalRecords');
    const broken = cycleOf(emulator, AISHA).id;

    await records.items.getById(folderOf(emulator, AISHA).id).update({ StaffKey: idOf(AISHA), RecordKind: 'staff', Payload: '{not json' });
    await records.items.getById(broken).update({ Payload: '{not json' });

    const problem = { kind: 'malformed', list: 'AppraisalRecords', itemId: broken, field: 'Payload' };
    const team = await servicesAs(emulator, TOM).reader.team(idOf(TOM));
    expect(team.ok && team.value.people.map((p) => [p.person.displayName, p.cycles.length])).toEqual([
      ['Aisha Begum', 0],
      ['Hannah Wright', 1]
    ]);
    expect(team.ok && team.value.problems).toEqual([problem]);
    const roster = await servicesAs(emulator, HR).roster.listRoster();
    expect(roster.ok && roster.value.entries.map((e) => e.displayName)).toEqual(['Aisha Begum', 'Hannah Wright']);
    const report = await prepareGovernorReport(
      { source: servicesAs(emulator, HR).reportSource, settings: servicesAs(emulator, HR).settings, clock: fixedClock(today) },
      cycle.label
    );
    expect(report.ok && report.value.problems).toEqual([problem]);
    const everyone = await servicesAs(emulator, HR).reportSource.everyone(cycle.label);
    expect(everyone.ok && everyone.value.people.map((p) => p.person.displayName)).toEqual(['Hannah Wright']);
  });
});
