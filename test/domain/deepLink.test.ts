import { parseRecordLink, parseTeamsSubEntityId, recordLink, teamsSubEntityId } from '../../src/domain';

describe('deep links (issue 15)', () => {
  const page = 'https://riverside.sharepoint.com/sites/staff-appraisal/SitePages/Team.aspx?env=WebView&appraisee=old#top';

  it('puts the record’s address in the page URL, keeping other parameters and replacing an old address', () => {
    const link = recordLink(page, { staffKey: 'dir-aisha', cycleKey: 'dir-aisha:2025-26', view: 'finalReview' });
    expect(link).toBe(
      'https://riverside.sharepoint.com/sites/staff-appraisal/SitePages/Team.aspx?env=WebView&appraisee=dir-aisha&cycle=dir-aisha%3A2025-26&view=finalReview'
    );
    expect(parseRecordLink(new URL(link).search)).toEqual({ staffKey: 'dir-aisha', cycleKey: 'dir-aisha:2025-26', view: 'finalReview' });
  });

  it('addresses a one-to-one by its meeting key', () => {
    const link = recordLink(page, {
      staffKey: 's',
      cycleKey: 's:2026-27',
      view: 'oneToOnes',
      meetingKey: 's:2026-27:oneToOne:2026-12-07T10:00:00Z'
    });
    expect(parseRecordLink(new URL(link).search)).toMatchObject({
      view: 'oneToOnes',
      meetingKey: 's:2026-27:oneToOne:2026-12-07T10:00:00Z'
    });
  });

  it.each(['', '?appraisee=s', '?cycle=c', '?appraisee=%20&cycle=c'])('reads no address from %p', (search) => {
    expect(parseRecordLink(search)).toBeUndefined();
  });

  it('ignores a view it does not know', () => {
    expect(parseRecordLink('?appraisee=s&cycle=c&view=secret')).toEqual({ staffKey: 's', cycleKey: 'c' });
  });

  it('round-trips through a Teams sub-entity id', () => {
    const address = { staffKey: 's', cycleKey: 's:2026-27', view: 'planning' as const };
    expect(parseTeamsSubEntityId(teamsSubEntityId(address))).toEqual(address);
  });
});
