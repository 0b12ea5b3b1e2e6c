/**
 * The workbench's default tenant: Riverside Primary part-way through the year, made by our own use cases over the
 * emulator (set-up, roster import, opening the cycle, booking one-to-ones), so that a new user sees a working school.
 */
import type { TenantEmulator } from '../core/TenantEmulator';
import personas from './personas.json';
import { servicesAs } from './inProcessServices';
import { provisionSite } from '../../src/app/provisionSite';
import { openCycle } from '../../src/app/openCycle';
import { findTimes } from '../../src/app/booking/findTimes';
import { bookMeeting } from '../../src/app/booking/bookMeeting';
import { systemClock } from '../../src/data/systemClock';
import {
  addMonths,
  buildGovernorReport,
  cycleContaining,
  cycleKeyOf,
  DEFAULT_EQUALITY_GAP_POINTS,
  directoryId,
  DEFAULT_SCHEME_SETTINGS,
  retainUntilFor,
  staffId,
  type WorkingPattern
} from '../../src/domain';
import type { Clock, RosterEntry } from '../../src/data/ports';
import { seedCycleContent } from './cycleContent';
import { prepareGovernorReport, publishGovernorReport } from '../../src/app/reports/prepareGovernorReport';
import { riversideYearEnd } from './yearEndPeople';

type Persona = (typeof personas.people)[number];
const byUpn = (upn: string | null | undefined): Persona | undefined => personas.people.find((p) => p.upn === upn);
const noWait = { wait: async (): Promise<void> => undefined };

/** Saves the given personas on the roster (with their seeded reviewers) as the HR lead; returns the stored entries. */
export async function importPersonas(
  emulator: TenantEmulator,
  upns: readonly string[],
  clock: Clock = systemClock
): Promise<RosterEntry[]> {
  const hr = servicesAs(emulator, personas.people.find((p) => p.roles.includes('hrAdmin'))?.upn ?? '', clock);
  const saved: RosterEntry[] = [];
  for (const upn of upns) {
    const p = byUpn(upn);
    if (!p) throw new Error(`No persona ${upn}`);
    const reviewer = byUpn(p.reviewerUpn);
    const result = await hr.roster.saveRosterEntry(
      {
        id: staffId(p.id),
        directoryId: directoryId(p.id),
        upn: p.upn,
        ...('mail' in p && p.mail ? { mail: p.mail } : {}),
        displayName: p.displayName,
        jobTitle: p.jobTitle,
        category: p.staffCategory as RosterEntry['category'],
        contract: (p.contractType ?? 'permanent') as RosterEntry['contract'],
        workingPattern: p.workingPattern as WorkingPattern,
        reviewer: reviewer ? directoryId(reviewer.id) : undefined,
        reviewerName: reviewer?.displayName,
        reviewerUpn: reviewer?.upn,
        jobDescriptionUrl: undefined,
        startDate: undefined,
        probationPassed: p.probationPassed ?? true,
        leftOn: undefined
      },
      undefined
    );
    if (!result.ok) throw new Error(`roster save failed for ${upn}: ${JSON.stringify(result.error)}`);
    saved.push(result.value);
  }
  return saved;
}

/**
 * Sets the site up, imports every support-staff persona, opens this year's cycle, books two one-to-ones, writes three
 * records and publishes last year's year-end governor report and this year's.
 */
export async function seedMidYearSchool(emulator: TenantEmulator, clock: Clock = systemClock): Promise<void> {
  const hrUpn = personas.people.find((p) => p.roles.includes('hrAdmin'))?.upn ?? '';
  const hr = servicesAs(emulator, hrUpn, clock);
  const setUp = await provisionSite(hr.provisioner, { ...noWait, onEvent: () => undefined });
  if (!setUp.ok) throw new Error(`set-up failed: ${JSON.stringify(setUp.error)}`);
  const roster = await importPersonas(emulator, personas.people.filter((p) => p.staffCategory).map((p) => p.upn), clock);
  const cycle = cycleContaining(clock.today(), DEFAULT_SCHEME_SETTINGS.cycleStartMonth);
  // Records past retention for the disposal review: two early cycles for the longest-serving staff (kept until 31 March
  // 2025 and 2026), and last year's for everyone (still kept). One of them is under a hold.
  const early = roster.slice(0, 4);
  for (const [people, back] of [[early, 8], [early, 7], [roster, 1]] as const) {
    const past = cycleContaining(addMonths(clock.today(), -12 * back), DEFAULT_SCHEME_SETTINGS.cycleStartMonth);
    const old = await openCycle([...people], hr.records, past, DEFAULT_SCHEME_SETTINGS.retentionYears, past.start, {
      ...noWait,
      onProgress: () => undefined
    });
    if (!old.ok) throw new Error(`opening ${past.label} failed: ${JSON.stringify(old.error)}`);
  }
  // Tom Hughes shares his calendar with HR with edit rights, so a leaver's meetings can be cancelled for him.
  const graphState = emulator.state.graph;
  graphState.delegates = { [String(byUpn('tom.hughes@riversideprimary.onmicrosoft.com')?.upn)]: [hrUpn] };
  await hr.retention.placeHold({ staffKey: early[0].id, reason: 'Grievance in progress', placedOn: clock.today() });
  const opened = await openCycle(roster, hr.records, cycle, DEFAULT_SCHEME_SETTINGS.retentionYears, clock.today(), {
    ...noWait,
    onProgress: () => undefined
  });
  if (!opened.ok) throw new Error(`opening the cycle failed: ${JSON.stringify(opened.error)}`);
  // Everyone (Aisha Begum included) has last year's record from the loop above, so a deep link and "earlier cycles"
  // have something to open (issue 15).
  const tom = byUpn('tom.hughes@riversideprimary.onmicrosoft.com') as Persona;
  const reviewer = servicesAs(emulator, tom.upn, clock);
  for (const name of ['Aisha Begum', 'Hannah Wright']) {
    const appraisee = roster.find((r) => r.displayName === name) as RosterEntry;
    const times = await findTimes(
      reviewer.calendar,
      appraisee,
      tom.workingPattern as WorkingPattern,
      'oneToOne',
      DEFAULT_SCHEME_SETTINGS,
      clock.today()
    );
    if (!times.ok || !times.value.length) continue;
    await bookMeeting(
      reviewer.calendar,
      reviewer.meetings,
      {
        attempt: `seed-${name}`,
        appraisee,
        reviewerName: tom.displayName,
        kind: 'oneToOne',
        slot: times.value[0],
        teamsMeeting: true,
        recordUrl: 'http://127.0.0.1:5173/',
        cycleKey: cycleKeyOf(cycle)
      },
      {
        subject: (_kind, a, r) => `One-to-one: ${a} and ${r}`,
        body: (url) => `<p>Open the appraisal record: <a href="${url}">${url}</a></p>`
      }
    );
  }
  const team = await reviewer.reader.team(tom.id);
  if (!team.ok) throw new Error(`reading the team failed: ${JSON.stringify(team.error)}`);
  const pick = ['Aisha Begum', 'Hannah Wright', 'Zoë Clarke']
    .map((name) => team.value.people.find((p) => p.person.displayName === name))
    .filter((p): p is NonNullable<typeof p> => p !== undefined);
  await seedCycleContent(emulator, tom, pick, personas.people);
  // A private note and a piece of evidence for Aisha Begum, whose subject access request the workbench can answer.
  const aisha = roster.find((r) => r.displayName === 'Aisha Begum') as RosterEntry;
  await reviewer.privateNotes.add({
    staffKey: aisha.id,
    cycleLabel: cycle.label,
    text: 'Covered for Hannah Wright in Year 2 twice this half-term; check her workload at the next one-to-one.',
    retainUntil: retainUntilFor(cycle, DEFAULT_SCHEME_SETTINGS.retentionYears)
  });
  await servicesAs(emulator, aisha.upn, clock).cycles.uploadEvidence(
    aisha.id,
    `${aisha.id}:${cycleKeyOf(cycle)}`,
    'phonics-group-log.txt',
    new TextEncoder().encode('Phonics group log, autumn term: 6 pupils, 3 sessions a week.').buffer as ArrayBuffer
  );
  // The governors are given access to the reports, and the head's first report of the year is published.
  for (const governor of personas.people.filter((p) => p.roles.includes('governor'))) {
    const added = await hr.governors.add(governor.upn);
    if (!added.ok) throw new Error(`adding governor ${governor.upn} failed: ${JSON.stringify(added.error)}`);
  }
  // Last year's year-end report, as the head published it when the cycle closed. The app has no records from before
  // this seed, so its people are the school's own 35 with generated year-end outcomes (yearEndPeople.ts, the same
  // school the bench measures), built and published by the product's own report code.
  const last = cycleContaining(addMonths(cycle.start, -12), DEFAULT_SCHEME_SETTINGS.cycleStartMonth);
  const yearEnd = buildGovernorReport(riversideYearEnd(), last.label, cycle.start, {
    k: DEFAULT_SCHEME_SETTINGS.suppressionThreshold,
    equalityGapPoints: DEFAULT_EQUALITY_GAP_POINTS
  });
  const lastPublished = await hr.governorReports.publish(yearEnd, cycle.start);
  if (!lastPublished.ok) throw new Error(`publishing last year's governor report failed: ${JSON.stringify(lastPublished.error)}`);
  const report = await prepareGovernorReport({ source: hr.reportSource, settings: hr.settings, clock }, cycle.label);
  if (!report.ok) throw new Error(`preparing the governor report failed: ${JSON.stringify(report.error)}`);
  const published = await publishGovernorReport(hr.governorReports, clock, report.value.snapshot);
  if (!published.ok) throw new Error(`publishing the governor report failed: ${JSON.stringify(published.error)}`);
  emulator.log.clear();
}
