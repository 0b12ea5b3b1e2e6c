// Steps several journeys take in the same words: open a record as one party, the late joiner's stage marked not
// required, planning and the final review written and shared, a summary agreed, Aisha asking for changes.
// Not a journey itself (scripts/e2e.mjs runs only *.e2e.mjs).
import { fillDate } from './dateInput.mjs';
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };

const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));
const hr = personas.people.find((p) => p.roles.includes('hrAdmin'));

/** Waits for the autosave to land. */
export async function saved(page) {
  await page.getByText('All changes saved').waitFor({ timeout: 20000 });
}

/** Opens `person`'s record: as their reviewer Tom from the team list, or as the person from My appraisal. */
export async function openRecordAs(kit, person, party) {
  if (party === 'reviewer') {
    await kit.open(tom.upn, 'teamAppraisals');
    await kit.page.getByRole('button', { name: `Open the record of ${person.displayName}` }).click();
  } else {
    await kit.open(person.upn, 'myAppraisal');
    await kit.page.getByRole('button', { name: 'Open my record' }).click();
  }
  await kit.page.getByRole('heading', { name: new RegExp(`${person.displayName}: \\d{4}/\\d{2} cycle`) }).waitFor({ timeout: 30000 });
  await kit.settled();
}

/** HR marks the person's six-monthly review not required (joined late), with `note` for the record. */
export async function markSixMonthlyNotRequired(kit, person, note) {
  const { page } = kit;
  await kit.open(hr.upn, 'appraisalAdmin');
  await page.getByRole('button', { name: `Manage ${person.displayName}` }).click();
  await page.getByRole('heading', { name: /Stages not required in/ }).waitFor({ timeout: 30000 });
  await page.getByLabel('Note for the record').fill(note);
  await page.getByRole('button', { name: 'Mark as not required' }).click();
  await page.getByText('Saved. Due dates follow the change.').waitFor({ timeout: 20000 });
}

/** Shares the open stage for agreement. */
export async function shareForAgreement(page) {
  await page.getByRole('button', { name: 'Share for agreement' }).click();
  await page.getByText('Version 1 is shared and waiting for the appraisee to agree it.').waitFor();
}

/** The appraisee agrees the shared version 1 of the open stage. */
export async function agreeSummary(page) {
  await page.getByRole('button', { name: 'I agree this is a fair summary' }).click();
  await page.getByText(/Agreed by both of you: version 1/).waitFor();
}

/** The reviewer writes planning with one library objective (its success criteria as given) and shares it. */
export async function writeLibraryPlanning(page, criteria) {
  await page.getByRole('button', { name: 'Add an objective' }).click();
  await page.getByLabel('Objective', { exact: true }).fill('Keep the school library catalogue up to date');
  await page.getByLabel('Standards of performance expected (success criteria)').fill(criteria);
  await page.getByLabel('Evidence we agreed to collect').fill('The catalogue log.');
  await fillDate(page.getByLabel('Target date').first(), '2027-03-12');
  await page.getByLabel('Summary of the discussion').fill('We agreed one objective for the rest of the year.');
  await saved(page);
  await shareForAgreement(page);
}

/** The reviewer writes the final review (objective met, job description unchanged) and shares it. */
export async function writeFinalReview(page, feedback, summary) {
  await page.getByRole('radio', { name: 'Met', exact: true }).first().check();
  await page.getByRole('radio', { name: 'No change needed' }).check();
  await page.getByLabel('Feedback from the reviewer').fill(feedback);
  await page.getByLabel('Summary of the discussion').fill(summary);
  await saved(page);
  await shareForAgreement(page);
}

/** Aisha asks Tom for changes to her shared six-monthly review. */
export async function askForChangesOnSixMonthly(kit, aisha) {
  const { page } = kit;
  await kit.open(aisha.upn, 'myAppraisal');
  await page.getByRole('button', { name: 'Open my record' }).click();
  await page.getByRole('heading', { name: /Aisha Begum: \d{4}\/\d{2} cycle/ }).waitFor({ timeout: 30000 });
  await page.getByRole('tab', { name: 'Six-monthly review' }).click();
  await page.getByRole('button', { name: 'Ask for changes' }).click();
  await page.getByLabel('What would you like changed?').fill('Please add the phonics course I went on in November.');
  await page.getByRole('button', { name: 'Send to the reviewer' }).click();
  await page.getByText('Waiting for Tom Hughes to make the changes you asked for on the six-monthly review').waitFor({ timeout: 20000 });
}
