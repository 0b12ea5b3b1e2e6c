// Integrity journey: two browsers open the same record at once. The reviewer and the appraisee edit different parts
// and both save: nobody's words are lost. Then the reviewer edits the same field on a laptop and on a phone: the
// conflict view shows both texts and "Keep both" keeps them. axe runs on the conflict view; screenshots at desktop and
// 390 px go to temp/e2e/.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };
import { createJourneyKit } from '../../scripts/e2eKit.mjs';

const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson'));
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));
const heading = /Emma Thompson: 2026\/27 cycle/;

/** A second browser (its own cookies and storage), as another person's computer or phone. */
async function secondBrowser(kit, viewport = { width: 1200, height: 800 }) {
  const context = await kit.page.context().browser().newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
  return { context, kit: createJourneyKit(await context.newPage(), kit.baseUrl) };
}

async function openAsReviewer(kit) {
  await kit.open(tom.upn, 'teamAppraisals');
  await kit.page.getByRole('button', { name: `Open the record of ${emma.displayName}` }).click();
  await kit.page.getByRole('heading', { name: heading }).waitFor({ timeout: 30000 });
}

async function openAsAppraisee(kit) {
  await kit.open(emma.upn, 'myAppraisal');
  await kit.page.getByRole('button', { name: 'Open my record' }).click();
  await kit.page.getByRole('heading', { name: heading }).waitFor({ timeout: 30000 });
}

const saved = (page) => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 20000 });

/** Throws unless the field labelled `label` holds every one of `texts`. */
async function expectValue(page, label, texts, who) {
  const value = await page.getByLabel(label, { exact: true }).first().inputValue();
  for (const text of texts) if (!value.includes(text)) throw new Error(`${who} sees "${value}" in "${label}", without "${text}"`);
}

const WORDS = {
  objective: 'Run a speech and language group for Year 2',
  criteria: 'Five pupils meet their termly language targets.',
  summary: 'We agreed one objective on language support, with training in the spring term.',
  reflections: 'I have enjoyed supporting the Year 2 reading group.',
  training: 'Speech and language support'
};

export default [
  {
    name: 'the reviewer and the appraisee edit different parts at once and both keep every word',
    async run(kit) {
      await kit.resetTenant('school');
      const other = await secondBrowser(kit);
      try {
        const reviewer = kit.page;
        const appraisee = other.kit.page;
        await openAsReviewer(kit);
        await openAsAppraisee(other.kit);

        // Both type at once, each in their own part; both drafts save themselves a moment later.
        await reviewer.getByRole('button', { name: 'Add an objective' }).click();
        await Promise.all([
          (async () => {
            await reviewer.getByLabel('Objective', { exact: true }).fill(WORDS.objective);
            await reviewer.getByLabel('Standards of performance expected (success criteria)').fill(WORDS.criteria);
            await reviewer.getByLabel('Summary of the discussion').fill(WORDS.summary);
          })(),
          (async () => {
            await appraisee.getByLabel('Your reflections on the year so far').fill(WORDS.reflections);
            await appraisee.getByLabel('Training you may need').fill(WORDS.training);
          })()
        ]);
        await Promise.all([saved(reviewer), saved(appraisee)]);
        const merged = (await reviewer.getByText(/Merged with changes by Emma Thompson/).count()) + (await appraisee.getByText(/Merged with changes by Tom Hughes/).count());
        if (merged < 1) throw new Error('Neither save met the other: the journey did not edit at the same time');

        // Afterwards both see every word of both.
        await openAsReviewer(kit);
        await openAsAppraisee(other.kit);
        for (const [page, who] of [[reviewer, 'the reviewer'], [appraisee, 'the appraisee']]) {
          await expectValue(page, 'Objective', [WORDS.objective], who);
          await expectValue(page, 'Standards of performance expected (success criteria)', [WORDS.criteria], who);
          await expectValue(page, 'Summary of the discussion', [WORDS.summary], who);
          await expectValue(page, 'Your reflections on the year so far', [WORDS.reflections], who);
          await expectValue(page, 'Training you may need', [WORDS.training], who);
        }
        other.kit.assertNoErrors();
      } finally {
        await other.context.close();
      }
    }
  },
  {
    name: 'the same field saved from a laptop and a phone is kept with "Keep both"',
    async run(kit) {
      await kit.resetTenant('school');
      const phone = await secondBrowser(kit);
      try {
        const laptop = kit.page;
        const small = phone.kit.page;
        await openAsReviewer(kit);
        await openAsReviewer(phone.kit);

        await laptop.getByLabel('Summary of the discussion').fill('Written on the laptop: one objective on language support.');
        await saved(laptop);
        await small.getByLabel('Summary of the discussion').fill('Written on the phone: training in the spring term.');

        const view = small.getByRole('region', { name: 'Choose what to keep' });
        await view.waitFor({ timeout: 20000 });
        const field = view.getByRole('group', { name: 'Planning one-to-one: Summary of the discussion' });
        await field.getByText('Written on the laptop: one objective on language support.').waitFor();
        await field.getByText('Written on the phone: training in the spring term.').waitFor();
        await phone.kit.settled();
        await phone.kit.axe('the conflict view');
        await view.screenshot({ path: 'temp/e2e/concurrent-conflict-desktop.png' });
        await small.setViewportSize({ width: 390, height: 844 });
        await small.waitForTimeout(300);
        const overflow = await view.evaluate((el) => el.scrollWidth - el.clientWidth);
        if (overflow > 1) throw new Error(`The conflict view overflows by ${overflow} px at 390 px`);
        await view.screenshot({ path: 'temp/e2e/concurrent-conflict-390.png' });
        await phone.kit.shot('concurrent-conflict-390-page');

        await field.getByRole('button', { name: 'Keep both' }).click();
        await saved(small);
        const both = ['Written on the laptop: one objective on language support.', 'Written on the phone: training in the spring term.'];
        await expectValue(small, 'Summary of the discussion', both, 'the phone');
        await openAsReviewer(kit);
        await expectValue(laptop, 'Summary of the discussion', both, 'the laptop');
        phone.kit.assertNoErrors();
      } finally {
        await phone.context.close();
      }
    }
  }
];
