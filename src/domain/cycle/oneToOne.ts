/**
 * One-to-ones (AB9, DOMAIN §3): what carries over from the last one, the agenda order, and open actions across many.
 */
import { emptyOneToOneNotes } from './document';
import type { ActionItem, AgendaItem, OneToOneNotes } from './types';
import type { FieldError } from './validation';
import { oneToOneLengthErrors } from './limits';

/**
 * The notes a new one-to-one starts from: unfinished actions (same id, marked with where they were carried from
 * unless already marked) and agenda items not yet discussed carry over (AB9.N6); everything else starts empty.
 */
export function startOneToOne(previous: OneToOneNotes | undefined, previousKey: string | undefined): OneToOneNotes {
  const notes = emptyOneToOneNotes();
  if (previous === undefined) return notes;
  return {
    ...notes,
    agenda: previous.agenda.filter((item) => !item.discussed).map((item) => ({ ...item })),
    actions: previous.actions
      .filter((action) => !action.done)
      .map((action) => ({ ...action, carriedFrom: action.carriedFrom ?? previousKey }))
  };
}

/** The appraisee's agenda items first (AB9.N3); otherwise in the order they were added. */
export function orderedAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items.filter((item) => item.raisedBy === 'appraisee'), ...items.filter((item) => item.raisedBy !== 'appraisee')];
}

/** What stops one-to-one notes being saved: every action and agenda item needs its text. */
export function validateOneToOne(notes: OneToOneNotes): FieldError[] {
  const errors: FieldError[] = [];
  notes.agenda.forEach((item, i) => {
    if (item.text.trim() === '') errors.push({ path: `agenda.${i}.text`, code: 'required' });
  });
  notes.actions.forEach((action, i) => {
    if (action.text.trim() === '') errors.push({ path: `actions.${i}.text`, code: 'required' });
  });
  return [...errors, ...oneToOneLengthErrors(notes)];
}

/**
 * Actions not yet done across one-to-ones given oldest first. A carried action appears in several meetings under
 * one id: the latest copy wins, so an action marked done later is closed. Order is by first appearance.
 */
export function openActions(notes: readonly OneToOneNotes[]): ActionItem[] {
  const latest = new Map<string, ActionItem>();
  for (const meeting of notes) {
    for (const action of meeting.actions) latest.set(action.id, action);
  }
  return Array.from(latest.values()).filter((action) => !action.done);
}
