import { previewRosterImport, rosterCsvTemplate } from '../../../src/app/roster/previewRosterImport';
import { ROSTER_REQUIRED_COLUMNS } from '../../../src/domain';
import { MemoryDirectory } from '../../support/memory/MemoryDirectory';

const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';

describe('roster CSV template and file errors (issue 15)', () => {
  it('a file made from the template, with only the required cells filled in, is accepted', async () => {
    const header = rosterCsvTemplate().trim();
    const cells: Record<string, string> = {
      email: AISHA,
      display_name: 'Aisha Begum',
      category: 'Learning support',
      contract: 'Permanent',
      working_pattern: 'Full-time'
    };
    const line = header.split(',').map((c) => cells[c] ?? '').join(',');
    const result = await previewRosterImport(`${header}\r\n${line}\r\n`, new MemoryDirectory(), []);
    expect(result.ok && result.value.map((r) => r.status)).toEqual(['add']);
  });

  it('the template starts with exactly the columns the parser requires', () => {
    expect(rosterCsvTemplate().split(',').slice(0, ROSTER_REQUIRED_COLUMNS.length)).toEqual([...ROSTER_REQUIRED_COLUMNS]);
  });

  it('a file whose header has every required column but no others is not refused for missing columns', async () => {
    const result = await previewRosterImport(
      `${ROSTER_REQUIRED_COLUMNS.join(',')}\n${AISHA},Aisha Begum,Learning support,Permanent,Full-time\n`,
      new MemoryDirectory(),
      []
    );
    expect(result.ok).toBe(true);
  });

  it('an unterminated quote refuses the file with its line instead of swallowing the rows after it', async () => {
    const text = `${ROSTER_REQUIRED_COLUMNS.join(',')}\n${AISHA},"Aisha Begum,Learning support,Permanent,Full-time\nsiobhan.oneill@riversideprimary.onmicrosoft.com,Siobhan,Learning support,Permanent,Full-time\n`;
    expect(await previewRosterImport(text, new MemoryDirectory(), [])).toEqual({
      ok: false,
      error: { code: 'unterminatedQuote', line: 2 }
    });
  });
});
