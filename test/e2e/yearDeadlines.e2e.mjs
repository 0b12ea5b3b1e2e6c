// Issue 15 journeys: deadlines from one rule. The workbench school opens its cycle on the day it is reset, so its
// records are a cycle opened late in the year (unless the reset falls in April): no screen may call anything overdue.
// Then HR marks a late joiner's six-monthly review not required with a reason, and the two finish the year.
import { agreeSummary, markSixMonthlyNotRequired, openRecordAs, writeFinalReview, writeLibraryPlanning } from './recordSteps.mjs';
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const byPrefix = (prefix) => personas.people.find((p) => p.upn.startsWith(prefix));
const tom = byPrefix('tom.hughes');
const head = personas.people.find((p) => p.roles.includes('head'));
const joiner = byPrefix('mohammed.rahman');

async function noOverdue(page, where) {
  const main = page.locator('main');
  const text = await main.innerText();
  if (/Overdue since|\blate\b/.test(text)) throw new Error(`${where} says something is overdue:\n${text.split('\n').filter((l) => /Overdue since|\blate\b/.test(l)).join('\n')}`);
}

/** Opens the record of the person named: as their reviewer Tom, or as the person (`upn`). */
const openRecord = (kit, upn, name, party) => openRecordAs(kit, { upn, displayName: name }, party);

export default [
  {
    name: 'a cycle opened late shows no false overdue anywhere',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');

      await kit.open(tom.upn, 'teamAppraisals');
      await page.getByRole('button', { name: 'Open the record of Aisha Begum' }).waitFor({ timeout: 30000 });
      await kit.settled();
      await noOverdue(page, 'the team list');
      await kit.shot('deadlines-team-list');

      // Aisha's planning is agreed and her six-monthly review shared: the record itself says nothing is late.
      await openRecord(kit, undefined, 'Aisha Begum', 'reviewer');
      for (const tab of ['Planning one-to-one', 'Six-monthly review', 'Final review']) {
        await page.getByRole('tab', { name: tab }).click();
        await kit.settled();
        await noOverdue(page, `Aisha's record (${tab}), as her reviewer`);
      }
      await kit.shot('deadlines-record-interim');

      await kit.open(byPrefix('aisha.begum').upn, 'myAppraisal');
      await page.getByRole('button', { name: 'Open my record' }).waitFor({ timeout: 30000 });
      await kit.settled();
      await noOverdue(page, 'My appraisal');

      // Monitoring counts no stage overdue for any reviewer.
      await kit.open(head.upn, 'appraisalAdmin');
      await page.getByRole('tab', { name: 'Monitoring' }).click();
      await page.getByRole('grid').first().waitFor({ timeout: 30000 });
      await kit.settled();
      const overdue = await page.locator('[data-automation-key="overdue"]').allInnerTexts();
      if (!overdue.length || overdue.some((n) => n.trim() !== '0')) throw new Error(`Monitoring counts overdue stages: ${overdue.join(', ')}`);
      await kit.axe('Monitoring, a cycle opened late');
      await kit.shot('deadlines-monitoring');
    }
  },
  {
    name: 'a late joiner skips the six-monthly review with a reason and finishes the year',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');

      // HR marks the six-monthly review not required, with the reason and a note.
      await markSixMonthlyNotRequired(kit, joiner, 'Joined the school on 11 January: fewer than six months left.');
      await page.getByText('Six-monthly review: Not required: joined after the cycle started', { exact: false }).waitFor();
      await kit.settled();
      await kit.axe('HR marking a stage not required');
      await kit.shot('deadlines-not-required-hr');

      // Planning: the reviewer writes it and shares it; the appraisee agrees.
      await openRecord(kit, undefined, joiner.displayName, 'reviewer');
      await writeLibraryPlanning(page, 'New books are on the shelves within a week of arriving.');

      await openRecord(kit, joiner.upn, joiner.displayName, 'appraisee');
      await agreeSummary(page);

      // The final review is now current; the six-monthly review says why it is not required.
      await openRecord(kit, undefined, joiner.displayName, 'reviewer');
      const stages = page.getByRole('list', { name: 'Stages of the cycle' });
      await stages.getByText('(not required)').waitFor();
      await stages.locator('[aria-current="step"]').getByText('Final review').waitFor();
      await page.getByRole('tab', { name: 'Six-monthly review' }).click();
      await page.getByText('Not required: joined after the cycle started').waitFor();
      await page.getByText('Joined the school on 11 January: fewer than six months left.').waitFor();
      await kit.axe('the record with a stage not required');
      await kit.shot('deadlines-not-required-record');

      await page.getByRole('tab', { name: 'Final review' }).click();
      await writeFinalReview(page, 'The catalogue is up to date and well kept.', 'The objective was met; the job description fits the role.');

      await openRecord(kit, joiner.upn, joiner.displayName, 'appraisee');
      await page.getByRole('tab', { name: 'Final review' }).click();
      await agreeSummary(page);

      // The year is finished: the team list says so.
      await kit.open(tom.upn, 'teamAppraisals');
      await page.getByRole('button', { name: `Open the record of ${joiner.displayName}` }).waitFor({ timeout: 30000 });
      const row = page.getByRole('row').filter({ hasText: joiner.displayName });
      await row.getByText('Agreed', { exact: true }).waitFor();
      await kit.settled();
      await kit.axe('the team list, the year finished');
    }
  }
];
