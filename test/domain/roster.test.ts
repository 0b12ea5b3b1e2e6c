import { validateRosterRow, type RosterColumn } from '../../src/domain';

const valid: Partial<Record<RosterColumn, string>> = {
  email: 'Aisha.Begum@riversideprimary.onmicrosoft.com',
  display_name: 'Aisha Begum',
  job_title: 'Teaching assistant',
  category: 'Learning support',
  contract: 'Permanent',
  working_pattern: 'Part-time',
  working_days: 'Mon, Tue, Wed',
  start_time: '8:30',
  end_time: '15:00',
  term_time_only: 'yes',
  reviewer_email: 'tom.hughes@riversideprimary.onmicrosoft.com',
  start_date: '01/09/2019',
  probation_passed: 'Yes',
  job_description_url: ''
};

describe('validateRosterRow', () => {
  it('reads a complete row as an MIS exports it (UK dates, labels, yes/no)', () => {
    const result = validateRosterRow(valid);

    expect(result).toEqual({
      ok: true,
      value: {
        upn: 'aisha.begum@riversideprimary.onmicrosoft.com',
        displayName: 'Aisha Begum',
        jobTitle: 'Teaching assistant',
        category: 'learningSupport',
        contract: 'permanent',
        workingPattern: { kind: 'partTime', days: ['Mon', 'Tue', 'Wed'], start: '08:30', end: '15:00', termTimeOnly: true },
        reviewerUpn: 'tom.hughes@riversideprimary.onmicrosoft.com',
        startDate: '2019-09-01',
        probationPassed: true,
        jobDescriptionUrl: undefined
      }
    });
  });

  it('gives full-time staff Monday to Friday when no days are given', () => {
    const result = validateRosterRow({ ...valid, working_pattern: 'full time', working_days: '' });

    expect(result.ok && result.value.workingPattern.days).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
  });

  it.each<[string, Partial<Record<RosterColumn, string>>, RosterColumn, string]>([
    ['a missing name', { display_name: ' ' }, 'display_name', 'required'],
    ['an email without a domain', { email: 'aisha' }, 'email', 'badEmail'],
    ['a sixth category', { category: 'Teachers' }, 'category', 'unknownCategory'],
    ['an unknown contract', { contract: 'zero hours' }, 'contract', 'unknownContract'],
    ['an unknown pattern', { working_pattern: 'flexi' }, 'working_pattern', 'unknownPattern'],
    ['part-time without days', { working_days: '' }, 'working_days', 'required'],
    ['a day that is not a day', { working_days: 'Mon, Funday' }, 'working_days', 'badDays'],
    ['a time like 25:00', { start_time: '25:00' }, 'start_time', 'badTime'],
    ['hours that end before they start', { start_time: '15:00', end_time: '09:00' }, 'end_time', 'endBeforeStart'],
    ['a yes/no that is neither', { term_time_only: 'sometimes' }, 'term_time_only', 'badYesNo'],
    ['31 February', { start_date: '31/02/2020' }, 'start_date', 'badDate'],
    ['a job description link that is not https', { job_description_url: 'file://x/jd.docx' }, 'job_description_url', 'badUrl'],
    ['someone reviewing themselves', { reviewer_email: 'aisha.begum@riversideprimary.onmicrosoft.com' }, 'reviewer_email', 'selfReview']
  ])('refuses %s and names the column', (_label, change, column, code) => {
    const result = validateRosterRow({ ...valid, ...change });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContainEqual({ column, code });
  });

  it('reports every problem in a row, not just the first', () => {
    const result = validateRosterRow({ ...valid, category: 'x', contract: 'y', start_date: 'z' });

    expect(!result.ok && result.error.map((e) => e.column)).toEqual(['category', 'contract', 'start_date']);
  });
});
