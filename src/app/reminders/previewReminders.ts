/**
 * Who would be reminded of what today (issue 15): everyone's records for the current cycle (administrators' read),
 * each party's next step by the one rule every view uses (nextSteps), the school's reminder settings and today's log.
 */
import { cycleContaining, mailboxOf, nextSteps, ok, type Result } from '../../domain';
import { planReminders, reminderLogKey, type ReminderPlan, type ReminderSettings, type ReminderSubject } from '../../domain/reminders';
import type { AppServices, DataError, ItemProblem } from '../../data/ports';
import type { ReminderLog, ReminderLogEntry } from '../../data/ports/reminders';

/** What the preview shows HR: the plan, names for the people in it, today's log and what the reads left out. */
export interface ReminderPreview {
  plan: ReminderPlan;
  settings: ReminderSettings;
  /** Display names by directory id (recipients) and by staff key (the records), for HR's eyes only. */
  names: ReadonlyMap<string, string>;
  log: ReminderLogEntry[];
  problems: ItemProblem[];
}

/** The services the preview reads. */
export type PreviewServices = Pick<AppServices, 'settings' | 'reportSource' | 'roster' | 'clock'> & { reminders: ReminderLog };

/** Today's plan. */
export async function previewReminders(s: PreviewServices): Promise<Result<ReminderPreview, DataError>> {
  const [scheme, settings, roster] = await Promise.all([s.settings.getSettings(), s.reminders.getSettings(), s.roster.listRoster()]);
  if (!scheme.ok) return scheme;
  if (!settings.ok) return settings;
  if (!roster.ok) return roster;
  const today = s.clock.today();
  const now = s.clock.now();
  const cycle = cycleContaining(today, scheme.value.cycleStartMonth);
  const [records, log] = await Promise.all([s.reportSource.everyone(cycle.label), s.reminders.entries(today)]);
  if (!records.ok) return records;
  if (!log.ok) return log;
  const byDirectoryId = new Map(roster.value.entries.map((e) => [String(e.directoryId), e]));
  const names = new Map<string, string>();
  const subjects: ReminderSubject[] = records.value.people.flatMap(({ person, cycles, meetings }) => {
    const summary = cycles.find((c) => c.cycle.label === cycle.label);
    if (!summary || person.leftOn) return [];
    names.set(String(person.directoryId), person.displayName);
    names.set(summary.staffKey, person.displayName);
    const reviewerEntry = person.reviewer ? byDirectoryId.get(String(person.reviewer)) : undefined;
    if (person.reviewer && person.reviewerName) names.set(String(person.reviewer), reviewerEntry?.displayName ?? person.reviewerName);
    const reviewerUpn = reviewerEntry?.upn ?? person.reviewerUpn;
    return [
      {
        staffKey: summary.staffKey,
        cycleKey: summary.cycleKey,
        appraisee: { key: String(person.directoryId), address: mailboxOf(person) || undefined },
        reviewer: person.reviewer
          ? { key: String(person.reviewer), address: reviewerUpn ? mailboxOf({ upn: reviewerUpn, mail: reviewerEntry?.mail }) : undefined }
          : undefined,
        steps: nextSteps({ ...summary, meetings }, today, now)
      }
    ];
  });
  // Sent, or being sent (no answer came back): neither is sent again today. A failed send may go again.
  const taken = new Set(log.value.filter((e) => e.state !== 'failed').map((e) => reminderLogKey(today, e.recipientKey)));
  return ok({
    plan: planReminders(subjects, settings.value, today, taken),
    settings: settings.value,
    names,
    log: log.value,
    problems: [...roster.value.problems, ...records.value.problems]
  });
}
