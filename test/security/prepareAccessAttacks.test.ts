/**
 * @jest-environment node
 *
 * Attacks on a half-prepared person (issue 14): preparing access makes a person's containers before it grants the
 * parties anything, so a run stopped part-way leaves containers that only administrators can use. Tried as the
 * appraisee and their reviewer would, with plain PnPjs calls and the rights SharePoint gave them; and a container
 * left half-prepared is never taken as ready, so the next run or opening finishes it.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import type { SPFI } from '@pnp/sp';
import { prepareAccess } from '../../src/app/prepareAccess';
import { openCycle } from '../../src/app/openCycle';
import { LISTS, signatureFolderName } from '../../src/data/sharepoint/schema';
import type { RosterEntry } from '../../src/data/ports';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { provisionedEmulator } from '../support/provisioned';
import { importSeededRoster } from '../support/seededRoster';
import { CYCLE, TODAY } from '../support/openedRecords';

const HR = upnWithRole('hrAdmin');
const upn = (name: string): string => `${name}@riversideprimary.onmicrosoft.com`;
const AISHA = upn('aisha.begum');
const TOM = upn('tom.hughes');

const options = { wait: async (): Promise<void> => undefined, onProgress: (): void => undefined };

/** A school with Aisha (reviewed by Tom) on the roster, and a prepare run stopped by `fault` part-way. */
async function halfPrepared(
  fault: (emulator: TenantEmulator, staffKey: string) => string
): Promise<{ emulator: TenantEmulator; roster: RosterEntry[] }> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, [AISHA]);
  emulator.faults.add({ status: 403, count: 1000, match: fault(emulator, roster[0].id) });
  const run = await prepareAccess(roster, servicesAs(emulator, HR).records, options);
  expect(run.ok).toBe(false);
  emulator.faults.clear();
  return { emulator, roster };
}

const root = async (sp: SPFI, key: 'records' | 'evidence' | 'signatures'): Promise<string> => {
  const admin = sp.web.lists.getByTitle(LISTS[key].title);
  return (await admin.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()).ServerRelativeUrl;
};

const outcome = (p: Promise<unknown>): Promise<unknown> => p.then(() => 'done', (e: { status?: number }) => e.status ?? 'refused');

/** What `who` can do with Aisha's containers: add to each, read each. Every answer other than 'done' is a refusal. */
async function tries(emulator: TenantEmulator, who: string, staffKey: string): Promise<Record<string, unknown>> {
  const hr = spAs(emulator, HR);
  const [records, evidence, signatures] = [await root(hr, 'records'), await root(hr, 'evidence'), await root(hr, 'signatures')];
  const sp = spAs(emulator, who);
  const list = (key: 'records' | 'evidence' | 'signatures' | 'roster'): ReturnType<SPFI['web']['lists']['getByTitle']> =>
    sp.web.lists.getByTitle(LISTS[key].title);
  const own = signatureFolderName(staffKey, who === AISHA ? 'appraisee' : 'reviewer');
  return {
    addRecord: await outcome(list('records').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${records}/${staffKey}`)),
    readRecordsFolder: await outcome(sp.web.getFolderByServerRelativePath(`${records}/${staffKey}`).listItemAllFields()),
    addEvidence: await outcome(sp.web.getFolderByServerRelativePath(`${evidence}/${staffKey}`).files.addUsingPath(`note-${who.split('@')[0]}.txt`, 'x')),
    sign: await outcome(list('signatures').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${signatures}/${own}`)),
    readRoster: await outcome(list('roster').items.filter(`StaffKey eq '${staffKey}'`)().then((items) => (items.length ? items : Promise.reject(new Error('none')))))
  };
}

describe('attacks on a half-prepared person', () => {
  it('containers made and no grant yet: neither party can use any of them', async () => {
    const { emulator, roster } = await halfPrepared(() => 'addroleassignment');
    const staffKey = roster[0].id;
    // The containers are there (inheritance broken, administrators only)...
    const evidence = emulator.state.sharepoint.lists.find((l) => l.title === LISTS.evidence.title);
    expect(evidence?.items.find((i) => i.fileLeafRef === staffKey)?.uniqueRoleAssignments).toBeDefined();

    for (const who of [AISHA, TOM]) {
      const done = Object.entries(await tries(emulator, who, staffKey)).filter(([, v]) => v === 'done');
      expect(done).toEqual([]);
    }
  });

  it('everything but the records folder granted: the records folder stays closed, and the person is not taken as ready', async () => {
    // Only the records folder's grants refused (they come last): every other container is granted.
    const { emulator, roster } = await halfPrepared((e, staffKey) => {
      const records = e.state.sharepoint.lists.find((l) => l.title === LISTS.records.title);
      const folder = records?.items.find((i) => i.fsObjType === 1 && i.fileLeafRef === staffKey);
      return `getbytitle('${LISTS.records.title}')/items(${String(folder?.id)})/roleassignments/addroleassignment`;
    });
    const staffKey = roster[0].id;

    for (const who of [AISHA, TOM]) {
      const result = await tries(emulator, who, staffKey);
      expect(result.addRecord).not.toBe('done');
      expect(result.readRecordsFolder).not.toBe('done');
      // The rest was granted as it should be (the fault hit only the records folder).
      expect(result.addEvidence).toBe('done');
    }
    const run = await servicesAs(emulator, HR).records.beginPreparing();
    if (!run.ok) throw new Error('could not start');
    expect(await run.value.lacking(roster)).toEqual({ ok: true, value: roster });

    // Opening finishes the containers first: then, and only then, both parties may use the records folder.
    const opened = await openCycle(roster, servicesAs(emulator, HR).records, CYCLE, 6, TODAY, options);
    expect(opened.ok).toBe(true);
    for (const who of [AISHA, TOM]) expect((await tries(emulator, who, staffKey)).readRecordsFolder).toBe('done');
  });
});
