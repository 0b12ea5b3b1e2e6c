/** Who is appraised, in Ealing's five support-staff categories (DOMAIN.md §6) and the contract facts from HR. */
import type { DirectoryId, StaffId } from './ids';
import type { IsoDate } from './isoDate';
import type { LongAbsence, StageClosedNotAgreed, StageNotRequired } from './circumstances';

/** Ealing's five support-staff categories. A person without one shows as "Not categorised" and never in reports. */
export const STAFF_CATEGORIES = ['learningSupport', 'pupilSupport', 'specialistTechnical', 'adminAndBusiness', 'siteStaff'] as const;
/** One of the five support-staff categories. */
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

/** Contract types as HR records them. */
export const CONTRACT_TYPES = ['permanent', 'fixedTerm', 'temporary', 'casual'] as const;
/** One contract type. */
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** Weekdays by Outlook's short names. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
/** One weekday. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Working pattern: drives booking and the equality figures. Times are local "HH:mm". */
export interface WorkingPattern {
  kind: 'fullTime' | 'partTime';
  days: readonly Weekday[];
  start: string;
  end: string;
  termTimeOnly: boolean;
}

/** Which track a person is on (UK-2, UK-3): the full cycle, or one-to-ones only. */
export type AppraisalTrack = 'fullCycle' | 'oneToOneOnly';

/** A person on the appraisal roster. */
export interface StaffMember {
  id: StaffId;
  directoryId: DirectoryId;
  displayName: string;
  jobTitle: string;
  category: StaffCategory | undefined;
  contract: ContractType;
  workingPattern: WorkingPattern;
  reviewer: DirectoryId | undefined;
  jobDescriptionUrl: string | undefined;
  startDate: IsoDate | undefined;
  probationPassed: boolean;
  leftOn: IsoDate | undefined;
  /** Stages HR marked not required, for any cycle (DOMAIN §2: skipped only with a recorded reason). */
  stagesNotRequired?: readonly StageNotRequired[];
  /** Shared stages HR closed "not agreed" because the appraisee could not respond (DOMAIN §4). */
  stagesClosedNotAgreed?: readonly StageClosedNotAgreed[];
  /** Long absences HR recorded: due dates pause (scenario 18). */
  absences?: readonly LongAbsence[];
}

/**
 * The address Outlook knows a person by: their mailbox address (Entra ID `mail`), else their UPN. Exchange resolves
 * attendees and schedules by SMTP address; a UPN that is not one of the mailbox's addresses finds nobody.
 */
export function mailboxOf(person: { upn: string; mail?: string }): string {
  return person.mail || person.upn;
}
