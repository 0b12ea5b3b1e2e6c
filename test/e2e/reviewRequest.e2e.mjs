// Issue 15 journey: a review request reaches the head and is decided (UK-8). A late joiner's year is finished (HR marks
// the six-monthly review not required, planning and final review are agreed), the appraisee asks for a review within
// the window (its last day shown), the reviewer sees it, the head finds it in Appraisal administration, amends the
// record with reasons, and the appraisee sees the decision beside the record as it was.
import { agreeSummary, markSixMonthlyNotRequired, openRecordAs, writeFinalReview, writeLibraryPlanning } from './recordSteps.mjs';
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const byPrefix = (prefix) => personas.people.find((p) => p.upn.startsWith(prefix));
const head = personas.people.find((p) => p.roles.includes('head'));
const joiner = byPrefix('mohammed.rahman');

const openRecord = (kit, party) => openRecordAs(kit, joiner, party);

/** Screenshots at desktop width and at 390 px (Teams on a phone). */
async function shots(kit, name) {
  await kit.shot(`${name}-desktop`);
  await kit.page.setViewportSize({ width: 390, height: 844 });
  await kit.page.waitForTimeout(400);
  await kit.shot(`${name}-390`);
  await kit.page.setViewportSize({ width: 1200, height: 800 });
}

export default [
  {
    name: 'a review request reaches the head and is decided',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');

      // The year, finished as a late joiner's: the six-monthly review not required, planning and final review agreed.
      await markSixMonthlyNotRequired(kit, joiner, 'Joined in January.');

      await openRecord(kit, 'reviewer');
      await writeLibraryPlanning(page, 'New books are on the shelves within a week.');
      await openRecord(kit, 'appraisee');
      await agreeSummary(page);

      await openRecord(kit, 'reviewer');
      await page.getByRole('tab', { name: 'Final review' }).click();
      // No request can be asked before the final record is issued: the panel is not there.
      if (await page.getByRole('region', { name: 'Review of the final record' }).count()) throw new Error('The review panel showed before the final review was agreed');
      await writeFinalReview(page, 'The catalogue is mostly up to date.', 'The objective was met.');

      // The appraisee agrees the final record, then asks for a review: the last day to ask is shown.
      await openRecord(kit, 'appraisee');
      await page.getByRole('tab', { name: 'Final review' }).click();
      await agreeSummary(page);
      const panel = page.getByRole('region', { name: 'Review of the final record' });
      await panel.getByText(/You can ask until \d{1,2} [A-Z][a-z]+ \d{4}\./).waitFor({ timeout: 20000 });
      await panel.getByRole('button', { name: 'Ask for a review' }).click();
      await panel.getByText('Write your reasons first.').waitFor();
      await panel.getByLabel('Why you are asking for a review').fill('The feedback leaves out the reading corner I set up in the spring.');
      await kit.settled();
      await kit.axe('the appraisee asking for a review');
      await shots(kit, 'review-request-ask');
      await panel.getByRole('button', { name: 'Ask for a review' }).click();
      await panel.getByText(/You asked for a review on .+ The head will look at your record/).waitFor({ timeout: 20000 });

      // The reviewer sees the request; there is no decision form for them.
      await openRecord(kit, 'reviewer');
      const seen = page.getByRole('region', { name: 'Review of the final record' });
      await seen.getByText(`${joiner.displayName} asked for a review of the final record on`, { exact: false }).waitFor({ timeout: 20000 });
      if (await seen.getByRole('button', { name: 'Save the decision' }).count()) throw new Error('The reviewer was offered the decision form');

      // The head finds it in Appraisal administration, reads the reasons, and amends the record with reasons.
      await kit.open(head.upn, 'appraisalAdmin');
      await page.getByRole('tab', { name: 'Review requests' }).click();
      await page.getByText('1 review request waiting for a decision').waitFor({ timeout: 30000 });
      await kit.settled();
      await kit.axe('the review requests tab');
      await shots(kit, 'review-request-list');
      await page.getByRole('button', { name: `Open the record of ${joiner.displayName}` }).click();
      const decide = page.getByRole('region', { name: 'Review of the final record' });
      await decide.getByText('The feedback leaves out the reading corner I set up in the spring.').waitFor({ timeout: 30000 });
      await decide.getByRole('radio', { name: 'Record amended' }).check();
      await decide.getByLabel('Reasons for the decision').fill('The reading corner was part of the objective and is in the evidence.');
      await decide.getByLabel('The amended record').fill('The catalogue is up to date, and the new reading corner is well used.');
      await kit.settled();
      await kit.axe('the head deciding a review request');
      await shots(kit, 'review-request-decide');
      await decide.getByRole('button', { name: 'Save the decision' }).click();
      await decide.getByText(/Decision on .+: Record amended/).waitFor({ timeout: 20000 });

      // The appraisee sees the decision, the amendment and the record as it was.
      await openRecord(kit, 'appraisee');
      const outcome = page.getByRole('region', { name: 'Review of the final record' });
      await outcome.getByText(/Decision on .+: Record amended/).waitFor({ timeout: 20000 });
      await outcome.getByText('The catalogue is up to date, and the new reading corner is well used.').waitFor();
      await outcome.getByText('The final record when the review was asked for').waitFor();
      await kit.settled();
      await kit.axe('the appraisee reading the decision');
      await shots(kit, 'review-request-outcome');
    }
  }
];
