// Foundation journey: every web part tab renders an honest state for each kind of user, with no errors and no
// axe violations. Until the site is provisioned, admins see "not set up" and others what SharePoint allows them.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const byRole = (role) => personas.people.find((p) => p.roles.includes(role)).upn;
const people = { hr: byRole('hrAdmin'), reviewer: byRole('reviewer'), governor: byRole('governor'), staff: personas.people.find((p) => p.roles.length === 1 && p.roles[0] === 'appraisee').upn };
// Before set-up, the administration web part offers set-up; the others say the site is not set up yet.
const tabs = [
  ['myAppraisal', 'The appraisal site is not set up yet'],
  ['teamAppraisals', 'The appraisal site is not set up yet'],
  ['appraisalAdmin', 'Set up the appraisal site'],
  ['governorReport', 'The appraisal site is not set up yet']
];

export default [
  ...tabs.map(([tab, expected]) => ({
    name: `${tab} renders an honest state for the HR administrator`,
    async run(kit) {
      await kit.resetTenant();
      await kit.open(people.hr, tab);
      await kit.settled();
      await kit.page.getByText(expected).first().waitFor({ timeout: 15000 });
      await kit.axe(tab);
      await kit.shot(`foundation-${tab}-hr`);
    }
  })),
  ...['staff', 'governor', 'reviewer'].map((who) => ({
    name: `my appraisal renders for ${who}`,
    async run(kit) {
      await kit.open(people[who], 'myAppraisal');
      await kit.settled();
      await kit.page.locator('main [role="status"], main .ms-MessageBar').first().waitFor({ timeout: 15000 });
      await kit.axe(`myAppraisal as ${who}`);
      await kit.shot(`foundation-myAppraisal-${who}`);
    }
  })),
  {
    name: 'the sign-in switcher changes who is signed in',
    async run(kit) {
      await kit.open(people.hr, 'myAppraisal');
      await kit.page.getByRole('combobox', { name: 'Sign in as' }).click();
      await kit.page.getByRole('option', { name: /Anne Whitfield/ }).click();
      await kit.page.waitForURL(/anne\.whitfield/);
      await kit.settled();
      await kit.shot('foundation-switcher');
    }
  }
];
