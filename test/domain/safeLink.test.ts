/* eslint-disable no-script-url -- these tests plant script URLs on purpose, to show they never become links */
import fc from 'fast-check';
import { safeLink } from '../../src/domain';

describe('safeLink', () => {
  it.each([
    [
      'https://riversideprimary.sharepoint.com/sites/appraisal/Evidence/a.docx',
      'https://riversideprimary.sharepoint.com/sites/appraisal/Evidence/a.docx'
    ],
    [
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d'
    ],
    ['https://example.org', 'https://example.org/'],
    ['/sites/appraisal/AppraisalEvidence/s-1/2026-My file.docx', '/sites/appraisal/AppraisalEvidence/s-1/2026-My%20file.docx'],
    ['/sites/appraisal/Lists/Records?id=3#top', '/sites/appraisal/Lists/Records?id=3#top']
  ])('keeps %s', (raw, expected) => {
    expect(safeLink(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'http://example.org/',
    'HTTPS://example.org/',
    'Https://example.org/',
    'file:///etc/passwd',
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example\\share',
    'https:\\\\evil.example',
    'https:evil.example',
    'https://',
    'https://user:secret@evil.example/',
    'https://good.example@evil.example/',
    ' https://example.org/',
    'https://example.org/ ',
    '\u00a0https://example.org/',
    '\ufeffhttps://example.org/',
    'https://exa\u200bmple.org/',
    'evidence.docx',
    'mailto:head@example.org',
    ''
  ])('refuses %j', (raw) => {
    expect(safeLink(raw)).toBeUndefined();
  });

  it('refuses a link longer than any it would show', () => {
    expect(safeLink(`https://example.org/${'a'.repeat(3000)}`)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    expect(safeLink(undefined)).toBeUndefined();
    expect(safeLink(null)).toBeUndefined();
    expect(safeLink(42)).toBeUndefined();
    expect(safeLink({ toString: () => 'https://example.org' })).toBeUndefined();
  });

  it('only ever returns https: URLs or paths of this origin, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string().map((s) => `/${s}`),
          fc.string().map((s) => `https://${s}`)
        ),
        (raw) => {
          const link = safeLink(raw);
          if (link === undefined) return true;
          const parsed = new URL(link, 'https://tenant.invalid');
          const ownPath = link.startsWith('/') && !link.startsWith('//') && parsed.origin === 'https://tenant.invalid';
          return (
            (ownPath || (link.startsWith('https://') && parsed.protocol === 'https:' && parsed.username === '')) && !/[\s\\]/.test(link)
          );
        }
      ),
      { numRuns: 2000 }
    );
  });

  it('gives the same answer for its own answer (what is rendered is what was checked)', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (raw) => {
        const link = safeLink(raw);
        return link === undefined || safeLink(link) === link;
      })
    );
  });
});
