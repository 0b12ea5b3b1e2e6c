// Issue 15 journey: reminders in Outlook. Aisha asks for changes to her six-monthly review, so her reviewer's list
// says action needed; HR previews who would be reminded of what and sends; the reminder lands once in Tom's emulated
// mailbox (Send twice: still once), says nothing about the record, and its link opens Aisha's record for him.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };
import { askForChangesOnSixMonthly } from './recordSteps.mjs';
import { openAdminTab } from './adminTabs.mjs';

const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));
const aisha = personas.people.find((p) => p.upn.startsWith('aisha.begum'));
const hr = personas.people.find((p) => p.roles.includes('hrAdmin'));
const STEP = 'Changes were asked for on the six-monthly review: update it and share it again';

async function inbox(kit, person) {
  const res = await kit.page.request.get(`${kit.baseUrl}/_emulator/mailbox?address=${encodeURIComponent(person.mail ?? person.upn)}`);
  return (await res.json()).messages;
}

async function openReminders(kit) {
  await openAdminTab(kit, hr.upn, 'Reminders');
  await kit.page.getByRole('heading', { name: "Today's reminders" }).waitFor({ timeout: 60000 });
}

export default [
  {
    name: 'HR previews and sends reminders; the reviewer gets one, once, and its link opens the record',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');

      // Aisha asks for changes; Tom's list says action needed.
      await askForChangesOnSixMonthly(kit, aisha);
      await kit.open(tom.upn, 'teamAppraisals');
      await page.getByRole('row').filter({ hasText: 'Aisha Begum' }).getByText(STEP).waitFor({ timeout: 30000 });

      // HR sets the page links open on (the workbench's team tab stands in for the SharePoint page), then previews.
      await openReminders(kit);
      await page.getByLabel('Page where people open their records').fill(`${kit.baseUrl}/?tab=teamAppraisals`);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('heading', { name: "Today's reminders" }).waitFor({ timeout: 60000 });
      const preview = page.getByRole('list', { name: "Today's reminders" });
      const tomCard = preview.getByRole('listitem').filter({ hasText: 'Tom Hughes' }).first();
      await tomCard.getByText(`Aisha Begum's record: ${STEP}`).waitFor({ timeout: 30000 });
      await kit.settled();
      await kit.axe('the reminders preview');
      await kit.shot('reminders-preview');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) throw new Error(`The Reminders tab overflows by ${overflow} px at 390 px`);
      await kit.shot('reminders-preview-390');
      await page.setViewportSize({ width: 1200, height: 800 });

      if ((await inbox(kit, tom)).length) throw new Error('Tom had mail before anything was sent');
      await page.getByRole('button', { name: /^Send \d+ reminders?$/ }).click();
      const results = page.getByRole('list', { name: 'What happened' });
      await results.getByRole('listitem').filter({ hasText: 'Tom Hughes' }).getByText('Sent', { exact: true }).waitFor({ timeout: 120000 });
      await page.getByRole('list', { name: 'Already reminded today' }).getByText('Tom Hughes').waitFor({ timeout: 60000 });
      await kit.settled();
      await kit.axe('the reminders results');
      await kit.shot('reminders-sent');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      await kit.shot('reminders-sent-390');
      await page.setViewportSize({ width: 1200, height: 800 });

      const once = await inbox(kit, tom);
      if (once.length !== 1) throw new Error(`Tom has ${once.length} reminders, not 1`);
      const [mail] = once;
      if (mail.subject !== 'An appraisal step is waiting for you') throw new Error(`subject: ${mail.subject}`);
      if (/phonics|change|Aisha|six-monthly/i.test(mail.body.replace(/href="[^"]*"/g, ''))) throw new Error(`the reminder carries appraisal content: ${mail.body}`);

      // Send again, from a fresh page: Tom is already reminded today, and nothing more reaches him.
      await openReminders(kit);
      await page.getByRole('list', { name: 'Already reminded today' }).getByText('Tom Hughes').waitFor({ timeout: 60000 });
      const again = page.getByRole('button', { name: /^Send \d+ reminders?$/ });
      if (await again.count()) {
        await again.click();
        await page.getByRole('list', { name: 'What happened' }).waitFor({ timeout: 120000 });
        await kit.settled();
      }
      if ((await inbox(kit, tom)).length !== 1) throw new Error('a second Send reached Tom again');

      // The link opens Aisha's record for Tom.
      const href = /href="([^"]+)"/.exec(mail.body)?.[1]?.replace(/&amp;/g, '&');
      if (!href) throw new Error(`no link in ${mail.body}`);
      const link = new URL(href);
      link.searchParams.set('as', tom.upn);
      await page.goto(link.toString(), { waitUntil: 'networkidle', timeout: 60000 });
      await page.getByRole('heading', { name: /Aisha Begum: \d{4}\/\d{2} cycle/ }).waitFor({ timeout: 30000 });
      await page.getByText(`Your next step: ${STEP}`).waitFor({ timeout: 30000 });
      await kit.settled();
    }
  }
];
