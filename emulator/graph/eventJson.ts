/** The event resource as Graph returns it, in the zone the caller prefers (Prefer: outlook.timezone). */
import type { DirectoryState } from '../core/directory';
import { findMailbox } from '../core/directory';
import type { GraphEventRecord } from './state';
import { toWallClock } from './time';

const BASE = 'https://graph.microsoft.com/v1.0';

/** An event, with times in `zone` (IANA) labelled `zoneName` (as the caller asked). */
export function eventJson(directory: DirectoryState, e: GraphEventRecord, zone: string, zoneName: string): Record<string, unknown> {
  const person = (address: string): { name: string; address: string } => ({
    name: findMailbox(directory, address)?.displayName ?? address,
    address
  });
  return {
    '@odata.context': `${BASE}/$metadata#users('${encodeURIComponent(e.mailbox)}')/events/$entity`,
    '@odata.etag': `W/"${e.changeKey}"`,
    id: e.id,
    createdDateTime: e.created,
    lastModifiedDateTime: e.modified,
    changeKey: String(e.changeKey),
    iCalUId: e.iCalUId,
    transactionId: e.mailbox === e.organizer ? (e.transactionId ?? null) : null,
    subject: e.subject,
    bodyPreview: e.bodyHtml.replace(/<[^>]+>/g, '').slice(0, 255),
    body: { contentType: 'html', content: e.bodyHtml },
    start: { dateTime: toWallClock(Date.parse(e.start), zone), timeZone: zoneName },
    end: { dateTime: toWallClock(Date.parse(e.end), zone), timeZone: zoneName },
    isCancelled: e.isCancelled,
    isOrganizer: e.mailbox === e.organizer,
    sensitivity: e.sensitivity,
    showAs: e.showAs,
    type: e.recurrence ? 'seriesMaster' : 'singleInstance',
    recurrence: e.recurrence ?? null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: e.joinUrl ? { joinUrl: e.joinUrl } : null,
    organizer: { emailAddress: person(e.organizer) },
    attendees: e.attendees.map((a) => ({
      type: a.type,
      status: { response: a.response, time: '0001-01-01T00:00:00Z' },
      emailAddress: person(a.address)
    })),
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(e.id)}&exvsurl=1&path=/calendar/item`
  };
}
