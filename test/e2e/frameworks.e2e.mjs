// Issue 18 journey: HR adds the school's own framework on Appraisal administration → Frameworks, and a reviewer links
// a teaching assistant's objective to one of its standards; the link is saved and the appraisee sees it named.
// Screenshots at desktop and 390 px in temp/e2e/.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };
import { openAdminTab } from './adminTabs.mjs';

const hr = personas.people.find((p) => p.roles.includes('hrAdmin')).upn;
const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson'));
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));

async function openFrameworks(kit) {
  await openAdminTab(kit, hr, 'Frameworks');
  await kit.page.getByRole('button', { name: 'Add a framework' }).waitFor({ timeout: 30000 });
}

export default [
  {
    name: 'HR adds a school framework and a reviewer links an objective to it',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      await openFrameworks(kit);
      await page.getByRole('heading', { name: 'ISBL Professional Standards' }).waitFor();
      await page.getByRole('button', { name: 'Add a framework' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Riverside reading standards');
      await page.getByLabel('Source', { exact: true }).fill('Written by Riverside Primary staff, 2026');
      await page.getByRole('group', { name: 'Offered to staff in' }).getByText('Learning support', { exact: true }).click();
      await page.getByRole('button', { name: 'Add a standard' }).click();
      await page.getByLabel('Standard 1', { exact: true }).fill('Every pupil reads aloud to an adult each week');
      await kit.settled();
      await kit.axe('adding a school framework');
      await kit.shot('frameworks-add');
      await page.getByRole('button', { name: 'Save framework' }).click();
      await page.getByText(/^Framework saved/).waitFor({ timeout: 30000 });
      await page.getByRole('heading', { name: 'Riverside reading standards' }).waitFor();
      await kit.settled();
      await kit.axe('the Frameworks tab');
      await kit.shot('frameworks-tab');
      await page.setViewportSize({ width: 390, height: 844 });
      await kit.settled();
      await kit.shot('frameworks-tab-390');
      await page.setViewportSize({ width: 1200, height: 800 });

      await kit.open(tom.upn, 'teamAppraisals');
      await page.getByRole('button', { name: `Open the record of ${emma.displayName}` }).click();
      await page.getByRole('heading', { name: /Emma Thompson: 2026\/27 cycle/ }).waitFor({ timeout: 30000 });
      await page.getByRole('button', { name: 'Add an objective' }).click();
      await page.getByLabel('Objective', { exact: true }).fill('Lead a weekly reading-aloud group for Year 2');
      await page.getByRole('combobox', { name: /^Standards/ }).click();
      await page.getByRole('listbox').getByText('SCH-1-1 Every pupil reads aloud to an adult each week', { exact: true }).click();
      await page.keyboard.press('Escape');
      await page.getByText('All changes saved').waitFor({ timeout: 20000 });
      await kit.settled();
      await kit.axe('an objective linked to a school standard');
      await kit.shot('frameworks-objective-linked');

      await kit.open(emma.upn, 'myAppraisal');
      await page.getByRole('button', { name: 'Open my record' }).click();
      await page.getByRole('heading', { name: /Emma Thompson: 2026\/27 cycle/ }).waitFor({ timeout: 30000 });
      await page.getByText('SCH-1-1 Every pupil reads aloud to an adult each week').waitFor({ timeout: 20000 });
    }
  }
];
