// Teams, Outlook and the Microsoft 365 app host "My appraisal" on the tenant's root site: the workbench's
// "My appraisal (Teams)" tab builds it through the production createSpfxServices from a root-site host context.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const aisha = personas.people.find((p) => p.upn.startsWith('aisha.begum')).upn;

export default [
  {
    name: 'a Teams-hosted My appraisal (host context on the root site) shows the person her record',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      await kit.open(aisha, 'teamsMyAppraisal');
      await kit.settled();
      await page.getByRole('button', { name: 'Open my record' }).click();
      await page.getByRole('heading', { name: /Aisha Begum: 2026\/27 cycle/ }).waitFor({ timeout: 30000 });
      if (await page.getByText('The appraisal site is not set up yet').count()) throw new Error('Teams host shows "not set up"');
      await kit.settled();
      await kit.axe('My appraisal hosted in Teams');
      await kit.shot('teams-my-appraisal');
      await page.setViewportSize({ width: 390, height: 844 });
      await kit.settled();
      await kit.shot('teams-my-appraisal-390');
    }
  }
];
