// Issue 18: the workbench in Welsh. Every web part, for each kind of user, with a record open at each stage tab: no
// en-GB string left on the page (englishScan.mjs) and no axe violations. Starts from the mid-year school seed.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };
import { englishIn, webPartLines } from './englishScan.mjs';

const upn = (prefix) => personas.people.find((p) => p.upn.startsWith(prefix)).upn;
const head = upn('margaret.okafor');
const hr = upn('priya.shah');
const tom = upn('tom.hughes');
const aisha = upn('aisha.begum');
const governor = personas.people.find((p) => p.roles.includes('governor')).upn;
const joiner = personas.people.find((p) => p.upn.startsWith('mohammed.rahman')).displayName;

async function inWelsh(kit) {
  await kit.page.goto(`${kit.baseUrl}/?lang=cy-GB`, { waitUntil: 'networkidle', timeout: 60000 });
}

async function check(kit, label, english) {
  await kit.settled();
  english.push(...englishIn(await webPartLines(kit.page)).map((line) => `${label} — ${line}`));
  await kit.axe(`${label} (Welsh)`);
}

async function tabs(kit, label, english, names) {
  for (const name of names) {
    const tab = kit.page.locator('main').getByRole('tab', { name, exact: true }).first();
    if (await tab.isVisible()) await tab.click();
    else {
      // Welsh labels are longer, so a tab the English shows may sit in the Pivot's overflow ("More tabs") menu.
      await kit.page.locator('main').getByRole('tab', { name: /^Rhagor o (dabiau|rannau o’r cofnod)$/ }).first().click();
      await kit.page.getByRole('menuitem', { name, exact: true }).click();
    }
    await check(kit, `${label} › ${name}`, english);
  }
}

export default [
  {
    name: 'every web part in Welsh shows no English and passes axe',
    async run(kit) {
      const { page } = kit;
      const english = [];
      await kit.resetTenant('school');
      // The scan must be able to fail: the same view in English is full of en-GB strings.
      await kit.open(hr, 'appraisalAdmin');
      await kit.settled();
      const inEnglish = englishIn(await webPartLines(page));
      if (inEnglish.length < 10) throw new Error(`the scan found only ${inEnglish.length} en-GB strings on an English page`);
      await inWelsh(kit);
      if ((await page.getAttribute('html', 'lang')) !== 'cy-GB') throw new Error('the page language is not cy-GB');

      await kit.open(hr, 'appraisalAdmin');
      await page.locator('main').getByRole('tab', { name: 'Rhestr y staff' }).waitFor({ timeout: 30000 });
      await check(kit, 'Gweinyddu arfarnu (AD)', english);
      await tabs(kit, 'Gweinyddu arfarnu', english, ['Cylchoedd', 'Anghytundebau', 'Gosodiadau', 'Adroddiadau i’r llywodraethwyr', 'Eitemau sydd angen sylw', 'Diogelu data']);
      await kit.shot('welsh-admin');
      // Data protection: the disposal review's result (only a check: nothing is disposed of).
      await page.getByRole('button', { name: 'Gwirio beth sy’n ddyledus' }).click();
      await page.getByRole('button', { name: 'Gwirio beth sy’n ddyledus' }).waitFor({ timeout: 60000 });
      await check(kit, 'Gweinyddu arfarnu › Diogelu data › gwirio', english);
      // Issue 18: the framework packs HR keeps (the packs' own titles are content, not product strings).
      await tabs(kit, 'Gweinyddu arfarnu', english, ['Fframweithiau']);
      // A person's circumstances (stages not required, long absence, closing without agreement).
      await page.locator('main').getByRole('tab', { name: 'Rhestr y staff', exact: true }).click();
      await page.getByRole('button', { name: `Rheoli ${joiner}` }).click();
      await page.getByRole('heading', { name: /Camau nad ydynt yn ofynnol yn/ }).waitFor({ timeout: 30000 });
      await check(kit, `Gweinyddu arfarnu › Rheoli ${joiner}`, english);

      await kit.open(head, 'appraisalAdmin');
      await tabs(kit, 'Gweinyddu arfarnu (pennaeth)', english, ['Monitro']);

      await kit.open(tom, 'teamAppraisals');
      await page.getByRole('button', { name: 'Agor cofnod Aisha Begum' }).waitFor({ timeout: 30000 });
      await check(kit, 'Arfarniadau fy nhîm', english);
      await kit.shot('welsh-team');
      await page.getByRole('button', { name: 'Agor cofnod Aisha Begum' }).click();
      await page.getByRole('heading', { name: /Aisha Begum: cylch 2026\/27/ }).waitFor({ timeout: 30000 });
      await check(kit, 'Cofnod (adolygydd)', english);
      await tabs(kit, 'Cofnod (adolygydd)', english, ['Cyfarfod cynllunio un-i-un', 'Adolygiad terfynol', 'Cyfarfodydd un-i-un', 'Nodiadau preifat']);

      await kit.open(aisha, 'myAppraisal');
      await check(kit, 'Fy arfarniad', english);
      await page.getByRole('button', { name: 'Agor fy nghofnod' }).click();
      await page.getByRole('heading', { name: /Aisha Begum: cylch 2026\/27/ }).waitFor({ timeout: 30000 });
      await check(kit, 'Fy nghofnod', english);
      await kit.shot('welsh-my-record');

      await kit.open(aisha, 'teamsMyAppraisal');
      await page.getByRole('button', { name: 'Agor fy nghofnod' }).waitFor({ timeout: 30000 });
      await check(kit, 'Fy arfarniad (Teams)', english);

      await kit.open(governor, 'governorReport');
      await check(kit, 'Adroddiadau i’r llywodraethwyr', english);
      // Last year's year-end report, with its summary, tables and notes.
      await page.getByRole('button', { name: /^2025\/26, cyhoeddwyd/ }).click();
      await page.getByRole('region', { name: 'Crynodeb' }).waitFor({ timeout: 30000 });
      await check(kit, 'Adroddiad 2025/26', english);

      if (english.length) throw new Error(`English left on Welsh pages:\n${[...new Set(english)].join('\n')}`);
    }
  }
];
