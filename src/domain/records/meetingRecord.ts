/** Meetings as the record keeps them (booked in Outlook from the record), and the rules that read them. */
import type { CycleWindow } from '../cycleWindow';
import type { IsoDate, IsoInstant } from '../isoDate';
import { londonDateOf } from '../londonTime';
import type { Stage } from '../stageDates';
import type { OneToOneNotes } from '../cycle/types';

/** Which appraisal meeting an Outlook event is for (its subject names the kind only). */
export type MeetingKind = Stage | 'oneToOne';

/** A meeting booked in Outlook from the record: the event id links the two (Outlook is the source of truth for time). */
export interface MeetingRecord {
  meetingKey: string;
  staffKey: string;
  /** The appraisee's reviewer, so the meeting shows in the reviewer's team view too. */
  reviewerKey: string | undefined;
  kind: MeetingKind;
  eventId: string;
  start: IsoInstant;
  end: IsoInstant;
  status: 'booked' | 'cancelled';
  joinUrl: string | undefined;
  /** The one-to-one's agenda, notes and actions, once either party has written any (AB9, AB10). */
  notes?: OneToOneNotes;
  etag: string;
}

/** The day a meeting falls on, in London (where the school meets), not the UTC day of its stored start. */
export const meetingDay = (meeting: Pick<MeetingRecord, 'start'>): IsoDate => londonDateOf(meeting.start);

/** The first meeting of this kind still booked (not cancelled), as the list holds them. */
export function bookedMeetingFor<M extends Pick<MeetingRecord, 'kind' | 'status'>>(meetings: readonly M[], kind: MeetingKind): M | undefined {
  return meetings.find((m) => m.kind === kind && m.status === 'booked');
}

/** One-to-ones held in a cycle: not cancelled, already ended at `now`, and on a London day within the cycle. */
export function countOneToOnesHeld(
  meetings: readonly Pick<MeetingRecord, 'kind' | 'status' | 'start' | 'end'>[],
  cycle: Pick<CycleWindow, 'start' | 'end'>,
  now: IsoInstant
): number {
  return meetings.filter((m) => {
    const day = meetingDay(m);
    return m.kind === 'oneToOne' && m.status === 'booked' && m.end <= now && day >= cycle.start && day <= cycle.end;
  }).length;
}
