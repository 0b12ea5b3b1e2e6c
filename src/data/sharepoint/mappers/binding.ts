/**
 * Items are bound to where they live: a record item counts for a person only when it sits directly in the person's
 * folder (`<records root>/<StaffKey>`) and its StaffKey column names that same person. The roster, which only
 * administrators write, says who the people are; anything else found by a query is a stray, left out and reported.
 */
import type { DataError, ItemProblem, PersonRecords, RosterEntry } from '../../ports';
import { LISTS } from '../schema';
import { CYCLE_SELECT, onRosterTrack, toCycleSummary } from './cycleMapper';
import { toMeeting } from './meetingMapper';
import { toRosterEntry } from './rosterMapper';
import type { RawItem } from './validate';
import type { SignatureRead } from '../signatures/readSignatures';

/** Columns a record item must be read with so that its folder can be checked. */
export const BINDING_SELECT = ['Id', 'StaffKey', 'RecordKind', 'FileDirRef'] as const;

/** Columns a cycle or meeting item is read with. */
export const RECORD_SELECT: readonly string[] = Array.from(new Set<string>([...CYCLE_SELECT, ...BINDING_SELECT]));

/** Whether the item sits directly in `<root>/<staffKey>` and names that person. */
export function boundTo(item: RawItem, root: string, staffKey: string): boolean {
  const dir = typeof item.FileDirRef === 'string' ? item.FileDirRef : '';
  return dir.toLowerCase() === `${root}/${staffKey}`.toLowerCase() && item.StaffKey === staffKey;
}

/** A stray record item, naming the column that gives it away. */
export function strayProblem(item: RawItem, field: 'StaffKey' | 'FileDirRef'): ItemProblem {
  return { kind: 'stray', list: LISTS.records.title, itemId: Number(item.Id ?? 0), field };
}

/** A read error on one item as a problem (only `malformed` errors name an item). */
export function malformedProblem(error: DataError, fallback: { list: string; item: RawItem }): ItemProblem {
  return error.code === 'malformed'
    ? { kind: 'malformed', list: error.list, itemId: error.itemId, field: error.field }
    : { kind: 'malformed', list: fallback.list, itemId: Number(fallback.item.Id ?? 0), field: '' };
}

/**
 * Puts cycle and meeting items with the roster entries they belong to. Items of other people (not in `entries`),
 * outside their person's folder and unreadable ones go to `problems`; the roster's reviewer key replaces the one the
 * item carries, which its parties could have written. Where each cycle stands comes from its trusted signatures.
 */
export function groupRecords(
  entries: readonly RosterEntry[],
  items: readonly RawItem[],
  root: string,
  problems: ItemProblem[],
  signatures: SignatureRead = { byCycle: new Map(), problems: [] }
): PersonRecords[] {
  const people = new Map<string, PersonRecords>(entries.map((e) => [e.id, { person: e, cycles: [], meetings: [] }]));
  for (const item of items) {
    if (item.RecordKind !== 'cycle' && item.RecordKind !== 'meeting') continue;
    const owner = people.get(String(item.StaffKey));
    if (!owner) {
      problems.push(strayProblem(item, 'StaffKey'));
      continue;
    }
    if (!boundTo(item, root, owner.person.id)) {
      problems.push(strayProblem(item, 'FileDirRef'));
      continue;
    }
    const reviewerKey = owner.person.reviewer;
    if (item.RecordKind === 'cycle') {
      const cycle = toCycleSummary(item, signatures.byCycle.get(String(item.CycleKey)) ?? [], owner.person.directoryId);
      if (cycle.ok) owner.cycles.push({ ...onRosterTrack(cycle.value, owner.person), reviewerKey });
      else problems.push(malformedProblem(cycle.error, { list: LISTS.records.title, item }));
    } else {
      const meeting = toMeeting(item);
      if (meeting.ok) owner.meetings.push({ ...meeting.value, reviewerKey });
      else problems.push(malformedProblem(meeting.error, { list: LISTS.records.title, item }));
    }
  }
  for (const p of signatures.problems)
    problems.push({
      kind: p.field === 'FileDirRef' ? 'stray' : 'malformed',
      list: LISTS.signatures.title,
      itemId: p.itemId,
      field: p.field
    });
  const list = Array.from(people.values());
  for (const p of list) {
    p.cycles.sort((a, b) => b.cycle.start.localeCompare(a.cycle.start));
    p.meetings.sort((a, b) => a.start.localeCompare(b.start));
  }
  return list.sort((a, b) => a.person.displayName.localeCompare(b.person.displayName, 'en-GB'));
}

/** Reads roster items, keeping the readable entries and naming the others. */
export function readRoster(items: readonly RawItem[], problems: ItemProblem[]): RosterEntry[] {
  const entries: RosterEntry[] = [];
  for (const item of items) {
    const entry = toRosterEntry(item);
    if (entry.ok) entries.push(entry.value);
    else problems.push(malformedProblem(entry.error, { list: LISTS.roster.title, item }));
  }
  return entries;
}
