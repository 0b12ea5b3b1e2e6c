// Issue 15 journey: deep links. A link naming Aisha's last year's record opens it directly, for her reviewer and for
// her; the record links to itself and opens her other cycles; someone else's link opens nothing of theirs.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));
const aisha = personas.people.find((p) => p.upn.startsWith('aisha.begum'));
const hannah = personas.people.find((p) => p.upn.startsWith('hannah.wright'));

/** "2025/26" and its key "2025-26": the cycle before the one containing today (April to March). */
function lastYear() {
  const now = new Date();
  const start = now.getUTCMonth() >= 3 ? now.getUTCFullYear() - 1 : now.getUTCFullYear() - 2;
  return { label: `${start}/${String(start + 1).slice(2)}`, key: `${start}-${String(start + 1).slice(2)}` };
}

async function openLink(kit, upn, tab, staffKey, cycleKey, view) {
  const q = new URLSearchParams({ as: upn, tab, appraisee: staffKey, cycle: cycleKey, ...(view ? { view } : {}) });
  await kit.page.goto(`${kit.baseUrl}/?${q}`, { waitUntil: 'networkidle', timeout: 60000 });
}

export default [
  {
    name: "a deep link opens last year's record",
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      const year = lastYear();

      await openLink(kit, tom.upn, 'teamAppraisals', aisha.id, `${aisha.id}:${year.key}`, 'finalReview');
      await page.getByRole('heading', { name: `Aisha Begum: ${year.label} cycle` }).waitFor({ timeout: 30000 });
      await page.getByRole('tab', { name: 'Final review', selected: true }).waitFor();
      const self = await page.getByRole('link', { name: 'Link to this record' }).getAttribute('href');
      if (!self?.includes(`cycle=${encodeURIComponent(`${aisha.id}:${year.key}`)}`)) throw new Error(`the record's own link does not name it: ${self}`);
      await kit.settled();
      await kit.axe("last year's record from a deep link");
      await kit.shot('deep-link-last-year');

      // This year's record opens from last year's, and back to the list leaves the link behind.
      await page.getByRole('button', { name: /^Open the \d{4}\/\d{2} record$/ }).click();
      await page.getByRole('heading', { name: /Aisha Begum: \d{4}\/\d{2} cycle/ }).filter({ hasNotText: year.label }).waitFor({ timeout: 30000 });
      await page.getByRole('button', { name: 'Back to the list' }).click();
      await page.getByRole('button', { name: 'Open the record of Aisha Begum' }).waitFor({ timeout: 30000 });

      // Aisha's own link opens the same record for her.
      await openLink(kit, aisha.upn, 'myAppraisal', aisha.id, `${aisha.id}:${year.key}`);
      await page.getByRole('heading', { name: `Aisha Begum: ${year.label} cycle` }).waitFor({ timeout: 30000 });
      await kit.settled();

      // Hannah, given Aisha's link, sees only her own home.
      await openLink(kit, hannah.upn, 'myAppraisal', aisha.id, `${aisha.id}:${year.key}`);
      await page.getByRole('button', { name: 'Open my record' }).waitFor({ timeout: 30000 });
      if (await page.getByText('Aisha Begum').count()) throw new Error("Hannah's page shows Aisha's record");
    }
  }
];
