/**
 * The reminder log and reminder settings in SharePoint (issue 15). The log is a list only administrators hold anything
 * on (schema.ts, reminderLog), so an appraisee or reviewer can neither plant an entry to silence their reminders nor
 * read who was reminded. One item a person a day: its EntryKey is the day and the person, a unique column, so
 * SharePoint itself refuses a second claim, from a retried request or from a second administrator sending at the
 * same moment. (A predictable EntryKey could be planted first to block a write; here only administrators can write.)
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { fail, ok, type IsoDate, type IsoInstant, type Result } from '../../domain';
import { DEFAULT_REMINDER_SETTINGS, REMINDABLE_STEPS, reminderLogKey, type ReminderSettings } from '../../domain/reminders';
import type { DataError } from '../ports';
import type { ReminderLog, ReminderLogEntry, ReminderLogState } from '../ports/reminders';
import { addOnce } from './addOnce';
import { newEntryKey } from './entryKey';
import { httpStatus, toDataError } from './errors';
import { odataString } from '../odataLiteral';
import { readSettingItems, writeSetting } from './provisioning/ensureSettings';
import { LISTS, SETTING_KEYS } from './schema';

interface Payload {
  recipientKey: string;
  state: ReminderLogState;
  records: number;
  at: string;
  /** Which claim wrote the entry: a create retried after a lost response finds its own. */
  claim: string;
}

const STATES: readonly ReminderLogState[] = ['sending', 'sent', 'failed'];

function readPayload(raw: unknown): Payload | undefined {
  try {
    const p = JSON.parse(String(raw)) as Partial<Payload>;
    if (typeof p.recipientKey !== 'string' || !STATES.includes(p.state as ReminderLogState) || typeof p.claim !== 'string') return undefined;
    return { recipientKey: p.recipientKey, state: p.state as ReminderLogState, records: Number(p.records) || 0, at: String(p.at ?? ''), claim: p.claim };
  } catch {
    return undefined;
  }
}

/** Reminder settings as stored, defaults for what is missing; anything malformed falls back to the default. */
export function readReminderSettings(raw: string | undefined): ReminderSettings {
  if (!raw) return DEFAULT_REMINDER_SETTINGS;
  try {
    const v = JSON.parse(raw) as Partial<ReminderSettings>;
    const days = (n: unknown, d: number): number => (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 180 ? n : d);
    return {
      kinds: Array.isArray(v.kinds) ? REMINDABLE_STEPS.filter((k) => v.kinds!.includes(k)) : DEFAULT_REMINDER_SETTINGS.kinds,
      daysBeforeDue: days(v.daysBeforeDue, DEFAULT_REMINDER_SETTINGS.daysBeforeDue),
      daysAfterDue: days(v.daysAfterDue, DEFAULT_REMINDER_SETTINGS.daysAfterDue),
      recordPageUrl: typeof v.recordPageUrl === 'string' ? v.recordPageUrl : ''
    };
  } catch {
    return DEFAULT_REMINDER_SETTINGS;
  }
}

/** The reminder log over its SharePoint list. */
export class SpReminderLog implements ReminderLog {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LISTS.reminderLog.title);
  }

  async getSettings(): Promise<Result<ReminderSettings, DataError>> {
    try {
      return ok(readReminderSettings((await readSettingItems(this.sp)).get(SETTING_KEYS.reminders)?.value));
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async saveSettings(settings: ReminderSettings): Promise<Result<ReminderSettings, DataError>> {
    try {
      const item = (await readSettingItems(this.sp)).get(SETTING_KEYS.reminders);
      await writeSetting(this.sp, SETTING_KEYS.reminders, settings, item?.id);
      return this.getSettings();
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  private async itemsOf(day: IsoDate): Promise<Array<{ id: number; etag: string; key: string; payload: Payload | undefined }>> {
    const rows = await this.list.items.select('Id', 'EntryKey', 'Payload').filter(`ReminderDay eq ${odataString(day)}`).top(5000)<
      Array<Record<string, unknown>>
    >();
    return rows.map((r) => ({ id: Number(r.Id), etag: String(r['odata.etag'] ?? '*'), key: String(r.EntryKey), payload: readPayload(r.Payload) }));
  }

  async entries(day: IsoDate): Promise<Result<ReminderLogEntry[], DataError>> {
    try {
      return ok(
        (await this.itemsOf(day)).flatMap(({ key, payload: p }) =>
          // An entry counts only under its own key: the day and the person it names.
          p && key === reminderLogKey(day, p.recipientKey)
            ? [{ day, recipientKey: p.recipientKey, state: p.state, records: p.records, at: p.at as IsoInstant }]
            : []
        )
      );
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async claim(day: IsoDate, recipientKey: string, records: number, at: IsoInstant): Promise<Result<boolean, DataError>> {
    const key = reminderLogKey(day, recipientKey);
    const payload: Payload = { recipientKey, state: 'sending', records, at, claim: newEntryKey() };
    try {
      const added = await addOnce(() => this.list.items.add({ Title: 'reminder', ReminderDay: day, EntryKey: key, Payload: JSON.stringify(payload) }));
      if (added) return ok(true);
      const existing = (await this.itemsOf(day)).find((i) => i.key === key);
      if (!existing?.payload) return ok(false);
      if (existing.payload.claim === payload.claim) return ok(true);
      if (existing.payload.state !== 'failed') return ok(false);
      // A failed send may be claimed again, once: the ETag makes a second administrator's claim meanwhile a 412.
      try {
        await this.list.items.getById(existing.id).update({ Payload: JSON.stringify(payload) }, existing.etag);
        return ok(true);
      } catch (error) {
        if (httpStatus(error) === 412) return ok(false);
        throw error;
      }
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async settle(day: IsoDate, recipientKey: string, state: 'sent' | 'failed', at: IsoInstant): Promise<Result<void, DataError>> {
    try {
      const existing = (await this.itemsOf(day)).find((i) => i.key === reminderLogKey(day, recipientKey));
      if (!existing?.payload) return fail({ code: 'notFound' });
      await this.list.items.getById(existing.id).update({ Payload: JSON.stringify({ ...existing.payload, state, at }) });
      return ok(undefined);
    } catch (error) {
      return fail(toDataError(error));
    }
  }
}
