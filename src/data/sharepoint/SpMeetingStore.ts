/**
 * MeetingStore over SharePoint: a meeting item in the person's folder of the records list. Notes are saved with the
 * item's ETag: a save over a newer version gets that version back (412), unless it already holds exactly these notes
 * (a lost response sent again), which counts as saved.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import { fail, sameContent, type OneToOneNotes, type Result } from '../../domain';
import type { DataError, MeetingRecord, MeetingSaveError, MeetingStore } from '../ports';
import { LISTS } from './schema';
import { httpStatus, toDataError } from './errors';
import { parseRosterToken } from './mappers/rosterMapper';
import { meetingFields, toMeeting } from './mappers/meetingMapper';
import { CYCLE_SELECT } from './mappers/cycleMapper';
import type { RawItem } from './mappers/validate';
import { boundTo } from './mappers/binding';
import { rootUrl } from './personFolders';
import { odataString } from '../odataLiteral';
import { addWithValues } from './formValues';

/** Saves meetings as the signed-in reviewer. */
export class SpMeetingStore implements MeetingStore {
  constructor(private readonly sp: SPFI) {}

  async saveMeeting(meeting: Omit<MeetingRecord, 'etag'>, etag: string | undefined): Promise<Result<MeetingRecord, DataError>> {
    try {
      const records = this.sp.web.lists.getByTitle(LISTS.records.title);
      const token = etag ? parseRosterToken(etag) : undefined;
      if (token) {
        const item = records.items.getById(token.itemId);
        await item.update(meetingFields(meeting), token.etag);
        return toMeeting(await item.select(...CYCLE_SELECT)<RawItem>());
      }
      // A new meeting: found first if this booking already made it (a re-run after a lost response), else created
      // with its key columns and content in the one call that creates it.
      const root = await rootUrl(records);
      const existing = await records.items
        .filter(`CycleKey eq ${odataString(meeting.meetingKey)}`)
        .select('Id', 'StaffKey', 'FileDirRef')
        .top(50)<RawItem[]>();
      const found = existing.find((i) => boundTo(i, root, meeting.staffKey));
      if (found) {
        await records.items.getById(Number(found.Id)).update(meetingFields(meeting), '*');
        return toMeeting(await records.items.getById(Number(found.Id)).select(...CYCLE_SELECT)<RawItem>());
      }
      const itemId = await addWithValues(records, `${root}/${meeting.staffKey}`, meetingFields(meeting));
      return toMeeting(await records.items.getById(Number(itemId)).select(...CYCLE_SELECT)<RawItem>());
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async saveNotes(meeting: MeetingRecord, notes: OneToOneNotes): Promise<Result<MeetingRecord, MeetingSaveError>> {
    const token = parseRosterToken(meeting.etag);
    if (!token) return fail({ code: 'notFound' });
    const item = this.sp.web.lists.getByTitle(LISTS.records.title).items.getById(token.itemId);
    try {
      await item.update(meetingFields({ ...meeting, notes }), token.etag);
    } catch (error) {
      const status = httpStatus(error);
      const lost = status === undefined || status >= 500;
      if (status !== 412 && !lost) return fail(toDataError(error));
      const now = await this.read(token.itemId);
      if (now.ok && sameContent(now.value.notes, notes)) return now;
      return status === 412 && now.ok ? fail({ code: 'staleVersion', current: now.value }) : fail(toDataError(error));
    }
    return this.read(token.itemId);
  }

  private async read(itemId: number): Promise<Result<MeetingRecord, DataError>> {
    try {
      return toMeeting(await this.sp.web.lists.getByTitle(LISTS.records.title).items.getById(itemId).select(...CYCLE_SELECT)<RawItem>());
    } catch (error) {
      return fail(toDataError(error));
    }
  }
}
