/**
 * @jest-environment node
 *
 * Importing a roster in $batch requests (issue 14): parts of a batch that fail — throttled, refused for a moment, or
 * carried out with their answer lost — are sent again row by row, and no one gets a second roster item or folder.
 * And the rights others hold do no harm: someone who is not an administrator writes nothing through it.
 */
import { commitRosterImport } from '../../../src/app/roster/commitRosterImport';
import type { RosterPreviewRow } from '../../../src/app/roster/previewRosterImport';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import personas from '../../../fixtures/tenant/personas.json';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { personaDraft } from '../../support/openedRecords';

const HR = upnWithRole('hrAdmin');
const STAFF = personas.people.filter((p) => p.staffCategory).slice(0, 12).map((p) => p.upn);
const rows = (): RosterPreviewRow[] => STAFF.map((upn, i) => ({ line: i + 2, status: 'add', entry: personaDraft(upn), etag: undefined }));

const itemsOf = (emulator: TenantEmulator, title: string): TenantEmulator['state']['sharepoint']['lists'][number]['items'] =>
  emulator.state.sharepoint.lists.find((l) => l.title === title)?.items ?? [];

function importAs(emulator: TenantEmulator, upn: string, waits: number[] = []): ReturnType<typeof commitRosterImport> {
  return commitRosterImport(rows(), servicesAs(emulator, upn).roster, {
    wait: async (s) => {
      waits.push(s);
    },
    maxThrottleRetries: 8,
    onProgress: () => undefined
  });
}

describe('importing a roster in $batch requests', () => {
  it('writes everyone in a few round trips, batches of at most 100 parts', async () => {
    const emulator = await provisionedEmulator();
    emulator.log.clear();

    const result = await importAs(emulator, HR);

    expect(result).toEqual({ ok: true, value: { written: STAFF.length } });
    expect(emulator.log.entries.length).toBeLessThanOrEqual(2);
    expect(emulator.log.entries.every((e) => e.batchParts <= 100)).toBe(true);
    const listed = await servicesAs(emulator, HR).roster.listRoster();
    expect(listed.ok && listed.value.entries.map((e) => e.upn).sort()).toEqual([...STAFF].sort());
  });

  it('sends again only the parts that failed, and duplicates nothing', async () => {
    const emulator = await provisionedEmulator();
    emulator.faults.add({ status: 504, afterCommit: true, match: "getbytitle('appraisalroster')/items", method: 'POST', count: 3 });
    emulator.faults.add({ status: 429, retryAfter: 20, match: "getbytitle('appraisalrecords')/addvalidateupdateitemusingpath", count: 2 });
    emulator.faults.add({ status: 503, match: "getbytitle('appraisalroster')/items", method: 'POST', count: 2 });
    const waits: number[] = [];

    const result = await importAs(emulator, HR, waits);

    expect(result).toEqual({ ok: true, value: { written: STAFF.length } });
    expect(emulator.faults.list()).toEqual([]);
    expect(waits[0]).toBe(20);
    const keys = itemsOf(emulator, 'AppraisalRoster').map((i) => String(i.values.StaffKey));
    expect(keys.sort()).toEqual(STAFF.map((u) => personaDraft(u).id).sort());
    const folders = itemsOf(emulator, 'AppraisalRecords').filter((i) => i.fsObjType === 1).map((i) => i.fileLeafRef);
    expect(folders.sort()).toEqual(STAFF.map((u) => personaDraft(u).id).sort());
  });

  it('a second run of the same file adds no one again', async () => {
    const emulator = await provisionedEmulator();
    await importAs(emulator, HR);

    const again = await importAs(emulator, HR);

    expect(again.ok).toBe(true);
    expect(itemsOf(emulator, 'AppraisalRoster')).toHaveLength(STAFF.length);
    expect(itemsOf(emulator, 'AppraisalRecords').filter((i) => i.fsObjType === 1)).toHaveLength(STAFF.length);
  });

  it.each(['zoe.clarke', 'tom.hughes'].map((name) => `${name}@riversideprimary.onmicrosoft.com`))(
    'writes nothing for %s, who is not an administrator (an appraisee, a reviewer)',
    async (upn) => {
      const emulator = await provisionedEmulator();

      const result = await importAs(emulator, upn);

      expect(result.ok).toBe(false);
      expect(itemsOf(emulator, 'AppraisalRoster')).toHaveLength(0);
      expect(itemsOf(emulator, 'AppraisalRecords').filter((i) => i.fsObjType === 1)).toHaveLength(0);
    }
  );
});
