// Health check journey over the mid-year school seed: HR opens Appraisal administration → Health check, runs it, and
// every line is green or amber "could not check"; the emulator's request log shows the check sent GETs only.
// Screenshots at desktop and 390 px in temp/e2e/.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const hr = personas.people.find((p) => p.roles.includes('hrAdmin')).upn;

export default [
  {
    name: 'HR runs the health check on the seeded school: nothing red, and nothing written',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      await kit.open(hr, 'appraisalAdmin');
      await kit.settled();
      // The last tab sits in the "More tabs" menu at desktop width too.
      await page.getByRole('tab', { name: 'More tabs' }).click();
      await page.getByRole('menuitem', { name: 'Health check' }).click();
      const writes = [];
      page.on('request', (r) => {
        if (r.method() !== 'GET' && /\/_api\/|\/v1\.0\//.test(r.url())) writes.push(`${r.method()} ${r.url()}`);
      });
      await page.getByRole('button', { name: 'Run the health check' }).click();
      const list = page.getByRole('list', { name: 'Health check' });
      await list.waitFor({ timeout: 60000 });
      await kit.settled();
      const red = await list.locator('[data-status="red"]').count();
      if (red) throw new Error(`${red} red lines on the seeded school: ${await list.locator('[data-status="red"]').allInnerTexts()}`);
      const green = await list.locator('[data-status="green"]').count();
      if (green < 10) throw new Error(`only ${green} green lines`);
      if (writes.length) throw new Error(`the health check wrote: ${writes.join('; ')}`);
      await kit.axe('health check');
      for (const [width, height, suffix] of [[1200, 800, 'desktop'], [390, 844, '390']]) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(400);
        await kit.shot(`health-check-${suffix}`);
        const overflow = await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
        if (overflow > 1) throw new Error(`the health check overflows sideways by ${overflow} px at ${width} px`);
      }
    }
  }
];
