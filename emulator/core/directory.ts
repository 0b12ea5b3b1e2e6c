/**
 * The tenant's directory (Entra ID): the people the emulator knows. SharePoint site users and Graph users are both
 * views of it. It is loaded from the starter's fixtures (the workbench's personas) or from a generator for benchmark sizes.
 */

/** A weekday as Outlook's working-hours settings name them, shortened. */
export type WeekdayCode = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

/** The mailbox settings that matter for booking: working days and hours in the mailbox's time zone. */
export interface WorkingPattern {
  kind: 'fullTime' | 'partTime';
  days: WeekdayCode[];
  /** Local time "HH:mm". */
  start: string;
  end: string;
  termTimeOnly: boolean;
}

/** One person in the directory. `roles` and the HR fields are seed facts for tests and the switcher. */
export interface DirectoryUser {
  /** Entra object id (GUID). */
  id: string;
  upn: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  roles: string[];
  reviewerUpn: string | null;
  staffCategory?: string;
  contractType?: string;
  startDate?: string;
  probationPassed?: boolean;
  workingPattern: WorkingPattern;
  /**
   * false: the mailbox may not organise Teams meetings (its calendar's allowedOnlineMeetingProviders lacks
   * teamsForBusiness, learn.microsoft.com/graph/outlook-calendar-online-meetings). Graph then still creates the event,
   * with isOnlineMeeting false and no onlineMeeting join URL (techcommunity.microsoft.com "I want to make my online
   * meeting event provider Skype For Business": "The event was successfully created, but the isOnlineMeeting…").
   * Absent: allowed.
   */
  teamsMeetings?: boolean;
  /** The mailbox's SMTP address (Entra ID `mail`) when it differs from the UPN; absent: the same as the UPN. */
  mail?: string;
  /**
   * 'Guest': an invited external account (Entra B2B). Its UPN is the external address with '@' turned into '_' and
   * '#EXT#@<tenant>.onmicrosoft.com' appended ("if the user john@contoso.com is added as an external user in the
   * directory fabrikam, then its UPN will be john_contoso.com#EXT#@fabrikam.onmicrosoft.com": MicrosoftDocs/entra-docs
   * #926; SharePoint login names carry the #ext#: pnp/sp-dev-fx-extensions#268), its mail the external address.
   * Absent: 'Member'.
   */
  userType?: 'Member' | 'Guest';
}

/** The tenant as a whole. */
export interface DirectoryState {
  domain: string;
  schoolName: string;
  /** Windows time-zone name, as Outlook mailboxes report it. */
  timeZone: string;
  users: DirectoryUser[];
}

/** Finds a user by UPN (case-insensitive), by object id, or by SharePoint claims login (i:0#.f|membership|upn). */
export function findUser(directory: DirectoryState, key: string): DirectoryUser | undefined {
  const k = key.toLowerCase().replace(/^i:0#\.f\|membership\|/, '');
  return directory.users.find((u) => u.upn.toLowerCase() === k || u.id.toLowerCase() === k);
}

/**
 * Whom SharePoint's ensureUser resolves a logon name to: a claims login or UPN, or — as the people picker does — a
 * bare mail address, which is how an invited guest known to the directory is found (EnsureUser works for "an
 * external user [that] exist[s] in directory for the tenant": pnp/PnP-Sites-Core#2136). A claims login is taken as
 * it is: `i:0#.f|membership|<mail>` of a guest names no one, since the claim carries the UPN.
 */
export function resolveLogon(directory: DirectoryState, logon: string): DirectoryUser | undefined {
  const bare = logon.replace(/^i:0#\.f\|membership\|/i, '');
  return findUser(directory, bare) ?? (bare === logon ? findMailbox(directory, bare) : undefined);
}

/**
 * The person whose mailbox has this SMTP address. Exchange resolves attendees and getSchedule's schedules by mail
 * address; a UPN that is not the mailbox's address resolves to nobody (findMeetingTimes: attendeesUnavailableOrUnknown,
 * getSchedule: ErrorMailRecipientNotFound, an invitation that reaches no mailbox).
 */
export function findMailbox(directory: DirectoryState, address: string): DirectoryUser | undefined {
  const k = address.toLowerCase();
  return directory.users.find((u) => (u.mail ?? u.upn).toLowerCase() === k);
}

/** The user's manager in the directory (Entra's manager attribute), taken from the seed's reviewer. */
export function managerOf(directory: DirectoryState, user: DirectoryUser): DirectoryUser | undefined {
  return user.reviewerUpn ? findUser(directory, user.reviewerUpn) : undefined;
}
