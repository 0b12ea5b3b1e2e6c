/**
 * The roster preview asks the directory about each person once (issue 14: the 5,000-row preview's round trips): a
 * reviewer who is also a row, or who is named in another case, is not looked up twice.
 */
import { previewRosterImport } from '../../../src/app/roster/previewRosterImport';
import type { DirectoryGateway } from '../../../src/data/ports';
import { MemoryDirectory } from '../../support/memory/MemoryDirectory';

const HEADER =
  'email,display_name,job_title,category,contract,working_pattern,working_days,start_time,end_time,term_time_only,reviewer_email,start_date,probation_passed';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const line = (email: string, name: string, reviewer: string): string =>
  `${email},${name},Teaching assistant,Learning support,Permanent,Part-time,Mon Tue Wed,08:30,15:00,yes,${reviewer},01/09/2019,yes`;

it('looks each person up once, rows and reviewers together, whatever the case', async () => {
  const asked: string[][] = [];
  const memory = new MemoryDirectory();
  const directory: DirectoryGateway = {
    findByUpns: (upns) => {
      asked.push([...upns]);
      return memory.findByUpns(upns);
    },
    listPeopleWithManagers: () => memory.listPeopleWithManagers()
  };
  const csv = [HEADER, line(TOM.toUpperCase(), 'Tom Hughes', ''), line(AISHA, 'Aisha Begum', TOM), line(AISHA.replace('aisha', 'Aisha'), 'Dup', TOM.toUpperCase())].join('\r\n');

  const result = await previewRosterImport(csv, directory, []);

  expect(result.ok).toBe(true);
  expect(asked).toEqual([[TOM, AISHA]]);
});
