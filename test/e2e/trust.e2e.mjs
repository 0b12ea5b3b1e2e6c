// Trust journey: what the product shows when it cannot, or should not, take a record at face value. Items written
// around the UI (a stray in someone's folder, an unreadable one-to-one, a broken roster entry) are left out, named in
// each view and listed under "Items needing attention"; a record edited after it was agreed says so, and by whom; a
// long text counts its characters and says when it is over the limit. axe runs on each; screenshots at desktop and
// 390 px go to temp/e2e/.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };
import { openAdminTab } from './adminTabs.mjs';

const person = (prefix) => personas.people.find((p) => p.upn.startsWith(prefix));
const head = person('margaret.okafor');
const tom = person('tom.hughes');
const aisha = person('aisha.begum');
const hannah = person('hannah.wright');
const emma = person('emma.thompson');
const lucy = person('lucy.fairweather-jones');

const RECORDS = "/sites/staff-appraisal/_api/web/lists/getbytitle('AppraisalRecords')";
const ROSTER = "/sites/staff-appraisal/_api/web/lists/getbytitle('AppraisalRoster')";

/** A plain REST call to the emulator as `upn`, as anyone with a browser's developer tools could make. */
async function rest(kit, upn, method, path, body, headers = {}) {
  const response = await kit.page.request.fetch(`${kit.baseUrl}${path}`, {
    method,
    headers: { 'X-Emulator-User': upn, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', ...headers },
    data: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!response.ok()) throw new Error(`${method} ${path} as ${upn}: ${response.status()} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

const merge = (kit, upn, path, values) => rest(kit, upn, 'POST', path, values, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });

/** Adds an item in `owner`'s record folder as `upn` (what Appraisal Edit allows), with the given columns. */
async function plant(kit, upn, owner, values) {
  const root = await rest(kit, upn, 'GET', `${RECORDS}/rootFolder?$select=ServerRelativeUrl`);
  const formValues = Object.entries(values).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }));
  const created = await rest(kit, upn, 'POST', `${RECORDS}/AddValidateUpdateItemUsingPath()`, {
    listItemCreateInfo: { FolderPath: { DecodedUrl: `${root.ServerRelativeUrl}/${owner.id}` } }, formValues
  });
  return Number(created.value.find((v) => v.FieldName === 'Id').FieldValue);
}

/** The appraisee's own cycle item, as she can read it. */
async function cycleItemOf(kit, who) {
  const found = await rest(kit, who.upn, 'GET', `${RECORDS}/items?$filter=StaffKey eq '${who.id}' and RecordKind eq 'cycle'&$select=Id,Payload,CycleKey,CycleLabel`);
  // The seed keeps earlier cycles too (retention, deep links): this year's is the one with the latest cycle key.
  return [...found.value].sort((a, b) => String(b.CycleKey).localeCompare(String(a.CycleKey)))[0];
}

/** Saves `locator` alone, or with `upTo` the web part from its top down to the bottom of `upTo` and a little more. */
async function save(page, path, locator, upTo) {
  if (!upTo) return locator.screenshot({ path });
  const [box, end] = [await locator.boundingBox(), await upTo.boundingBox()];
  return page.screenshot({ path, fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, end.y + end.height + 48 - box.y) } });
}

/**
 * Screenshots `locator` (cut off under `upTo` if given) at desktop width and at 390 px as `<name>-desktop.png` and
 * `<name>-390.png`, and fails if the page scrolls sideways at 390 px: nothing may be cut off on a phone.
 */
async function bothWidths(kit, name, locator, upTo) {
  const { page } = kit;
  for (const [width, height, suffix] of [[1200, 800, 'desktop'], [390, 844, '390']]) {
    await page.setViewportSize({ width, height });
    const html = page.locator('html');
    await html.evaluate((el) => { el.scrollTop = 0; });
    await page.waitForTimeout(400);
    await save(page, `temp/e2e/${name}-${suffix}.png`, locator, upTo);
    const overflow = await html.evaluate((el) => el.scrollWidth - el.clientWidth);
    if (overflow > 1) throw new Error(`${name} overflows sideways by ${overflow} px at ${width} px`);
  }
  await page.setViewportSize({ width: 1200, height: 800 });
}

const leftOut = (page) => page.locator('main .ms-MessageBar').filter({ hasText: /could not be shown and (is|are) left out/ }).first();


export default [
  {
    name: 'a trust board member opens the trust report of 20 school sites and downloads the trust pack; a school governor is told it is the board\'s',
    async run(kit) {
      await kit.resetTenant('trust');
      const { page } = kit;
      const domain = head.upn.split('@')[1];
      await kit.open(`trust.board@${domain}`, 'trustReport');
      await kit.settled();
      await page.getByRole('button', { name: /^2025\/26, published / }).click();
      const table = page.getByRole('table', { name: 'Planning meeting, by school' });
      await table.waitFor({ timeout: 30000 });
      await kit.settled();
      await page.getByText(/^Schools included \(20\): /).waitFor();
      await page.getByRole('region', { name: 'Schools not included' }).getByText("Every school site in the trust's settings is included.").waitFor();
      if (!(await table.getByRole('rowheader', { name: 'Whole trust' }).count())) throw new Error('the trust table has no Whole trust line');
      await kit.axe('the trust report');
      await bothWidths(kit, 'trust-report', page.locator('main'), table);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30000 }),
        page.getByRole('button', { name: 'Download the trust pack (Word)' }).click()
      ]);
      if (download.suggestedFilename() !== 'Trust report 2025-26.docx') throw new Error(`unexpected file name ${download.suggestedFilename()}`);
      const bytes = await (await import('node:fs/promises')).readFile(await download.path());
      if (bytes.subarray(0, 2).toString() !== 'PK' || bytes.length < 5000) throw new Error(`the trust pack is not a Word document (${bytes.length} bytes)`);

      // The governor of one school is not on the trust board: SharePoint refuses, and the page says so plainly.
      await kit.open(`governor.s01@${domain}`, 'trustReport');
      await kit.settled();
      await page.getByText("This is the trust board's report").waitFor({ timeout: 30000 });
      if (await page.getByRole('button', { name: /^2025\/26, published / }).count()) throw new Error('a school governor sees the trust report');
      await kit.axe('the trust report refused');
      await bothWidths(kit, 'trust-report-refused', page.locator('main'));
    }
  },
  {
    name: 'items written around the UI are left out, named in each view and listed under Items needing attention',
    async run(kit) {
      await kit.resetTenant('school');
      const { page } = kit;
      // Aisha plants, in her own folder, an item naming Hannah, and a one-to-one nobody can read.
      const own = await cycleItemOf(kit, aisha);
      const hannahsKey = own.CycleKey.replace(aisha.id, hannah.id);
      await plant(kit, aisha.upn, aisha, { Title: hannahsKey, StaffKey: hannah.id, CycleKey: hannahsKey, CycleLabel: own.CycleLabel, RecordKind: 'cycle', Stage: 'agreed', Payload: own.Payload });
      await plant(kit, aisha.upn, aisha, { Title: 'x', StaffKey: aisha.id, RecordKind: 'meeting', Payload: '{"v":1,"start":"not a date"' });
      // Someone edits Lucy's roster entry directly in the list and breaks it.
      const [entry] = (await rest(kit, head.upn, 'GET', `${ROSTER}/items?$filter=StaffKey eq '${lucy.id}'&$select=Id`)).value;
      await merge(kit, head.upn, `${ROSTER}/items(${entry.Id})`, { Payload: '{"v":1}' });

      await openAdminTab(kit, head.upn, 'Items needing attention');
      await page.getByRole('grid', { name: 'Items left out of views and reports' }).waitFor({ timeout: 20000 });
      await kit.axe('Items needing attention');
      await bothWidths(kit, 'items-needing-attention', page.locator('main'));

      // On a phone the tab sits in the "More tabs" menu; it is reached with the keyboard alone.
      await page.setViewportSize({ width: 390, height: 844 });
      await kit.open(head.upn, 'appraisalAdmin');
      await kit.settled();
      const more = page.getByRole('tab', { name: 'More tabs' });
      await page.getByRole('tab', { name: 'Staff roster' }).focus();
      for (let i = 0; i < 8 && !(await more.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.locator('[role="menu"] :focus').waitFor({ timeout: 5000 }); // the menu takes focus once it is shown
      // Tabs added later (Data protection, Frameworks, Health, Reminders…) come after it in the menu: move up until it has
      // focus, within the menu (at most once round the whole menu).
      const menuItems = await page.locator('[role="menu"] [role="menuitem"]').count();
      let focused = '';
      for (let i = 0; i < menuItems && !focused.includes('Items needing attention'); i++) {
        await page.keyboard.press('ArrowUp');
        focused = await page.locator('html').evaluate((el) => el.ownerDocument.activeElement?.textContent ?? '');
      }
      if (!focused.includes('Items needing attention')) throw new Error(`ArrowUp in the More tabs menu focused "${focused}", not Items needing attention`);
      await page.keyboard.press('Enter');
      await page.getByRole('grid', { name: 'Items left out of views and reports' }).waitFor({ timeout: 20000 });
      await page.setViewportSize({ width: 1200, height: 800 });

      await openAdminTab(kit, head.upn, 'Staff roster');
      await leftOut(page).waitFor({ timeout: 20000 });
      await kit.axe('the roster with an item left out');
      await leftOut(page).getByText(/The Items needing attention tab says what is wrong/).waitFor();
      await bothWidths(kit, 'left-out-roster', page.locator('main'), leftOut(page));

      await openAdminTab(kit, head.upn, 'Monitoring');
      await leftOut(page).waitFor({ timeout: 20000 });
      await kit.axe('monitoring with items left out');
      await bothWidths(kit, 'left-out-monitoring', page.locator('main'), leftOut(page));

      await kit.open(tom.upn, 'teamAppraisals');
      await kit.settled();
      await leftOut(page).waitFor({ timeout: 20000 });
      await kit.axe('the team view with items left out');
      await leftOut(page).getByText(/Your appraisal administrators \(usually the head and HR\) can see what is wrong/).waitFor();
      // Down to Aisha's row, whose due date and "waiting for agreement since …" wrap rather than clip.
      await bothWidths(kit, 'left-out-team', page.locator('main'), page.getByRole('row').filter({ hasText: aisha.displayName }));

      await kit.open(aisha.upn, 'myAppraisal');
      await kit.settled();
      await leftOut(page).waitFor({ timeout: 20000 });
      await kit.axe('My appraisal with an item left out');
      await bothWidths(kit, 'left-out-my-appraisal', page.locator('main'), leftOut(page));

      // The head moves one left-out item to the recycle bin, after a confirmation saying what that does.
      await openAdminTab(kit, head.upn, 'Items needing attention');
      const recycleButtons = page.getByRole('button', { name: /^Delete: ID \d+ in AppraisalRecords$/ });
      await recycleButtons.first().waitFor({ timeout: 20000 });
      const before = await recycleButtons.count();
      await recycleButtons.first().click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText(/You can restore it from the recycle bin for 93 days/).waitFor();
      await kit.axe('the recycle confirmation');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: 'temp/e2e/recycle-confirmation-390.png' });
      await page.setViewportSize({ width: 1200, height: 800 });
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 20000 });
      for (let i = 0; i < 50 && (await recycleButtons.count()) !== before - 1; i++) await page.waitForTimeout(200);
      if ((await recycleButtons.count()) !== before - 1) throw new Error(`expected ${before - 1} records items left after recycling, saw ${await recycleButtons.count()}`);
    }
  },
  {
    name: 'a record changed after it was agreed says so, and who changed it last; an unsafe link is plain text',
    async run(kit) {
      await kit.resetTenant('school');
      const { page } = kit;
      // Aisha rewrites her agreed objective and adds an http: evidence link with plain REST calls.
      const item = await cycleItemOf(kit, aisha);
      const payload = JSON.parse(item.Payload);
      payload.document.objectives[0].title = 'Lead the Year 3 phonics group on my own';
      payload.document.evidence = [
        ...(payload.document.evidence ?? []),
        { id: 'planted-link', kind: 'link', title: 'Phonics tracker', url: 'http://phonics.example.org/tracker', addedBy: 'appraisee', addedOn: '2026-11-01' }
      ];
      await merge(kit, aisha.upn, `${RECORDS}/items(${item.Id})`, { Payload: JSON.stringify(payload) });

      await kit.open(tom.upn, 'teamAppraisals');
      await kit.settled();
      await page.getByRole('button', { name: `Open the record of ${aisha.displayName}` }).click();
      await page.getByRole('heading', { name: new RegExp(`${aisha.displayName}: `) }).waitFor({ timeout: 30000 });
      await page.getByRole('tab', { name: 'Planning one-to-one' }).click();
      await kit.settled();
      const agreement = page.getByRole('region', { name: 'Agreeing the record' }).first();
      await agreement.getByText(/Changed since it was agreed on .* Last changed by Aisha Begum on /).waitFor({ timeout: 20000 });
      await kit.axe('a record changed since agreed');
      await bothWidths(kit, 'changed-since-agreed', agreement);

      const evidence = page.getByRole('heading', { name: 'Evidence', exact: true }).locator('xpath=..');
      await evidence.getByText('Phonics tracker').waitFor({ timeout: 20000 });
      if (await evidence.getByRole('link', { name: 'Phonics tracker' }).count()) throw new Error('An http: link was shown as a link');
      await bothWidths(kit, 'unsafe-link', evidence);

      // A six-monthly review's progress notes are counted too; the button sits under the field, not beside it.
      await kit.open(tom.upn, 'teamAppraisals');
      await kit.settled();
      await page.getByRole('button', { name: `Open the record of ${hannah.displayName}` }).click();
      await page.getByRole('heading', { name: new RegExp(`${hannah.displayName}: `) }).waitFor({ timeout: 30000 });
      await kit.settled();
      const note = page.getByLabel(/^Progress note for /).first();
      await note.fill('Aisha now runs the group on her own on Tuesdays.');
      await page.getByText(/^48 of 1,500 characters$/).first().waitFor({ timeout: 10000 });
      await bothWidths(kit, 'progress-note', note.locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ms-Stack ')][1]"));
    }
  },
  {
    name: 'a long text counts its characters and says when it is over the limit',
    async run(kit) {
      await kit.resetTenant('school');
      const { page } = kit;
      await kit.open(tom.upn, 'teamAppraisals');
      await kit.settled();
      await page.getByRole('button', { name: `Open the record of ${emma.displayName}` }).click();
      await page.getByRole('heading', { name: new RegExp(`${emma.displayName}: `) }).waitFor({ timeout: 30000 });
      await kit.settled();
      const fieldOf = (input) => input.locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ms-TextField ')][1]");
      const summary = page.getByLabel('Summary of the discussion');
      await summary.fill('We agreed one objective on language support, with training in the spring term.');
      await fieldOf(summary).getByText(/^78 of 1,500 characters$/).waitFor({ timeout: 10000 });
      await kit.axe('a counted field');
      await bothWidths(kit, 'character-count', fieldOf(summary));

      // An objective's title holds 150 characters; success criteria pasted into it are kept, counted and refused.
      await page.getByRole('button', { name: 'Add an objective' }).click();
      const objective = page.getByLabel('Objective', { exact: true });
      await objective.fill('Run a speech and language group for five pupils in Year 2 twice a week, so that each meets their termly language targets by the end of the spring term.');
      await fieldOf(objective).getByText(/^151 of 150 characters: 1 too many$/).waitFor({ timeout: 10000 });
      await fieldOf(objective).getByRole('alert').getByText('Too long: shorten this to 150 characters or fewer.').waitFor({ timeout: 10000 });
      await kit.axe('a field over its limit');
      await bothWidths(kit, 'character-count-over', fieldOf(objective));
    }
  }
];
