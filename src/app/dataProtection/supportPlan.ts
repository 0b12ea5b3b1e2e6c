/**
 * Starting an informal support plan and recording a referral (DOMAIN §7.4). Both carry keep-until from the one
 * retention rule (the cycle the plan opened in + the school's years, later for a leaver). Nothing is read from the
 * person's appraisal records and nothing is written to them: the plan holds only what HR and the reviewer type into
 * it, and the referral only its date and who made it.
 */
import { cycleContaining, retainUntilFor, type IsoDate, type Result, type SupportPlan } from '../../domain';
import type { DataError, RosterEntry, SettingsReader, SupportPlanStore } from '../../data/ports';

/** What starting a plan needs. */
export interface SupportPlanPorts {
  supportPlans: SupportPlanStore;
  settings: SettingsReader;
}

/** What HR types in. */
export interface SupportPlanText {
  concerns: string;
  supportAgreed: string;
  reviewOn: IsoDate | undefined;
}

async function keepUntil(settings: SettingsReader, person: RosterEntry, today: IsoDate): Promise<Result<IsoDate, DataError>> {
  const read = await settings.getSettings();
  if (!read.ok) return read;
  return { ok: true, value: retainUntilFor(cycleContaining(today, read.value.cycleStartMonth), read.value.retentionYears, person.leftOn) };
}

/** Opens a plan for the person; SharePoint gives only them (read) and their reviewer (edit) access besides HR. */
export async function startSupportPlan(
  ports: SupportPlanPorts,
  person: RosterEntry,
  text: SupportPlanText,
  by: string,
  today: IsoDate
): Promise<Result<SupportPlan, DataError>> {
  const retainUntil = await keepUntil(ports.settings, person, today);
  if (!retainUntil.ok) return retainUntil;
  return ports.supportPlans.start({
    staffKey: String(person.id),
    appraiseeUpn: person.upn,
    reviewerUpn: person.reviewerUpn,
    openedOn: today,
    openedBy: by,
    concerns: text.concerns,
    supportAgreed: text.supportAgreed,
    reviewOn: text.reviewOn,
    retainUntil: retainUntil.value
  });
}

/** Records that the person was referred to the formal capability procedure: the date and who referred, only. */
export async function recordReferral(
  ports: SupportPlanPorts,
  person: RosterEntry,
  by: string,
  today: IsoDate
): Promise<Result<void, DataError>> {
  const retainUntil = await keepUntil(ports.settings, person, today);
  if (!retainUntil.ok) return retainUntil;
  return ports.supportPlans.refer(String(person.id), { on: today, by }, retainUntil.value);
}
