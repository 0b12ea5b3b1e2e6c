// Issue 6 journey: a whole cycle for one part-time teaching assistant, played by her reviewer and by her, from
// planning to an agreed final review, with one disagreement answered on the way. axe runs on every form.
import { fillDate } from './dateInput.mjs';
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson'));
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));

async function openAsReviewer(kit) {
  await kit.open(tom.upn, 'teamAppraisals');
  await kit.page.getByRole('button', { name: `Open the record of ${emma.displayName}` }).click();
  await kit.page.getByRole('heading', { name: /Emma Thompson: 2026\/27 cycle/ }).waitFor({ timeout: 30000 });
}

async function openAsAppraisee(kit) {
  await kit.open(emma.upn, 'myAppraisal');
  await kit.page.getByRole('button', { name: 'Open my record' }).click();
  await kit.page.getByRole('heading', { name: /Emma Thompson: 2026\/27 cycle/ }).waitFor({ timeout: 30000 });
}

async function openAsAppraiseeNamed(kit, prefix, name) {
  const who = personas.people.find((p) => p.upn.startsWith(prefix));
  await kit.open(who.upn, 'myAppraisal');
  await kit.page.getByRole('button', { name: 'Open my record' }).click();
  await kit.page.getByRole('heading', { name: new RegExp(`${name}: 2026/27 cycle`) }).waitFor({ timeout: 30000 });
}

async function saved(page) {
  await page.getByText('All changes saved').waitFor({ timeout: 20000 });
}

export default [
  {
    name: 'a reviewer and a teaching assistant run the whole year',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');

      // Planning: the appraisee prepares; the reviewer writes the objectives and shares them.
      await openAsAppraisee(kit);
      await page.getByLabel('Your reflections on the year so far').fill('I have enjoyed supporting the Year 2 reading group.');
      await page.getByLabel('Training you may need').fill('Speech and language support');
      await saved(page);
      await kit.settled();
      await kit.axe('planning, the appraisee preparing');
      await kit.shot('cycle-planning-appraisee');

      await openAsReviewer(kit);
      await page.getByText('I have enjoyed supporting the Year 2 reading group.').waitFor();
      await page.getByRole('button', { name: 'Share for agreement' }).click();
      await page.getByText(/need(s)? attention before the record can be shared/).first().waitFor();
      await page.getByRole('button', { name: 'Add an objective' }).click();
      await page.getByLabel('Objective', { exact: true }).fill('Run a speech and language group for Year 2');
      await page.getByLabel('Standards of performance expected (success criteria)').fill('Five pupils meet their termly language targets.');
      await page.getByLabel('Evidence we agreed to collect').fill('Language screening results and session notes.');
      await fillDate(page.getByLabel('Target date').first(), '2027-03-12');
      await page.getByLabel('Summary of the discussion').fill('We agreed one objective on language support, with training in the spring term.');
      await saved(page);
      await page.getByRole('button', { name: 'Share for agreement' }).click();
      await page.getByText('Version 1 is shared and waiting for the appraisee to agree it.').waitFor();
      await kit.settled();
      await kit.axe('planning, shared by the reviewer');
      await kit.shot('cycle-planning-shared');

      await openAsAppraisee(kit);
      await page.getByRole('button', { name: 'I agree this is a fair summary' }).click();
      await page.getByText(/Agreed by both of you: version 1/).waitFor();
      await kit.shot('cycle-planning-agreed');

      // Six-monthly review: progress and feedback; the appraisee disagrees and the reviewer answers.
      await openAsReviewer(kit);
      await page.getByRole('tab', { name: 'Six-monthly review' }).click();
      await page.getByLabel('Progress note for "Run a speech and language group for Year 2"').fill('The group meets twice a week; three pupils have met their targets.');
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByLabel('Feedback from the reviewer').fill('Sessions are well planned; record attendance more consistently.');
      await page.getByLabel('Summary of the discussion').fill('Good progress; attendance records need attention.');
      await saved(page);
      await page.getByRole('button', { name: 'Share for agreement' }).click();
      await page.getByText('Version 1 is shared and waiting for the appraisee to agree it.').waitFor();
      await kit.settled();
      await kit.axe('six-monthly review, shared');

      await openAsAppraisee(kit);
      await page.getByRole('tab', { name: 'Six-monthly review' }).click();
      await page.getByRole('button', { name: 'Record your disagreement' }).click();
      await page.getByLabel('Your disagreement').fill('Attendance was recorded on paper each session; the sheets are in the class file.');
      await page.getByRole('button', { name: 'Record my disagreement' }).click();
      await page.getByText('The appraisee has recorded a disagreement.', { exact: false }).waitFor();
      await kit.settled();
      await kit.axe('six-monthly review, disagreement recorded');
      await kit.shot('cycle-interim-disagreement');

      await openAsReviewer(kit);
      await page.getByRole('tab', { name: 'Six-monthly review' }).click();
      await page.getByText('Attendance was recorded on paper each session; the sheets are in the class file.').waitFor();
      await page.getByRole('button', { name: 'Respond to the disagreement' }).click();
      await page.getByLabel('Your response').fill('Thank you: I have seen the sheets and agree attendance was recorded.');
      await page.getByRole('button', { name: 'Save response' }).click();
      await page.getByText(/Reviewer's response/).waitFor();

      // Final review: outcomes, job description review, and agreement.
      await page.getByRole('tab', { name: 'Final review' }).click();
      await page.getByRole('radio', { name: 'Met', exact: true }).first().check();
      await page.getByRole('radio', { name: 'No change needed' }).check();
      await page.getByLabel('Feedback from the reviewer').fill('An excellent year: the group is now part of the Year 2 timetable.');
      await page.getByLabel('Summary of the discussion').fill('The objective was met; the job description still fits the role.');
      await saved(page);
      await page.getByRole('button', { name: 'Share for agreement' }).click();
      await page.getByText('Version 1 is shared and waiting for the appraisee to agree it.').waitFor();
      await kit.settled();
      await kit.axe('final review, shared');
      await kit.shot('cycle-final-shared');

      await openAsAppraisee(kit);
      await page.getByRole('tab', { name: 'Final review' }).click();
      await page.getByRole('button', { name: 'I agree this is a fair summary' }).click();
      await page.getByText(/Agreed by both of you: version 1/).waitFor();
      await page.getByRole('list', { name: 'Stages of the cycle' }).getByText('(done)').nth(2).waitFor();
      await kit.settled();
      await kit.axe('final review, agreed');
      await kit.shot('cycle-final-agreed');
    }
  },
  {
    name: 'a reviewer records a one-to-one with an action and the appraisee sees it',
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');
      await kit.open(tom.upn, 'teamAppraisals');
      await page.getByRole('button', { name: 'Open the record of Aisha Begum' }).click();
      await page.getByRole('tab', { name: 'One-to-ones' }).click();
      await page.getByLabel('Something you want to talk about').fill('Planning time with the class teacher');
      await page.getByRole('button', { name: 'Add to the agenda' }).click();
      await page.getByLabel('What is going well').fill('The phonics group is settled and the pupils are keen.');
      await page.getByRole('button', { name: 'Add an action' }).click();
      await page.getByLabel('Action 1').fill('Book the phonics course');
      await page.getByRole('button', { name: 'Save and mark as held' }).click();
      await page.getByText('Saved, and marked as held.').waitFor({ timeout: 20000 });
      await kit.settled();
      await kit.axe('one-to-one recorded');
      await kit.shot('one-to-one-reviewer');

      await openAsAppraiseeNamed(kit, 'aisha.begum', 'Aisha Begum');
      await page.getByRole('tab', { name: 'One-to-ones' }).click();
      await page.getByText('Planning time with the class teacher', { exact: false }).first().waitFor();
      await page.getByLabel('Action 1').waitFor();
      await kit.settled();
      await kit.axe('one-to-one, the appraisee');
    }
  }
];
