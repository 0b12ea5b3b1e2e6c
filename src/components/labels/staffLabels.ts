import * as strings from 'CommonStrings';
import { WEEKDAYS, type ContractType, type StaffCategory, type Weekday, type WorkingPattern } from '../../domain';
import { dateTimeFormat } from '../locale';

const CATEGORY: Record<StaffCategory, string> = {
  learningSupport: strings.CategoryLearningSupport,
  pupilSupport: strings.CategoryPupilSupport,
  specialistTechnical: strings.CategorySpecialistTechnical,
  adminAndBusiness: strings.CategoryAdminAndBusiness,
  siteStaff: strings.CategorySiteStaff
};

const CONTRACT: Record<ContractType, string> = {
  permanent: strings.ContractPermanent,
  fixedTerm: strings.ContractFixedTerm,
  temporary: strings.ContractTemporary,
  casual: strings.ContractCasual
};

/** Ealing's label for a staff category; "Not categorised" when HR has not set one. */
export function categoryLabel(category: StaffCategory | undefined): string {
  return category ? CATEGORY[category] : strings.CategoryNone;
}

/** The contract type in words. */
export function contractLabel(contract: ContractType): string {
  return CONTRACT[contract];
}

/** A weekday's short name in the page's language: "Mon", "Llun" (5 January 2026 was a Monday). */
export function weekdayLabel(day: Weekday): string {
  return dateTimeFormat({ weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 5 + WEEKDAYS.indexOf(day))));
}

/** "Part-time, Mon Tue Wed 08:30–15:00, term-time only". */
export function patternLabel(pattern: WorkingPattern): string {
  const kind = pattern.kind === 'fullTime' ? strings.PatternFullTime : strings.PatternPartTime;
  const parts = [kind, `${pattern.days.map(weekdayLabel).join(' ')} ${pattern.start}–${pattern.end}`];
  if (pattern.termTimeOnly) parts.push(strings.TermTimeOnly);
  return parts.join(', ');
}
