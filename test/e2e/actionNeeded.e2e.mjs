// Issue 15 journey: action needed. Aisha asks for changes to her shared six-monthly review; her reviewer's list then
// says what is waiting on him, the filter keeps only such people, and the record opens with the same step.
import personas from '../../fixtures/tenant/personas.json' with { type: 'json' };
import { askForChangesOnSixMonthly } from './recordSteps.mjs';

const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));
const aisha = personas.people.find((p) => p.upn.startsWith('aisha.begum'));
const STEP = 'Changes were asked for on the six-monthly review: update it and share it again';

export default [
  {
    name: "the reviewer's list says action needed after the appraisee asks for changes",
    async run(kit) {
      const { page } = kit;
      await kit.resetTenant('school');

      // Before: nothing of Aisha's waits on Tom (her six-monthly review waits on her).
      await kit.open(tom.upn, 'teamAppraisals');
      const aishaRow = page.getByRole('row').filter({ hasText: 'Aisha Begum' });
      await aishaRow.waitFor({ timeout: 30000 });
      if (await aishaRow.getByText(STEP).count()) throw new Error('the change request shows before it was made');

      // Aisha's home says what is waiting on her, then she asks for changes.
      await kit.open(aisha.upn, 'myAppraisal');
      await page.getByText('Your next step: Read the six-monthly review, then agree it, ask for changes or record a disagreement').waitFor({ timeout: 30000 });
      await kit.settled();
      await kit.axe('My appraisal home with the next step');
      await kit.shot('action-my-home');
      await askForChangesOnSixMonthly(kit, aisha);

      // Tom's list: the action needed column names the step; the filter keeps Aisha.
      await kit.open(tom.upn, 'teamAppraisals');
      await aishaRow.getByText(STEP).waitFor({ timeout: 30000 });
      await page.getByRole('switch', { name: 'Only people waiting on you' }).click();
      await aishaRow.waitFor();
      await kit.settled();
      await kit.axe('team list filtered to action needed');
      await kit.shot('action-team-list');

      // The record opens with the same step at the top.
      await page.getByRole('button', { name: 'Open the record of Aisha Begum' }).click();
      await page.getByText(`Your next step: ${STEP}`).waitFor({ timeout: 30000 });
      await kit.settled();
      await kit.axe('the record with its banner');
      await kit.shot('action-record-banner');
    }
  }
];
