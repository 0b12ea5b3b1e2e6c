/**
 * Round trips of HR's data-protection jobs over the mid-year school seed (about 40 staff, three past cycles), counted
 * from the emulator's request log: the disposal review (dating every retained item), disposing, a re-run, and one
 * person's subject-access bundle. No budget is set yet; the figures are a baseline.
 */
import { newEmulator, servicesAs, upnWithRole } from '../test/support/overEmulator';
import { seedMidYearSchool } from '../fixtures/tenant/midYearSchool';
import { fixedClock } from '../test/support/fixedClock';
import { confirmDisposal, prepareDisposalReview } from '../src/app/dataProtection/disposalReview';
import { buildSubjectAccessBundle } from '../src/app/dataProtection/subjectAccessBundle';
import { subjectAccessDue, type IsoDate } from '../src/domain';
import type { Bench, Figure } from './types';

export const dataProtection: Bench = {
  name: 'data protection',
  async run() {
    const clock = fixedClock('2026-11-24');
    const emulator = newEmulator();
    await seedMidYearSchool(emulator, clock);
    const hr = servicesAs(emulator, upnWithRole('hrAdmin'), clock);
    const figures: Figure[] = [];
    let mark = emulator.log.mark();
    const preview = await prepareDisposalReview(hr, clock.today());
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    figures.push(
      ['roundtrips_disposal_review_first', emulator.log.since(mark).length],
      ['disposal_items_due', preview.value.due.length],
      ['disposal_items_restamped', preview.value.restamped]
    );
    mark = emulator.log.mark();
    await confirmDisposal(hr.retention, preview.value, 'HR', clock.today());
    figures.push(['roundtrips_disposal_confirm', emulator.log.since(mark).length]);
    mark = emulator.log.mark();
    await prepareDisposalReview(hr, clock.today());
    figures.push(['roundtrips_disposal_review_rerun', emulator.log.since(mark).length]);
    const roster = await hr.roster.listRoster();
    const aisha = roster.ok ? roster.value.entries.find((e) => e.displayName === 'Aisha Begum') : undefined;
    if (!aisha) throw new Error('no Aisha');
    mark = emulator.log.mark();
    const bundle = await buildSubjectAccessBundle({
      source: hr.subjectAccess,
      log: hr.subjectAccessLog,
      personName: aisha.displayName,
      otherNames: [],
      producedBy: 'HR',
      producedAt: clock.now(),
      request: {
        key: 'bench',
        staffKey: aisha.id,
        receivedOn: clock.today(),
        channel: 'email',
        dueOn: subjectAccessDue(clock.today() as IsoDate),
        scope: '',
        loggedBy: 'HR'
      },
      onProgress: () => undefined,
      renderWord: async () => new Uint8Array()
    });
    if (!bundle.ok) throw new Error(JSON.stringify(bundle.error));
    figures.push(
      ['roundtrips_subject_access_bundle', emulator.log.since(mark).length],
      ['subject_access_bundle_entries', bundle.value.index.length]
    );
    return figures;
  }
};
