import { ok, type Result } from '../../../src/domain';
import type { DataError, NewPrivateNote, PrivateNote, PrivateNotesStore } from '../../../src/data/ports';

/** Private notes in memory: one author's notes, for component tests. */
export class MemoryPrivateNotes implements PrivateNotesStore {
  notes: PrivateNote[] = [];

  async mine(staffKey: string): Promise<Result<PrivateNote[], DataError>> {
    return ok(this.notes.filter((n) => n.staffKey === staffKey));
  }

  async add(note: NewPrivateNote): Promise<Result<PrivateNote, DataError>> {
    const saved: PrivateNote = {
      id: this.notes.length + 1,
      staffKey: note.staffKey,
      cycleLabel: note.cycleLabel,
      text: note.text,
      writtenAt: '2026-11-24T10:00:00Z'
    };
    this.notes.push(saved);
    return ok(saved);
  }
}
