// Data protection journey over the mid-year school seed: HR runs the disposal review (only records past retention and
// not held are recycled and logged), logs a subject access request and produces the bundle in one click; a reviewer
// writes a private note on a record. Screenshots at desktop and 390 px in temp/e2e/.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };
import { openAdminTab } from './adminTabs.mjs';

const hr = personas.people.find((p) => p.roles.includes('hrAdmin')).upn;
const tom = 'tom.hughes@riversideprimary.onmicrosoft.com';

export default [
  {
    name: 'HR runs the disposal review and produces a subject access bundle; a reviewer writes a private note',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      await openAdminTab(kit, hr, 'Data protection');
      await page.getByRole('button', { name: 'Check what is due' }).click();
      const confirm = page.getByRole('button', { name: /^Dispose of \d+ items$/ });
      await confirm.waitFor({ timeout: 60000 });
      await page.getByText('Grievance in progress').first().waitFor();
      await kit.settled();
      await kit.axe('disposal preview');
      await kit.shot('data-protection-disposal-preview');
      const due = Number((await confirm.innerText()).match(/\d+/)[0]);
      await confirm.click();
      await page.getByRole('button', { name: 'Dispose of them' }).click();
      await page.getByText(`${due} items were moved to the recycle bin and logged.`).waitFor({ timeout: 60000 });
      await page.getByRole('button', { name: 'Check what is due' }).click();
      await page.getByText('Nothing is due for disposal today.').waitFor({ timeout: 60000 });

      await page.getByRole('combobox', { name: 'Who is asking' }).click();
      await page.getByRole('option', { name: 'Aisha Begum' }).click();
      await page.getByLabel('What they asked for').fill('A copy of the notes from my appraisals');
      await page.getByRole('button', { name: 'Log request' }).click();
      await page.getByRole('button', { name: 'Produce bundle' }).first().click();
      await page.getByRole('button', { name: 'Download Word document' }).waitFor({ timeout: 60000 });
      await page.getByText('Private note: review for exemption before disclosure').first().waitFor();
      await kit.settled();
      await kit.axe('subject access bundle');
      await kit.shot('data-protection-subject-access');
      await page.setViewportSize({ width: 390, height: 844 });
      await kit.settled();
      await kit.shot('data-protection-subject-access-390');
      await page.setViewportSize({ width: 1280, height: 900 });

      await kit.open(tom, 'teamAppraisals');
      await page.getByRole('button', { name: /Aisha Begum/ }).first().click();
      await page.getByRole('tab', { name: 'Private notes' }).click();
      await page.getByText('Only you can see private notes here').waitFor({ timeout: 30000 });
      await page.getByLabel('New private note').fill('Asked about the ELSA course; follow up in January.');
      await page.getByRole('button', { name: 'Save private note' }).click();
      await page.getByText('Asked about the ELSA course; follow up in January.').nth(0).waitFor({ timeout: 30000 });
      await kit.settled();
      await kit.axe('private notes');
      await kit.shot('record-private-notes');
    }
  }
];
