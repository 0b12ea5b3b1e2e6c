import fc from 'fast-check';
import { utf8Bytes } from '../../../src/domain/cycle/utf8';

describe('utf8Bytes', () => {
  it('scenario 14: encodes names as the directory holds them (Siobhán, Zoë, Nguyễn)', () => {
    for (const name of ["Siobhán O'Neill", 'Zoë', 'Nguyễn', '😀']) {
      expect(Array.from(utf8Bytes(name))).toEqual(Array.from(Buffer.from(name, 'utf8')));
    }
  });

  it('matches Node’s UTF-8 encoder for any string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(Array.from(utf8Bytes(s))).toEqual(Array.from(Buffer.from(s, 'utf8')));
    }), { numRuns: 500 });
  });
});
