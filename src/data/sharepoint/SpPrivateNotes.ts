/**
 * Private notes over SharePoint. The list shows each author only their own items (ReadSecurity 2) and holds no role
 * for administrators; a note in custody has its own permissions without its author. A note is created with its key
 * columns in one call and a fresh EntryKey, so a create sent again after a lost response lands once.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users';
import type { IList } from '@pnp/sp/lists';
import { z } from 'zod';
import { fail, ok, PRIVATE_NOTE_LIMIT, type Result } from '../../domain';
import type { DataError, NewPrivateNote, PrivateNote, PrivateNotesStore } from '../ports';
import { LISTS } from './schema';
import { attempt } from './errors';
import { odataString } from '../odataLiteral';
import { newEntryKey } from './entryKey';
import { addOnce } from './addOnce';
import { parsePayload, type RawItem } from './mappers/validate';

/** The longest note SharePoint is asked to keep (a multi-line column holds far more; a note should not). */
export const PRIVATE_NOTE_MAX = PRIVATE_NOTE_LIMIT;

const notePayload = z.object({ v: z.literal(1), cycleLabel: z.string(), text: z.string().max(PRIVATE_NOTE_MAX), writtenAt: z.string() });

/** A note item as read, or the reason it cannot be shown. */
export function toPrivateNote(item: RawItem): Result<PrivateNote, DataError> {
  const payload = parsePayload(item, LISTS.privateNotes.title, 'Payload', notePayload);
  if (!payload.ok) return payload;
  return ok({
    id: Number(item.Id),
    staffKey: String(item.StaffKey ?? ''),
    cycleLabel: payload.value.cycleLabel,
    text: payload.value.text,
    writtenAt: payload.value.writtenAt
  });
}

const SELECT = ['Id', 'StaffKey', 'AuthorId', 'Payload', 'EntryKey'] as const;

/** The signed-in reviewer's notes. */
export class SpPrivateNotes implements PrivateNotesStore {
  constructor(private readonly sp: SPFI, private readonly now: () => string) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LISTS.privateNotes.title);
  }

  mine(staffKey: string): Promise<Result<PrivateNote[], DataError>> {
    return attempt(async () => {
      const me = await this.sp.web.currentUser.select('Id')<{ Id: number }>();
      const rows = await this.list.items.filter(`StaffKey eq ${odataString(staffKey)}`).select(...SELECT).top(5000)<RawItem[]>();
      // ReadSecurity already limits the answer to one's own notes; the author check keeps it so for a member of the
      // data-protection role too. Malformed notes are left out rather than taking the panel down.
      return rows
        .filter((r) => r.AuthorId === me.Id)
        .map(toPrivateNote)
        .flatMap((r) => (r.ok ? [r.value] : []))
        .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
    });
  }

  async add(note: NewPrivateNote): Promise<Result<PrivateNote, DataError>> {
    if (note.text.trim() === '' || note.text.length > PRIVATE_NOTE_MAX)
      return fail({ code: 'malformed', list: LISTS.privateNotes.title, itemId: 0, field: 'Payload.text' });
    return attempt(async () => {
      const writtenAt = this.now();
      const entryKey = newEntryKey();
      const values = {
        Title: 'note',
        StaffKey: note.staffKey,
        RetainUntil: note.retainUntil,
        EntryKey: entryKey,
        Payload: JSON.stringify({ v: 1, cycleLabel: note.cycleLabel, text: note.text, writtenAt })
      };
      const added = await addOnce(() => this.list.items.add(values));
      const id =
        (added as { Id?: number } | undefined)?.Id ??
        (await this.list.items.filter(`EntryKey eq ${odataString(entryKey)}`).select('Id')<Array<{ Id: number }>>())[0]?.Id;
      return { id: Number(id), staffKey: note.staffKey, cycleLabel: note.cycleLabel, text: note.text, writtenAt };
    });
  }
}
