/** MeetingStore over SharePoint: a meeting item in the person's folder of the records list. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import { fail, type Result } from '../../domain';
import type { DataError, MeetingRecord, MeetingStore } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { parseRosterToken } from './mappers/rosterMapper';
import { meetingFields, toMeeting } from './mappers/meetingMapper';
import { CYCLE_SELECT } from './mappers/cycleMapper';
import type { RawItem } from './mappers/validate';

/** Saves meetings as the signed-in reviewer. */
export class SpMeetingStore implements MeetingStore {
  constructor(private readonly sp: SPFI) {}

  async saveMeeting(meeting: Omit<MeetingRecord, 'etag'>, etag: string | undefined): Promise<Result<MeetingRecord, DataError>> {
    try {
      const records = this.sp.web.lists.getByTitle(LISTS.records.title);
      let itemId: number;
      const token = etag ? parseRosterToken(etag) : undefined;
      if (token) {
        itemId = token.itemId;
      } else {
        const { ServerRelativeUrl } = await records.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
        const created = await records.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: meeting.meetingKey }], `${ServerRelativeUrl}/${meeting.staffKey}`);
        itemId = Number((created as Array<{ FieldName: string; FieldValue: string }>).find((v) => v.FieldName === 'Id')?.FieldValue);
      }
      const item = records.items.getById(itemId);
      await item.update(meetingFields(meeting), token?.etag ?? '*');
      return toMeeting(await item.select(...CYCLE_SELECT)<RawItem>());
    } catch (error) {
      return fail(toDataError(error));
    }
  }
}
