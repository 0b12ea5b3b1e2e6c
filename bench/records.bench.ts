/** Round trips of the records views and bulk jobs, counted from the emulator's request log (a $batch counts once). */
import { TenantEmulator } from '../emulator/core/TenantEmulator';
import { createTenantState } from '../emulator/core/state';
import { trustDirectory } from '../fixtures/tenant/trustDirectory';
import { provisionSite } from '../src/app/provisionSite';
import { openCycle } from '../src/app/openCycle';
import { cycleContaining, directoryId, emptyStageRecord, staffId, type IsoDate } from '../src/domain';
import { saveCycleDraft } from '../src/app/cycle/stageActions';
import type { RosterDraft } from '../src/data/ports';
import { servicesAs } from '../test/support/overEmulator';
import type { Bench, Figure } from './types';

const noWait = { wait: async (): Promise<void> => undefined };

export const records: Bench = {
  name: 'records',
  async run({ smoke }) {
    const staff = smoke ? 60 : 300;
    const teamSize = 30;
    const directory = trustDirectory(staff, teamSize);
    const emulator = new TenantEmulator(createTenantState(directory));
    const hr = servicesAs(emulator, 'hr@trust.example');
    let mark = emulator.log.mark();
    const setUp = await provisionSite(hr.provisioner, { ...noWait, onEvent: () => undefined });
    if (!setUp.ok) throw new Error(`set-up failed: ${JSON.stringify(setUp.error)}`);
    const figures: Figure[] = [['roundtrips_site_setup', emulator.log.since(mark).length]];

    mark = emulator.log.mark();
    const people = directory.users.filter((u) => u.staffCategory);
    for (const p of people) {
      // The reviewer's key as an administrator sets it on the roster: the team view reads who is in a team from it.
      const reviewerOf = directory.users.find((u) => u.upn === p.reviewerUpn);
      const saved = await hr.roster.saveRosterEntry(
        {
          id: staffId(p.id),
          directoryId: directoryId(p.id),
          upn: p.upn,
          displayName: p.displayName,
          jobTitle: p.jobTitle,
          category: 'learningSupport',
          contract: 'permanent',
          workingPattern: p.workingPattern as RosterDraft['workingPattern'],
          reviewer: reviewerOf ? directoryId(reviewerOf.id) : undefined,
          reviewerName: reviewerOf?.displayName,
          reviewerUpn: p.reviewerUpn ?? undefined,
          jobDescriptionUrl: undefined,
          startDate: undefined,
          probationPassed: true,
          leftOn: undefined
        },
        undefined
      );
      if (!saved.ok) throw new Error(`roster save failed: ${JSON.stringify(saved.error)}`);
    }
    figures.push([`roundtrips_roster_import_${staff}_staff`, emulator.log.since(mark).length]);

    mark = emulator.log.mark();
    const roster = await hr.roster.listRoster();
    if (!roster.ok) throw new Error('roster load failed');
    figures.push([`roundtrips_roster_load_${staff}_staff`, emulator.log.since(mark).length]);

    mark = emulator.log.mark();
    const opened = await openCycle(
      roster.value.entries,
      hr.records,
      cycleContaining('2026-11-24' as IsoDate, 4),
      6,
      '2026-11-24' as IsoDate,
      { ...noWait, onProgress: () => undefined }
    );
    if (!opened.ok) throw new Error(`open failed: ${JSON.stringify(opened.error)}`);
    const openTrips = emulator.log.since(mark).length;
    figures.push(
      [`roundtrips_open_cycle_${staff}_staff`, openTrips],
      [`roundtrips_open_cycle_per_person`, Number((openTrips / staff).toFixed(1))]
    );

    const appraisee = people[0];
    const reviewerUpn = appraisee.reviewerUpn as string;
    const reviewer = directory.users.find((u) => u.upn === reviewerUpn);
    mark = emulator.log.mark();
    await servicesAs(emulator, appraisee.upn).site.getStatus();
    await servicesAs(emulator, appraisee.upn).reader.mine(appraisee.id);
    figures.push(['roundtrips_view_my_appraisal', emulator.log.since(mark).length]);
    const mine = await servicesAs(emulator, appraisee.upn).reader.mine(appraisee.id);
    const summary = mine.ok ? mine.value.record?.cycles[0] : undefined;
    if (!summary) throw new Error('the appraisee has no cycle record');
    mark = emulator.log.mark();
    const record = await servicesAs(emulator, appraisee.upn).cycles.getCycle(summary.staffKey, summary.cycleKey);
    if (!record.ok) throw new Error(`opening the record failed: ${JSON.stringify(record.error)}`);
    figures.push(['roundtrips_open_record', emulator.log.since(mark).length]);
    mark = emulator.log.mark();
    const draft = await saveCycleDraft(servicesAs(emulator, appraisee.upn).cycles, record.value, {
      ...record.value.document,
      stages: { planning: { ...emptyStageRecord('planning'), preparation: { selfReview: 'Ready', agendaItems: [], trainingWanted: '' } } }
    });
    if (!draft.ok) throw new Error(`saving the draft failed: ${JSON.stringify(draft.error)}`);
    figures.push(['roundtrips_save_draft', emulator.log.since(mark).length]);
    mark = emulator.log.mark();
    await servicesAs(emulator, reviewerUpn).site.getStatus();
    const team = await servicesAs(emulator, reviewerUpn).reader.team(reviewer?.id ?? '');
    if (!team.ok || team.value.people.length !== teamSize)
      throw new Error(`the team view shows ${team.ok ? team.value.people.length : 'an error'}, not ${teamSize}`);
    figures.push([`roundtrips_view_team_of_${teamSize}`, emulator.log.since(mark).length]);
    return figures;
  }
};
