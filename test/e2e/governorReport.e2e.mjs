// Governor reports journey: HR prepares, previews and publishes the report; a governor reads it and downloads the
// Word pack. Starts from the mid-year school seed (site set up, roster imported, this year's cycle open).
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const hr = personas.people.find((p) => p.roles.includes('hrAdmin')).upn;
const governor = personas.people.find((p) => p.roles.includes('governor')).upn;
const governorName = personas.people.find((p) => p.upn === governor).displayName;

export default [
  {
    name: 'HR publishes the governor report and a governor reads it and downloads the Word pack',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      await kit.open(hr, 'appraisalAdmin');
      await page.getByRole('tablist', { name: 'Appraisal administration' }).getByRole('tab', { name: 'Governor reports' }).click();
      // HR takes the governor off the list and adds her back, as the school would when a governor leaves or joins.
      await page.getByRole('button', { name: `Remove ${governorName} from the governors who can read reports` }).click();
      await page.getByText(`${governorName} can no longer read governor reports.`).waitFor({ timeout: 15000 });
      await page.getByLabel("Governor's email address").fill(governor);
      await page.getByRole('button', { name: 'Add governor' }).click();
      await page.getByText(`${governorName} can now read published governor reports.`).waitFor({ timeout: 15000 });
      await page.getByRole('button', { name: 'Prepare the report' }).click();
      await page.getByRole('button', { name: 'Publish to governors' }).waitFor({ timeout: 30000 });
      await page.getByRole('table').first().waitFor();
      await kit.settled();
      await kit.axe('governor report preview');
      await kit.shot('admin-governor-report-preview');
      await page.getByRole('button', { name: 'Publish to governors' }).click();
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByText(/Published for governors on/).waitFor({ timeout: 30000 });

      await page.getByRole('tablist', { name: 'Appraisal administration' }).getByRole('tab', { name: 'Monitoring' }).click();
      await page.getByRole('grid', { name: 'Completion and outcomes by reviewer' }).waitFor({ timeout: 30000 });
      await kit.settled();
      await kit.axe('monitoring');
      await kit.shot('admin-monitoring');

      await kit.open(governor, 'governorReport');
      await page.getByRole('button', { name: /published/ }).first().click();
      await page.getByRole('table').first().waitFor({ timeout: 30000 });
      await kit.settled();
      await kit.axe('governor report');
      await kit.shot('governor-report');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), page.getByRole('button', { name: 'Download the governor pack (Word)' }).click()]);
      if (!/^Governor report \d{4}-\d{2}\.docx$/.test(download.suggestedFilename())) throw new Error(`unexpected file name ${download.suggestedFilename()}`);
      const text = await page.locator('main').innerText();
      for (const p of personas.people) if (p.staffCategory && text.includes(p.displayName)) throw new Error(`the governor view names ${p.displayName}`);

      // The administration page, including Monitoring (by reviewer), is refused to governors.
      await kit.open(governor, 'appraisalAdmin');
      await page.getByText('Appraisal administration is for the headteacher and HR').waitFor({ timeout: 15000 });
      if (await page.getByRole('tab', { name: 'Monitoring' }).count()) throw new Error('a governor can see the Monitoring tab');
      await kit.settled();
      await kit.axe('administration as a governor');
    }
  },
  {
    name: "A governor reads last year's year-end report: a summary first, most figures shown, at desktop and 390 px",
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      await kit.open(governor, 'governorReport');
      await page.getByRole('button', { name: /^2025\/26, published/ }).click();
      const summary = page.getByRole('region', { name: 'Summary' });
      await summary.waitFor({ timeout: 30000 });
      await kit.settled();
      // The summary comes before any table, and says at least one whole-school figure in words.
      const firstTable = page.getByRole('table').first();
      const order = await summary.evaluate((el, table) => el.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING, await firstTable.elementHandle());
      if (!order) throw new Error('the summary does not lead the report');
      const lines = await summary.getByRole('listitem').allInnerTexts();
      if (!lines.some((l) => /: \d+ of \d+ (eligible )?staff \(\d+%\)$/.test(l))) throw new Error(`no whole-school figure in the summary: ${lines.join(' | ')}`);
      // Of the numbers in the tables, at least 60% are shown rather than [c] (row totals, headcounts, not counted).
      const cells = await page.locator('main table tbody td:not(:last-child)').allInnerTexts();
      const shown = cells.filter((t) => t.trim() !== '[c]').length;
      if (!cells.length || shown / cells.length < 0.6) throw new Error(`only ${shown} of ${cells.length} figures shown`);
      const notes = await page.getByRole('region', { name: 'Notes' }).getByRole('listitem').allInnerTexts();
      if (new Set(notes.map((n) => n.split(':')[0])).size !== notes.length) throw new Error(`notes repeat a reason: ${notes.join(' | ')}`);
      await kit.axe('year-end governor report');
      for (const [width, height, suffix] of [[1200, 800, 'desktop'], [390, 844, '390']]) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(400);
        await kit.shot(`governor-report-year-end-${suffix}`);
        const overflow = await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
        if (overflow > 1) throw new Error(`the year-end report overflows sideways by ${overflow} px at ${width} px`);
      }
      await page.setViewportSize({ width: 1200, height: 800 });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), page.getByRole('button', { name: 'Download the governor pack (Word)' }).click()]);
      if (download.suggestedFilename() !== 'Governor report 2025-26.docx') throw new Error(`unexpected file name ${download.suggestedFilename()}`);
    }
  }
];
