/**
 * @jest-environment node
 *
 * Who can do what to whose records, after set-up, roster import, opening the cycle and a reviewer change — through
 * the production adapters, against the emulator's SharePoint permission model. Every cell of the table is one
 * assertion. Set-up is run by a staff member who was a site owner at the time and has since been removed from the
 * owners and from Appraisal Administrators: they must keep nothing.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import '@pnp/sp/recycle-bin';
import type { SPFI } from '@pnp/sp';
import { openCycle } from '../../../src/app/openCycle';
import { cycleContaining, directoryId } from '../../../src/domain';
import { provisionSite } from '../../../src/app/provisionSite';
import personas from '../../../fixtures/tenant/personas.json';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import type { SpList } from '../../../emulator/sharepoint/state';
import { newEmulator, servicesAs, spAs } from '../../support/overEmulator';
import { importSeededRoster } from '../../support/seededRoster';
import { isoDate } from '../../support/builders';
import { httpStatus as status } from '../../support/results';

const upn = (name: string): string => `${name}@riversideprimary.onmicrosoft.com`;
const PEOPLE = {
  appraiseeA: upn('aisha.begum'),
  appraiseeB: upn('hannah.wright'),
  reviewerOfA: upn('rachel.adeyemi'),
  formerReviewerOfA: upn('tom.hughes'),
  otherReviewer: upn('gareth.evans'),
  head: upn('margaret.okafor'),
  hrAdmin: upn('priya.shah'),
  governor: upn('anne.whitfield'),
  staffGovernor: upn('zoe.clarke'),
  formerAdmin: upn('lee.walsh'),
  unrelatedStaff: upn('steve.collins')
} as const;
type Who = keyof typeof PEOPLE;
type Action = 'read' | 'create' | 'update' | 'delete' | 'recycle' | 'permissions';
type Resource =
  | 'folderOfA'
  | 'recordOfA'
  | 'evidenceOfA'
  | 'privateNoteOfReviewer'
  | 'handedOverNote'
  | 'audit'
  | 'ownAuditOfA'
  | 'settings'
  | 'governorReport';

// Y allowed, N refused. Columns: read create update delete recycle permissions.
const party = 'YYYNNN';
const admin = 'YYYYYY';
const none = 'NNNNNN';
const EXPECTED: Record<Resource, Record<Who, string>> = {
  folderOfA: {
    appraiseeA: party,
    appraiseeB: none,
    reviewerOfA: party,
    formerReviewerOfA: none,
    otherReviewer: none,
    head: admin,
    hrAdmin: admin,
    governor: none,
    staffGovernor: none,
    formerAdmin: none,
    unrelatedStaff: none
  },
  recordOfA: {
    appraiseeA: party,
    appraiseeB: none,
    reviewerOfA: party,
    formerReviewerOfA: none,
    otherReviewer: none,
    head: admin,
    hrAdmin: admin,
    governor: none,
    staffGovernor: none,
    formerAdmin: none,
    unrelatedStaff: none
  },
  evidenceOfA: {
    appraiseeA: party,
    appraiseeB: none,
    reviewerOfA: party,
    formerReviewerOfA: none,
    otherReviewer: none,
    head: admin,
    hrAdmin: admin,
    governor: none,
    staffGovernor: none,
    formerAdmin: none,
    unrelatedStaff: none
  },
  // Private notes: only their author, and never the head or HR (no standing access: docs/security.md). Anyone on the
  // roster may add a note of their own ('create'), which only they can then read.
  privateNoteOfReviewer: {
    appraiseeA: 'NYNNNN',
    appraiseeB: 'NYNNNN',
    reviewerOfA: party,
    formerReviewerOfA: 'NYNNNN',
    otherReviewer: 'NYNNNN',
    head: none,
    hrAdmin: none,
    governor: none,
    staffGovernor: 'NYNNNN',
    formerAdmin: none,
    unrelatedStaff: 'NYNNNN'
  },
  // The former reviewer's note about A, written before the handover: in custody, so not even its author reads it.
  handedOverNote: {
    appraiseeA: 'NYNNNN',
    appraiseeB: 'NYNNNN',
    reviewerOfA: 'NYNNNN',
    formerReviewerOfA: 'NYNNNN',
    otherReviewer: 'NYNNNN',
    head: none,
    hrAdmin: none,
    governor: none,
    staffGovernor: 'NYNNNN',
    formerAdmin: none,
    unrelatedStaff: 'NYNNNN'
  },
  audit: {
    appraiseeA: 'NYNNNN',
    appraiseeB: 'NYNNNN',
    reviewerOfA: 'NYNNNN',
    formerReviewerOfA: 'NYNNNN',
    otherReviewer: 'NYNNNN',
    head: admin,
    hrAdmin: admin,
    governor: none,
    staffGovernor: 'NYNNNN',
    formerAdmin: none,
    unrelatedStaff: 'NYNNNN'
  },
  ownAuditOfA: {
    appraiseeA: 'YYNNNN',
    appraiseeB: 'NYNNNN',
    reviewerOfA: 'NYNNNN',
    formerReviewerOfA: 'NYNNNN',
    otherReviewer: 'NYNNNN',
    head: admin,
    hrAdmin: admin,
    governor: none,
    staffGovernor: 'NYNNNN',
    formerAdmin: none,
    unrelatedStaff: 'NYNNNN'
  },
  settings: {
    appraiseeA: 'YNNNNN',
    appraiseeB: 'YNNNNN',
    reviewerOfA: 'YNNNNN',
    formerReviewerOfA: 'YNNNNN',
    otherReviewer: 'YNNNNN',
    head: admin,
    hrAdmin: admin,
    governor: 'YNNNNN',
    staffGovernor: 'YNNNNN',
    formerAdmin: none,
    unrelatedStaff: 'YNNNNN'
  },
  governorReport: {
    appraiseeA: none,
    appraiseeB: none,
    reviewerOfA: none,
    formerReviewerOfA: none,
    otherReviewer: none,
    head: admin,
    hrAdmin: admin,
    governor: 'YNNNNN',
    staffGovernor: 'YNNNNN',
    formerAdmin: none,
    unrelatedStaff: none
  }
};
const ACTIONS: Action[] = ['read', 'create', 'update', 'delete', 'recycle', 'permissions'];

interface Target {
  list: string;
  itemId: number;
  /** Folder new items go into, for resources inside a person's folder. */
  folder?: string;
}


/** Recycles, and when that was allowed restores at once (recycling cannot be made harmless with an ETag). */
async function recycleAndRestore(sp: SPFI, list: string, itemId: number): Promise<void> {
  const recycled: unknown = await sp.web.lists.getByTitle(list).items.getById(itemId).recycle();
  const id = typeof recycled === 'string' ? recycled : (recycled as { value: string }).value;
  await sp.web.recycleBin.getById(id).restore();
}

/** Runs one action as one person. Writes use a stale ETag: allowed → 412 (nothing changes), refused → 403/404. */
function act(sp: SPFI, target: Target, action: Action): Promise<number | undefined> {
  const list = sp.web.lists.getByTitle(target.list);
  const item = list.items.getById(target.itemId);
  switch (action) {
    case 'read':
      return status(item.select('Id')());
    case 'create':
      return status(
        target.folder
          ? list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'probe' }], target.folder)
          : list.items.add({ Title: 'probe' })
      );
    case 'update':
      return status(item.update({ Title: 'probe' }, '"999"'));
    case 'delete':
      return status(item.delete('"999"'));
    case 'recycle':
      return status(recycleAndRestore(sp, target.list, target.itemId));
    case 'permissions':
      return status(item.breakRoleInheritance(true, false));
  }
}

let emulator: TenantEmulator;
const targets = {} as Record<Resource, Target>;

const login = (who: Who): string => `i:0#.f|membership|${PEOPLE[who]}`;
const noWait = { wait: async (): Promise<void> => undefined, onProgress: (): void => undefined };

beforeAll(async () => {
  emulator = newEmulator();
  const sp = spAs(emulator, PEOPLE.hrAdmin);
  const owners = sp.web.siteGroups.getById(emulator.state.sharepoint.ownerGroupId).users;
  await owners.add(login('formerAdmin'));
  const setUp = await provisionSite(servicesAs(emulator, PEOPLE.formerAdmin).provisioner, { onEvent: () => undefined, wait: noWait.wait });
  if (!setUp.ok) throw new Error(`set-up failed: ${JSON.stringify(setUp.error)}`);
  // Only the group's owner (Appraisal Administrators, whose one member is the person who ran set-up) may add to it.
  const admins = spAs(emulator, PEOPLE.formerAdmin).web.siteGroups.getByName('Appraisal Administrators').users;
  await admins.add(login('hrAdmin'));
  await admins.add(login('head'));
  await admins.removeByLoginName(login('formerAdmin'));
  await owners.removeByLoginName(login('formerAdmin'));
  const hr = servicesAs(emulator, PEOPLE.hrAdmin);
  const roster = await importSeededRoster(emulator, [
    PEOPLE.appraiseeA,
    PEOPLE.appraiseeB,
    PEOPLE.unrelatedStaff,
    PEOPLE.otherReviewer,
    PEOPLE.staffGovernor
  ]);
  const opened = await openCycle(roster, hr.records, cycleContaining(isoDate('2026-11-24'), 4), 6, isoDate('2026-11-24'), noWait);
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const aishaKey = roster.find((r) => r.upn === PEOPLE.appraiseeA)?.id as string;
  const oldNote: { Id: number } = await spAs(emulator, PEOPLE.formerReviewerOfA)
    .web.lists.getByTitle('AppraisalPrivateNotes')
    .items.add({ Title: 'old note', StaffKey: aishaKey });
  const current = await hr.roster.listRoster();
  const entryOfA = current.ok ? current.value.entries.find((r) => r.upn === PEOPLE.appraiseeA) : undefined;
  const rachel = personas.people.find((p) => p.upn === PEOPLE.reviewerOfA) as (typeof personas.people)[number];
  if (!entryOfA || entryOfA.reviewerUpn !== PEOPLE.formerReviewerOfA) throw new Error('expected Tom Hughes to review Aisha Begum');
  const changed = await hr.records.changeReviewer(entryOfA, {
    id: directoryId(rachel.id),
    upn: rachel.upn,
    displayName: rachel.displayName,
    jobTitle: undefined,
    managerId: undefined
  });
  if (!changed.ok) throw new Error(JSON.stringify(changed.error));
  await sp.web.siteGroups.getByName('Appraisal Governors').users.add(login('governor'));
  await sp.web.siteGroups.getByName('Appraisal Governors').users.add(login('staffGovernor'));
  const state = emulator.state.sharepoint;
  const list = (title: string): SpList => state.lists.find((l) => l.title === title) as SpList;
  const aisha = roster.find((r) => r.upn === PEOPLE.appraiseeA)?.id as string;
  const records = list('AppraisalRecords');
  const folderOfA = records.items.find((i) => i.fsObjType === 1 && i.fileLeafRef === aisha);
  const recordOfA = records.items.find((i) => i.fsObjType === 0 && i.fileDirRef.endsWith(`/${aisha}`));
  const evidenceOfA = list('AppraisalEvidence').items.find((i) => i.fileLeafRef === aisha);
  const note: { Id: number } = await spAs(emulator, PEOPLE.reviewerOfA)
    .web.lists.getByTitle('AppraisalPrivateNotes')
    .items.add({ Title: 'note', StaffKey: aisha });
  const report: { Id: number } = await sp.web.lists.getByTitle('GovernorReports').items.add({ Title: '2026/27' });
  const ownAudit: { Id: number } = await spAs(emulator, PEOPLE.appraiseeA)
    .web.lists.getByTitle('AppraisalAudit')
    .items.add({ Title: 'viewed', StaffKey: aisha, Action: 'viewed' });
  targets.folderOfA = { list: 'AppraisalRecords', itemId: folderOfA?.id as number, folder: `${records.url}/${aisha}` };
  targets.recordOfA = { list: 'AppraisalRecords', itemId: recordOfA?.id as number, folder: `${records.url}/${aisha}` };
  targets.evidenceOfA = {
    list: 'AppraisalEvidence',
    itemId: evidenceOfA?.id as number,
    folder: `${list('AppraisalEvidence').url}/${aisha}`
  };
  targets.privateNoteOfReviewer = { list: 'AppraisalPrivateNotes', itemId: note.Id };
  targets.handedOverNote = { list: 'AppraisalPrivateNotes', itemId: oldNote.Id };
  targets.audit = { list: 'AppraisalAudit', itemId: list('AppraisalAudit').items[0].id };
  targets.ownAuditOfA = { list: 'AppraisalAudit', itemId: ownAudit.Id };
  targets.settings = { list: 'AppraisalSettings', itemId: list('AppraisalSettings').items[0].id };
  targets.governorReport = { list: 'GovernorReports', itemId: report.Id };
});

const cells = (Object.keys(EXPECTED) as Resource[]).flatMap((resource) =>
  (Object.keys(PEOPLE) as Who[]).flatMap((who) =>
    ACTIONS.map((action, i) => [resource, who, action, EXPECTED[resource][who][i] === 'Y'] as const)
  )
);

describe('the permission matrix (zero leaks)', () => {
  it.each(cells)('%s: %s may %s → %s', async (resource, who, action, allowed) => {
    const code = await act(spAs(emulator, PEOPLE[who]), targets[resource], action);

    expect({ resource, who, action, allowed: [200, 201, 204, 412].includes(code ?? 0) }).toEqual({ resource, who, action, allowed });
  });
});
