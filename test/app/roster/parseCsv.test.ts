import { parseCsv } from '../../../src/app/roster/parseCsv';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    [
      'plain rows',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2']
      ]
    ],
    [
      'Windows line ends and a byte-order mark',
      '\ufeffa,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2']
      ]
    ],
    [
      'quoted commas and doubled quotes',
      'name,note\n"O\'Neill, Siobhán","said ""hello"""\n',
      [
        ['name', 'note'],
        ["O'Neill, Siobhán", 'said "hello"']
      ]
    ],
    ['a line break inside quotes', 'a\n"line 1\nline 2"\n', [['a'], ['line 1\nline 2']]],
    ['blank lines', 'a\n\n1\n,\n', [['a'], ['1']]],
    [
      'a last row without a line end',
      'a,b\n1,',
      [
        ['a', 'b'],
        ['1', '']
      ]
    ]
  ])('reads %s', (_label, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, value: rows });
  });

  it.each<[string, string, number]>([
    ['on its own line', 'a,b\n1,2\n"3,4\n5,6\n', 3],
    ['after a quoted line break, counting the file\'s lines', 'a\n"x\ny"\n"open\nmore\n', 4],
    ['with Windows line ends', 'a\r\n1\r\n"2\r\n', 3]
  ])('refuses an unterminated quote %s, naming the line it opens on', (_label, text, line) => {
    expect(parseCsv(text)).toEqual({ ok: false, error: { code: 'unterminatedQuote', line } });
  });
});
