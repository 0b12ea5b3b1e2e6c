// Issue 5 journey, as the HR lead: set up the appraisal site, then import the seeded school's roster from a CSV.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const hr = personas.people.find((p) => p.roles.includes('hrAdmin')).upn;
const labels = { learningSupport: 'Learning support', pupilSupport: 'Pupil support', specialistTechnical: 'Specialist and technical', adminAndBusiness: 'Administrative', siteStaff: 'Site staff' };
const aisha = personas.people.find((p) => p.upn.startsWith('aisha.begum'));
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));
const governor = personas.people.find((p) => p.roles.includes('governor'));
const tomsTeam = personas.people.filter((p) => p.reviewerUpn === tom.upn && p.staffCategory).map((p) => p.displayName);
const quote = (s) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const rows = personas.people.filter((p) => p.staffCategory).map((p) => [
  p.upn, p.displayName, p.jobTitle, labels[p.staffCategory], p.contractType, p.workingPattern.kind === 'fullTime' ? 'full-time' : 'part-time',
  p.workingPattern.days.join(' '), p.workingPattern.start, p.workingPattern.end, p.workingPattern.termTimeOnly ? 'yes' : 'no',
  p.reviewerUpn ?? '', p.startDate ? p.startDate.split('-').reverse().join('/') : '', p.probationPassed ? 'yes' : 'no'
].map((c) => quote(String(c))).join(','));
const csv = ['email,display_name,job_title,category,contract,working_pattern,working_days,start_time,end_time,term_time_only,reviewer_email,start_date,probation_passed', ...rows].join('\r\n');

export default [
  {
    name: 'the HR lead sets up the site and imports the roster',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant();
      await kit.open(hr, 'appraisalAdmin');
      await page.getByRole('button', { name: 'Set up the appraisal site' }).click();
      await page.getByText('The appraisal site is set up.').first().waitFor({ timeout: 90000 }); // schema 4 seeds the framework packs too
      await kit.axe('set-up finished');
      await kit.shot('admin-setup-done');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Nobody is on the roster yet.', { exact: false }).waitFor({ timeout: 15000 });
      await kit.shot('admin-roster-empty');
      await page.getByRole('button', { name: 'Import from a CSV file' }).click();
      await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByText(`${rows.length} to add, 0 to update, 0 unchanged, 0 with problems`).waitFor({ timeout: 30000 });
      await kit.settled();
      await kit.axe('roster preview');
      await kit.shot('admin-roster-preview');
      await page.getByRole('button', { name: `Import ${rows.length} people` }).click();
      await page.getByText(`${rows.length} people saved to the roster.`).waitFor({ timeout: 60000 });
      await page.getByRole('button', { name: 'Close' }).last().click();
      await page.getByText(`${rows.length} people on the roster`).waitFor({ timeout: 15000 });
      await page.getByRole('gridcell', { name: "Siobhán O'Neill" }).first().waitFor();
      await kit.settled();
      await kit.axe('roster');
      await kit.shot('admin-roster');

      await page.getByRole('tab', { name: 'Cycles' }).click();
      const openButton = page.getByRole('button', { name: /^Open the \d{4}\/\d{2} cycle for \d+ people$/ });
      await openButton.waitFor({ timeout: 15000 });
      await kit.settled();
      await kit.axe('cycles');
      await kit.shot('admin-cycles');
      // Issue 14: access is prepared as its own step (the people's protected folders); opening then writes per cycle only.
      await page.getByRole('button', { name: 'Prepare access' }).click();
      await page.getByText(`Access prepared for ${rows.length} people. 0 already had it.`).waitFor({ timeout: 120000 });
      await kit.settled();
      await kit.axe('access prepared');
      await kit.shot('admin-access-prepared');
      await openButton.click();
      await page.getByText(/records opened for/).waitFor({ timeout: 120000 });
      await kit.shot('admin-cycle-opened');

      // Issue 5 "done when": the TA sees only her own record, the reviewer only his reviewees, the governor nothing.
      await kit.open(aisha.upn, 'myAppraisal');
      await page.getByText(/Your reviewer: Tom Hughes/).waitFor({ timeout: 15000 });
      await page.getByRole('list', { name: 'Stages of the cycle' }).waitFor();
      await kit.axe('my appraisal');
      await kit.shot('my-appraisal-aisha');
      await kit.open(tom.upn, 'teamAppraisals');
      await page.getByText(`You appraise ${tomsTeam.length} people`).waitFor({ timeout: 15000 });
      for (const name of tomsTeam) await page.getByRole('grid').getByText(name, { exact: true }).first().waitFor();
      await kit.settled();
      await kit.axe('team');
      await kit.shot('team-tom');

      // Issue 7 journey: Tom books a six-monthly review with Aisha (part-time, Mon–Wed), moves it, then cancels it.
      await page.getByRole('button', { name: 'Meetings with Aisha Begum' }).click();
      await page.getByRole('combobox', { name: 'Meeting' }).click();
      await page.getByRole('option', { name: 'Six-monthly review' }).click();
      await page.getByRole('button', { name: 'Find times' }).click();
      const times = page.getByRole('radiogroup', { name: 'Times you are both free' }).getByRole('radio');
      await times.first().waitFor({ timeout: 30000 });
      const offered = await times.evaluateAll((radios) => radios.map((r) => r.closest('.ms-ChoiceField')?.textContent ?? ''));
      if (offered.some((t) => /^(Thu|Fri)/.test(t))) throw new Error(`offered a day Aisha does not work: ${offered.join('; ')}`);
      await kit.settled();
      await kit.axe('booking');
      await kit.shot('booking-times');
      await page.getByRole('button', { name: 'Book in Outlook' }).click();
      await page.getByText('Booked. The invitation is in both calendars.').waitFor({ timeout: 30000 });
      const aishaCalendar = async () => (await (await page.request.get(`${kit.baseUrl}/graph/v1.0/me/calendarView?startDateTime=2026-11-01T00:00:00Z&endDateTime=2027-02-01T00:00:00Z`, { headers: { 'X-Emulator-User': aisha.upn } })).json()).value;
      const [invite] = await aishaCalendar();
      if (!invite || invite.subject !== 'Six-monthly review: Aisha and Tom' || invite.sensitivity !== 'private') throw new Error(`unexpected invite ${JSON.stringify(invite)}`);
      await kit.shot('booking-booked');
      await page.getByRole('button', { name: 'Find times' }).click();
      await times.nth(1).click();
      await page.getByRole('button', { name: 'Move to the chosen time' }).click();
      await page.getByText('Moved. Both calendars show the new time.').waitFor({ timeout: 30000 });
      const [moved] = await aishaCalendar();
      if (moved.start.dateTime === invite.start.dateTime) throw new Error('the move did not reach Aisha\'s calendar');
      await page.getByRole('button', { name: 'Cancel meeting' }).click();
      await page.getByText('Cancelled', { exact: true }).first().waitFor({ timeout: 30000 });
      const [cancelled] = await aishaCalendar();
      if (!cancelled.isCancelled) throw new Error('the cancellation did not reach Aisha\'s calendar');
      await kit.shot('booking-cancelled');
      await page.keyboard.press('Escape');
      await kit.open(governor.upn, 'myAppraisal');
      await page.getByText('You do not have access to the appraisal site').waitFor({ timeout: 15000 });
      await kit.shot('my-appraisal-governor');
    }
  }
];
