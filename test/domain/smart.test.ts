import { newObjective, objectiveId, smartHints, type Objective } from '../../src/domain';
import { isoDate } from '../support/builders';

const cycle = { label: '2026/27', start: isoDate('2026-04-01'), end: isoDate('2027-03-31') };
const objective = (patch: Partial<Objective>): Objective => ({ ...newObjective(objectiveId('o1')), ...patch });

const good = objective({
  title: 'Lead a daily phonics catch-up group in Year 1',
  successCriteria: 'Six pupils move up at least one phonics phase by the spring assessment.',
  agreedEvidence: 'The phonics tracker and the class teacher’s notes.',
  standardCodes: ['TA2016-3'],
  targetDate: isoDate('2027-03-12')
});

describe('the SMART check', () => {
  it('gives "Support reading" every hint it needs: specific, measurable, relevant and time-bound', () => {
    expect(smartHints([objective({ title: 'Support reading' })], 0, cycle)).toEqual([
      'specific',
      'measurableCriteria',
      'measurableEvidence',
      'relevant',
      'timeBound'
    ]);
  });

  it('gives none to one written with criteria, evidence, a standard and a date inside the cycle', () => {
    expect(smartHints([good], 0, cycle)).toEqual([]);
  });

  it('counts a school priority as relevant, like a standard', () => {
    expect(
      smartHints([{ ...good, standardCodes: [], schoolPriority: 'Reading for pleasure (school plan, priority 2)' }], 0, cycle)
    ).toEqual([]);
    expect(smartHints([{ ...good, standardCodes: [] }], 0, cycle)).toEqual(['relevant']);
  });

  it('hints at a date outside the cycle, and at criteria too thin to measure', () => {
    expect(smartHints([{ ...good, targetDate: isoDate('2027-06-01') }], 0, cycle)).toEqual(['timeBound']);
    expect(smartHints([{ ...good, successCriteria: 'Better reading' }], 0, cycle)).toEqual(['measurableCriteria']);
  });

  it('advises fewer objectives from the sixth on (advice only)', () => {
    const six = Array.from({ length: 6 }, () => good);
    expect(smartHints(six, 4, cycle)).toEqual([]);
    expect(smartHints(six, 5, cycle)).toEqual(['achievable']);
  });

  it('says nothing before a title is written, and works on Welsh text (it counts words, not English ones)', () => {
    expect(smartHints([objective({})], 0, cycle)).toEqual([]);
    expect(smartHints([{ ...good, title: 'Arwain grŵp dal i fyny ffoneg dyddiol ym Mlwyddyn 1' }], 0, cycle)).toEqual([]);
  });
});
