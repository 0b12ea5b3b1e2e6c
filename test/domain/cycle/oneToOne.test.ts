import {
  emptyOneToOneNotes,
  newActionItem,
  newAgendaItem,
  openActions,
  orderedAgenda,
  startOneToOne,
  validateOneToOne,
  type ActionItem,
  type OneToOneNotes
} from '../../../src/domain';
import { d, frozen } from './cycleFixtures';

const action = (id: string, text: string, done = false, carriedFrom?: string): ActionItem => ({
  ...newActionItem(id, 'reviewer'),
  text,
  done,
  carriedFrom
});
const notes = (change: Partial<OneToOneNotes>): OneToOneNotes => ({ ...emptyOneToOneNotes(), ...change });

describe('startOneToOne', () => {
  it('the first one-to-one starts empty', () => {
    expect(startOneToOne(undefined, undefined)).toEqual(emptyOneToOneNotes());
  });

  it('AB9.N6: unfinished actions and undiscussed agenda items carry over; everything else starts empty', () => {
    const previous = frozen(notes({
      agenda: [{ ...newAgendaItem('g1', 'Rota', 'appraisee'), discussed: true }, newAgendaItem('g2', 'Training day', 'appraisee')],
      actions: [action('a1', 'Book course'), action('a2', 'Send rota', true), action('a3', 'Order books', false, 'mtg-1')],
      goingWell: 'Reading group', sharedNotes: 'x', wellbeing: 'Tired', summary: 'S', heldOn: d('2026-05-01')
    }));
    const next = startOneToOne(previous, 'mtg-2');
    expect(next.agenda.map((g) => g.id)).toEqual(['g2']);
    expect(next.actions).toEqual([action('a1', 'Book course', false, 'mtg-2'), action('a3', 'Order books', false, 'mtg-1')]);
    expect({ ...next, agenda: [], actions: [] }).toEqual(emptyOneToOneNotes());
  });
});

describe('orderedAgenda', () => {
  it('AB9.N3: the appraisee’s items come first, otherwise in the order added', () => {
    const items = [
      newAgendaItem('r1', 'A', 'reviewer'),
      newAgendaItem('p1', 'B', 'appraisee'),
      newAgendaItem('r2', 'C', 'reviewer'),
      newAgendaItem('p2', 'D', 'appraisee')
    ];
    expect(orderedAgenda(frozen(items)).map((i) => i.id)).toEqual(['p1', 'p2', 'r1', 'r2']);
  });
});

describe('validateOneToOne', () => {
  it('AB9.E2: every action and agenda item needs text', () => {
    const n = notes({ agenda: [newAgendaItem('g1', ' ', 'appraisee')], actions: [action('a1', 'Fine'), action('a2', '')] });
    expect(validateOneToOne(n)).toEqual([{ path: 'agenda.0.text', code: 'required' }, { path: 'actions.1.text', code: 'required' }]);
    expect(validateOneToOne(emptyOneToOneNotes())).toEqual([]);
  });
});

describe('openActions', () => {
  it('AB9.N6: not done, de-duplicated by id, the latest copy winning', () => {
    const first = notes({ actions: [action('a1', 'Book course'), action('a2', 'Send rota'), action('a3', 'Old wording')] });
    const second = notes({
      actions: [action('a1', 'Book course', true, 'm1'), action('a3', 'New wording', false, 'm1'), action('a4', 'Fresh')]
    });
    expect(openActions([first, second])).toEqual([
      action('a2', 'Send rota'),
      action('a3', 'New wording', false, 'm1'),
      action('a4', 'Fresh')
    ]);
  });
});
