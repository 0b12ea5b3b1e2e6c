import fc from 'fast-check';
import { foldForSearch, matchesPersonSearch } from '../../src/domain';

const ZOE = 'Zoë D\u2019Arcy-Ó Briain';

describe('people search folding (issue 15)', () => {
  it.each(['zoe', 'darcy', 'obriain', "D'Arcy", 'd’arcy', 'ZOË', 'arcy-o', 'zoe darcy', 'Ó Briain', 'o-briain'])(
    '"%s" finds Zoë D’Arcy-Ó Briain',
    (q) => {
      expect(matchesPersonSearch(q, ZOE)).toBe(true);
    }
  );

  it('still tells people apart', () => {
    expect(matchesPersonSearch('zoey', ZOE)).toBe(false);
    expect(matchesPersonSearch('obrien', ZOE)).toBe(false);
  });

  it('folds letters NFD does not split, and an empty query matches everyone', () => {
    expect(foldForSearch('Søren Łukasz Strauß')).toBe('sorenlukaszstrauss');
    expect(matchesPersonSearch('  ', ZOE)).toBe(true);
  });

  it('matches any of the fields given (a name or an email)', () => {
    expect(matchesPersonSearch('zoe.darcy@', 'Someone else', 'zoe.darcy@school.example')).toBe(true);
    expect(matchesPersonSearch('zoe', undefined)).toBe(false);
  });

  it('property: folding is idempotent, and whatever part of a name is typed, in any case, with accents or not, finds it', () => {
    const letters = fc.constantFrom(...'abcdeéëioóuüAÉÓ\u2019\'- '.split(''));
    fc.assert(fc.property(fc.array(letters, { minLength: 1, maxLength: 20 }).map((a) => a.join('')), fc.nat(), fc.nat(), (name, a, b) => {
      expect(foldForSearch(foldForSearch(name))).toBe(foldForSearch(name));
      const [from, to] = [a % (name.length + 1), b % (name.length + 1)].sort((x, y) => x - y);
      const part = name.slice(from, to);
      expect(matchesPersonSearch(part.toUpperCase(), name)).toBe(true);
      expect(matchesPersonSearch(part.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), name)).toBe(true);
    }));
  });
});
