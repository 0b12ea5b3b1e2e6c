/**
 * Deep links (issue 15): every record, in any cycle, at any stage or one-to-one, has an address that opens it
 * directly, on the SharePoint page (query parameters) and in Teams (the tab's sub-entity id). Invites use it.
 * The address names neutral keys only, never a name or any appraisal content (DOMAIN §5).
 */
import { STAGES, type Stage } from './stageDates';

/** Where in a record a link points. */
export type RecordView = Stage | 'oneToOnes';

/** A record's address: whose, which cycle, and optionally which tab or one-to-one. */
export interface RecordAddress {
  staffKey: string;
  cycleKey: string;
  view?: RecordView;
  meetingKey?: string;
}

/** The query parameters a link carries. */
export const LINK_PARAMS = { staff: 'appraisee', cycle: 'cycle', view: 'view', meeting: 'meeting' } as const;

const VIEWS: readonly RecordView[] = [...STAGES, 'oneToOnes'];

/** The page URL with the record's address in its query (other parameters kept, an old address replaced). */
export function recordLink(pageUrl: string, address: RecordAddress): string {
  const url = new URL(pageUrl);
  for (const name of Object.values(LINK_PARAMS)) url.searchParams.delete(name);
  url.searchParams.set(LINK_PARAMS.staff, address.staffKey);
  url.searchParams.set(LINK_PARAMS.cycle, address.cycleKey);
  if (address.view) url.searchParams.set(LINK_PARAMS.view, address.view);
  if (address.meetingKey) url.searchParams.set(LINK_PARAMS.meeting, address.meetingKey);
  url.hash = '';
  return url.toString();
}

/** The address in a page's query string, if it holds one. */
export function parseRecordLink(search: string): RecordAddress | undefined {
  const q = new URLSearchParams(search);
  const staffKey = q.get(LINK_PARAMS.staff)?.trim();
  const cycleKey = q.get(LINK_PARAMS.cycle)?.trim();
  if (!staffKey || !cycleKey) return undefined;
  const view = VIEWS.find((v) => v === q.get(LINK_PARAMS.view));
  const meetingKey = q.get(LINK_PARAMS.meeting) ?? undefined;
  return { staffKey, cycleKey, ...(view ? { view } : {}), ...(meetingKey ? { meetingKey } : {}) };
}

/** The same address as a Teams tab's sub-entity id (a Teams deep link's `context.subEntityId`). */
export const teamsSubEntityId = (address: RecordAddress): string =>
  new URLSearchParams(recordLink('https://x.invalid/', address).split('?')[1]).toString();

/** The address in a Teams sub-entity id. */
export const parseTeamsSubEntityId = (subEntityId: string): RecordAddress | undefined => parseRecordLink(subEntityId);
