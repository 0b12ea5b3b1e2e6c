/**
 * @jest-environment node
 *
 * Who can do what to whose records, after set-up, roster import and opening the cycle — through the production
 * adapters, against the emulator's SharePoint permission model. Every cell of the table is one assertion.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import type { SPFI } from '@pnp/sp';
import { openCycle } from '../../../src/app/openCycle';
import { cycleContaining, type IsoDate } from '../../../src/domain';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import type { SpList } from '../../../emulator/sharepoint/state';
import { servicesAs, spAs } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { importSeededRoster } from '../../support/seededRoster';

const upn = (name: string): string => `${name}@riversideprimary.onmicrosoft.com`;
const PEOPLE = {
  appraiseeA: upn('aisha.begum'), appraiseeB: upn('hannah.wright'), reviewerOfA: upn('tom.hughes'), otherReviewer: upn('gareth.evans'),
  hrAdmin: upn('priya.shah'), governor: upn('anne.whitfield'), unrelatedStaff: upn('steve.collins')
} as const;
type Who = keyof typeof PEOPLE;
type Action = 'read' | 'create' | 'update' | 'delete' | 'permissions';
type Resource = 'folderOfA' | 'recordOfA' | 'evidenceOfA' | 'privateNoteOfReviewer' | 'audit' | 'settings' | 'governorReport';

// Y allowed, N refused. Columns: read create update delete permissions.
const EXPECTED: Record<Resource, Record<Who, string>> = {
  folderOfA: { appraiseeA: 'YYYYN', appraiseeB: 'NNNNN', reviewerOfA: 'YYYYN', otherReviewer: 'NNNNN', hrAdmin: 'YYYYY', governor: 'NNNNN', unrelatedStaff: 'NNNNN' },
  recordOfA: { appraiseeA: 'YYYYN', appraiseeB: 'NNNNN', reviewerOfA: 'YYYYN', otherReviewer: 'NNNNN', hrAdmin: 'YYYYY', governor: 'NNNNN', unrelatedStaff: 'NNNNN' },
  evidenceOfA: { appraiseeA: 'YYYYN', appraiseeB: 'NNNNN', reviewerOfA: 'YYYYN', otherReviewer: 'NNNNN', hrAdmin: 'YYYYY', governor: 'NNNNN', unrelatedStaff: 'NNNNN' },
  privateNoteOfReviewer: { appraiseeA: 'NYNNN', appraiseeB: 'NYNNN', reviewerOfA: 'YYYYN', otherReviewer: 'NYNNN', hrAdmin: 'YYYYY', governor: 'NNNNN', unrelatedStaff: 'NYNNN' },
  audit: { appraiseeA: 'NYNNN', appraiseeB: 'NYNNN', reviewerOfA: 'NYNNN', otherReviewer: 'NYNNN', hrAdmin: 'YYYYY', governor: 'NNNNN', unrelatedStaff: 'NYNNN' },
  settings: { appraiseeA: 'YNNNN', appraiseeB: 'YNNNN', reviewerOfA: 'YNNNN', otherReviewer: 'YNNNN', hrAdmin: 'YYYYY', governor: 'YNNNN', unrelatedStaff: 'YNNNN' },
  governorReport: { appraiseeA: 'NNNNN', appraiseeB: 'NNNNN', reviewerOfA: 'NNNNN', otherReviewer: 'NNNNN', hrAdmin: 'YYYYY', governor: 'YNNNN', unrelatedStaff: 'NNNNN' }
};
const ACTIONS: Action[] = ['read', 'create', 'update', 'delete', 'permissions'];

interface Target {
  list: string;
  itemId: number;
  /** Folder new items go into, for resources inside a person's folder. */
  folder?: string;
}

async function status(work: Promise<unknown>): Promise<number> {
  try {
    await work;
    return 200;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

/** Runs one action as one person. Writes use a stale ETag: allowed → 412 (nothing changes), refused → 403/404. */
function act(sp: SPFI, target: Target, action: Action): Promise<number> {
  const list = sp.web.lists.getByTitle(target.list);
  const item = list.items.getById(target.itemId);
  switch (action) {
    case 'read':
      return status(item.select('Id')());
    case 'create':
      return status(target.folder ? list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'probe' }], target.folder) : list.items.add({ Title: 'probe' }));
    case 'update':
      return status(item.update({ Title: 'probe' }, '"999"'));
    case 'delete':
      return status(item.delete('"999"'));
    case 'permissions':
      return status(item.breakRoleInheritance(true, false));
  }
}

let emulator: TenantEmulator;
const targets = {} as Record<Resource, Target>;

beforeAll(async () => {
  emulator = await provisionedEmulator();
  const hr = servicesAs(emulator, PEOPLE.hrAdmin);
  const roster = await importSeededRoster(emulator, [PEOPLE.appraiseeA, PEOPLE.appraiseeB, PEOPLE.unrelatedStaff, PEOPLE.otherReviewer]);
  const opened = await openCycle(roster, hr.records, cycleContaining('2026-11-24' as IsoDate, 4), 6, '2026-11-24' as IsoDate, { wait: async () => undefined, onProgress: () => undefined });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const sp = spAs(emulator, PEOPLE.hrAdmin);
  await sp.web.siteGroups.getByName('Appraisal Governors').users.add(`i:0#.f|membership|${PEOPLE.governor}`);
  const state = emulator.state.sharepoint;
  const list = (title: string): SpList => state.lists.find((l) => l.title === title) as SpList;
  const aisha = roster.find((r) => r.upn === PEOPLE.appraiseeA)?.id as string;
  const records = list('AppraisalRecords');
  const folderOfA = records.items.find((i) => i.fsObjType === 1 && i.fileLeafRef === aisha);
  const recordOfA = records.items.find((i) => i.fsObjType === 0 && i.fileDirRef.endsWith(`/${aisha}`));
  const evidenceOfA = list('AppraisalEvidence').items.find((i) => i.fileLeafRef === aisha);
  const note: { Id: number } = await spAs(emulator, PEOPLE.reviewerOfA).web.lists.getByTitle('AppraisalPrivateNotes').items.add({ Title: 'note', StaffKey: aisha });
  const report: { Id: number } = await sp.web.lists.getByTitle('GovernorReports').items.add({ Title: '2026/27' });
  targets.folderOfA = { list: 'AppraisalRecords', itemId: folderOfA?.id as number, folder: `${records.url}/${aisha}` };
  targets.recordOfA = { list: 'AppraisalRecords', itemId: recordOfA?.id as number, folder: `${records.url}/${aisha}` };
  targets.evidenceOfA = { list: 'AppraisalEvidence', itemId: evidenceOfA?.id as number, folder: `${list('AppraisalEvidence').url}/${aisha}` };
  targets.privateNoteOfReviewer = { list: 'AppraisalPrivateNotes', itemId: note.Id };
  targets.audit = { list: 'AppraisalAudit', itemId: list('AppraisalAudit').items[0].id };
  targets.settings = { list: 'AppraisalSettings', itemId: list('AppraisalSettings').items[0].id };
  targets.governorReport = { list: 'GovernorReports', itemId: report.Id };
});

const cells = (Object.keys(EXPECTED) as Resource[]).flatMap((resource) =>
  (Object.keys(PEOPLE) as Who[]).flatMap((who) => ACTIONS.map((action, i) => [resource, who, action, EXPECTED[resource][who][i] === 'Y'] as const))
);

describe('the permission matrix (zero leaks)', () => {
  it.each(cells)('%s: %s may %s → %s', async (resource, who, action, allowed) => {
    const code = await act(spAs(emulator, PEOPLE[who]), targets[resource], action);

    expect({ resource, who, action, allowed: [200, 201, 204, 412].includes(code) }).toEqual({ resource, who, action, allowed });
  });
});
