import { previewRosterImport, type RosterPreviewRow } from '../../../src/app/roster/previewRosterImport';
import { commitRosterImport } from '../../../src/app/roster/commitRosterImport';
import { MemoryDirectory } from '../../support/memory/MemoryDirectory';
import { MemoryRosterStore } from '../../support/memory/MemoryRosterStore';

const HEADER =
  'email,display_name,job_title,category,contract,working_pattern,working_days,start_time,end_time,term_time_only,reviewer_email,start_date,probation_passed';
const row = (
  email: string,
  name: string,
  extra = 'Teaching assistant,Learning support,Permanent,Part-time,Mon Tue Wed,08:30,15:00,yes,tom.hughes@riversideprimary.onmicrosoft.com,01/09/2019,yes'
): string => `${email},${name},${extra}`;
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const SIOBHAN = 'siobhan.oneill@riversideprimary.onmicrosoft.com';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\r\n');
const noWait = { wait: async (): Promise<void> => undefined, onProgress: (): void => undefined };

async function preview(text: string, store = new MemoryRosterStore()): Promise<RosterPreviewRow[]> {
  const result = await previewRosterImport(text, new MemoryDirectory(), (await store.listRoster()).ok ? store.entries : []);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('previewing a roster import', () => {
  it('matches people to the directory by email and their reviewer by the reviewer email', async () => {
    const [first] = await preview(csv(row(AISHA, 'Aisha Begum')));

    expect(first.status).toBe('add');
    expect(first.status === 'add' && first.entry).toMatchObject({ upn: AISHA, category: 'learningSupport', reviewer: expect.any(String) });
  });

  it("keeps apostrophes and accents in names (Siobhán O'Neill)", async () => {
    const [first] = await preview(csv(row(SIOBHAN, `"Siobhán O'Neill"`)));

    expect(first.status === 'add' && first.entry.displayName).toBe("Siobhán O'Neill");
  });

  it('flags people the directory does not know, duplicates and bad cells, with the line number', async () => {
    const rows = await preview(
      csv(
        row('nobody@riversideprimary.onmicrosoft.com', 'Nobody'),
        row(AISHA, 'Aisha Begum'),
        row(AISHA, 'Aisha again'),
        row(SIOBHAN, 'S', 'x,Teachers,Permanent,Full-time,,08:00,16:00,no,,,yes')
      )
    );

    expect(rows.map((r) => [r.line, r.status])).toEqual([[2, 'error'], [3, 'add'], [4, 'error'], [5, 'error']]);
    expect(rows[0].status === 'error' && rows[0].errors).toEqual([{ column: 'email', code: 'notInDirectory' }]);
    expect(rows[2].status === 'error' && rows[2].errors).toEqual([{ column: 'email', code: 'duplicate' }]);
    expect(rows[3].status === 'error' && rows[3].errors).toEqual([{ column: 'category', code: 'unknownCategory' }]);
  });

  it('refuses a file without the required columns and names them', async () => {
    const result = await previewRosterImport('email,name\nx@y.z,X', new MemoryDirectory(), []);

    expect(result).toEqual({
      ok: false,
      error: { code: 'missingColumns', columns: ['display_name', 'category', 'contract', 'working_pattern'] }
    });
  });

  it('sees an unchanged person as unchanged and a changed one as an update', async () => {
    const store = new MemoryRosterStore();
    await commitRosterImport(await preview(csv(row(AISHA, 'Aisha Begum'), row(SIOBHAN, 'Siobhan'))), store, noWait);

    const rows = await preview(csv(row(AISHA, 'Aisha Begum'), row(SIOBHAN, "Siobhán O'Neill")), store);

    expect(rows.map((r) => r.status)).toEqual(['unchanged', 'update']);
  });
});

describe('committing a roster import', () => {
  it('writes nothing when there is nothing to add or change', async () => {
    const store = new MemoryRosterStore();

    const result = await commitRosterImport(await preview(csv(row('nobody@x.org', 'Nobody'))), store, noWait);

    expect(result).toEqual({ ok: true, value: { written: 0 } });
    expect(store.entries).toEqual([]);
  });

  it('waits out throttling and writes every row', async () => {
    const store = new MemoryRosterStore().failNext({ code: 'throttled', retryAfterSeconds: 2 });
    const waits: number[] = [];

    const shown: number[] = [];

    const result = await commitRosterImport(await preview(csv(row(AISHA, 'Aisha Begum'), row(SIOBHAN, 'S'))), store, {
      ...noWait, wait: async (s) => { waits.push(s); }, onProgress: (p) => { if (p.waitingSeconds) shown.push(p.waitingSeconds); }
    });

    expect(result).toEqual({ ok: true, value: { written: 2 } });
    expect(waits).toEqual([2]);
    expect(shown).toEqual([2]);
  });

  it('stops at a refused row and says which line, keeping the rows before it', async () => {
    const store = new MemoryRosterStore();
    const rows = await preview(csv(row(AISHA, 'Aisha Begum'), row(SIOBHAN, 'S')));
    store.failNext();
    const original = store.saveRosterEntry.bind(store);
    let calls = 0;
    store.saveRosterEntry = (entry, etag) =>
      ++calls === 2 ? Promise.resolve({ ok: false, error: { code: 'accessDenied' } }) : original(entry, etag);

    const result = await commitRosterImport(rows, store, noWait);

    expect(result).toEqual({ ok: false, error: { line: 3, error: { code: 'accessDenied' }, written: 1 } });
    expect(store.entries).toHaveLength(1);
  });
});
