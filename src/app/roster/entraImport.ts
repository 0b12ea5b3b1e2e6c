/**
 * Use case: add people from Entra ID to the roster. The directory gives name, job title and manager (who becomes the
 * reviewer); what it does not hold (staff category, contract, working pattern) starts at a stated default that HR
 * then sets for each person, and the person shows as "Not categorised" until then.
 */
import { staffId, type WorkingPattern } from '../../domain';
import type { DirectoryPerson, RosterDraft, RosterEntry } from '../../data/ports';

/** The working pattern a person imported from Entra ID starts with, until HR records theirs. */
export const DEFAULT_PATTERN: WorkingPattern = {
  kind: 'fullTime',
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
  start: '08:30',
  end: '15:30',
  termTimeOnly: true
};

/** Directory people who are not on the roster yet, by name. */
export function notOnRoster(people: readonly DirectoryPerson[], roster: readonly RosterEntry[]): DirectoryPerson[] {
  const onRoster = new Set(roster.map((r) => String(r.directoryId)));
  return people.filter((p) => !onRoster.has(String(p.id)));
}

/** A roster draft for a directory person, with their manager as reviewer. */
export function draftFromDirectory(person: DirectoryPerson, everyone: readonly DirectoryPerson[]): RosterDraft {
  const manager = person.managerId ? everyone.find((p) => p.id === person.managerId) : undefined;
  return {
    id: staffId(person.id),
    directoryId: person.id,
    upn: person.upn,
    ...(person.mail ? { mail: person.mail } : {}),
    displayName: person.displayName,
    jobTitle: person.jobTitle ?? '',
    category: undefined,
    contract: 'permanent',
    workingPattern: DEFAULT_PATTERN,
    reviewer: manager?.id,
    reviewerName: manager?.displayName,
    reviewerUpn: manager?.upn,
    jobDescriptionUrl: undefined,
    startDate: undefined,
    probationPassed: true,
    leftOn: undefined
  };
}
