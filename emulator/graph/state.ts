/** Graph's part of the tenant state: every mailbox's events (organisers' events and attendees' copies). */
import type { DirectoryState } from '../core/directory';
import type { GraphMailMessage } from './mail';

/** An attendee of an event. */
export interface GraphAttendee {
  address: string;
  name: string;
  type: 'required' | 'optional' | 'resource';
  response: 'none' | 'accepted' | 'declined' | 'tentativelyAccepted' | 'organizer';
}

/** One event in one mailbox. Times are UTC ISO instants. */
export interface GraphEventRecord {
  id: string;
  mailbox: string;
  iCalUId: string;
  transactionId?: string;
  organizer: string;
  subject: string;
  bodyHtml: string;
  start: string;
  end: string;
  /** The zone the organiser wrote start/end in (for series and display). */
  timeZone: string;
  attendees: GraphAttendee[];
  isCancelled: boolean;
  isOnlineMeeting: boolean;
  joinUrl?: string;
  sensitivity: string;
  showAs: string;
  recurrence?: unknown;
  created: string;
  modified: string;
  changeKey: number;
}

/** Mailboxes and their events. */
export interface GraphState {
  events: GraphEventRecord[];
  nextId: number;
  /**
   * Calendars shared with edit rights ("Can edit" or delegate), by owner UPN (lower case) → who may edit. With the
   * delegated Calendars.ReadWrite.Shared permission those people may read, change and cancel the owner's events via
   * /users/{owner}/events (learn.microsoft.com/graph/permissions-reference: "…all calendars the user has permissions
   * to access, including delegate and shared calendars"). Absent in older state files: nothing shared.
   */
  delegates?: Record<string, string[]>;
  /**
   * Organisers' events that were cancelled or deleted while they carried a transactionId. Exchange keeps the
   * transactionId to "avoid redundant POST operations" (learn.microsoft.com/graph/api/resources/event, transactionId)
   * and documents no time after which it forgets: the emulator takes the stricter reading, so a POST that reuses one
   * gets the old, cancelled event back, not a new invite. Absent in older state files: none.
   */
  spentTransactions?: GraphEventRecord[];
  /**
   * The delegated permissions the tenant has approved (see consent.ts). Absent: everything the package requests, as
   * after an administrator approves them all in the SharePoint admin centre.
   */
  grantedScopes?: string[];
  /** Mail each mailbox received or sent (sendMail), by the mailbox's address in lower case. Absent: none yet. */
  mailboxes?: Record<string, GraphMailMessage[]>;
}

/** Empty calendars for every mailbox. */
export function createGraphState(_directory: DirectoryState): GraphState {
  return { events: [], nextId: 1 };
}
