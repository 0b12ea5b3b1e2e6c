import { formatCount, formatDate, pluralForms } from '../../src/components/format';
import { setUiLocale } from '../../src/components/locale';
import { config, SRC } from './stringSources';

afterEach(() => setUiLocale('en-GB'));

describe('plurals by the page language (Intl.PluralRules)', () => {
  it('English: one and other', () => {
    expect([0, 1, 2, 6].map((n) => formatCount(n, '{0} person', '{0} people'))).toEqual(['0 people', '1 person', '2 people', '6 people']);
  });

  it('Welsh: each tagged form where one is given, the untagged text otherwise', () => {
    setUiLocale('cy-GB');
    const many = '{0} o bobl{zero}Neb{two}{0} berson{few}{0} pherson{many}{0} o bobl';
    expect([0, 1, 2, 3, 6, 7].map((n) => formatCount(n, '{0} person', many))).toEqual([
      'Neb',
      '1 person',
      '2 berson',
      '3 pherson',
      '6 o bobl',
      '7 o bobl'
    ]);
  });

  it('a string with no tags is the "other" form for every count but one', () => {
    setUiLocale('cy-GB');
    expect(pluralForms('{0} o eitemau')).toEqual({ other: '{0} o eitemau' });
    expect(formatCount(2, '{0} eitem', '{0} o eitemau')).toBe('2 o eitemau');
  });

  it('dates follow the page language', () => {
    expect(formatDate('2026-04-03')).toBe('3 April 2026');
    setUiLocale('cy-GB');
    expect(formatDate('2026-04-03')).toBe('3 Ebrill 2026');
  });

  it('an unusable locale name keeps en-GB', () => {
    setUiLocale('not a locale!');
    expect(formatDate('2026-04-03')).toBe('3 April 2026');
  });
});

describe('a browser without Welsh date names (Debian Chromium)', () => {
  it('uses the en-GB layout with the Welsh month and weekday names from the strings', () => {
    const welsh = config.stringsFor(SRC, 'loc', 'cy-GB');
    const real = Intl.DateTimeFormat.supportedLocalesOf.bind(Intl.DateTimeFormat);
    const spy = jest
      .spyOn(Intl.DateTimeFormat, 'supportedLocalesOf')
      .mockImplementation((l, o) => (String(l).startsWith('cy') ? [] : real(l, o)));
    try {
      jest.isolateModules(() => {
        jest.doMock('CommonStrings', () => welsh);
        const locale = jest.requireActual<typeof import('../../src/components/locale')>('../../src/components/locale');
        locale.setUiLocale('cy-GB');
        expect(
          locale
            .dateTimeFormat({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
            .format(new Date('2026-04-03T00:00:00Z'))
        ).toBe('3 Ebrill 2026');
        expect(
          locale
            .dateTimeFormat({ day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
            .format(new Date('2026-10-15T16:30:00Z'))
        ).toBe('15 Hydref 2026 am 16:30');
        expect(
          locale
            .dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
            .format(new Date('2026-12-07T00:00:00Z'))
        ).toBe('Llun 7 Rhag');
      });
    } finally {
      spy.mockRestore();
    }
  });
});
