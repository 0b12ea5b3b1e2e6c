/**
 * @jest-environment node
 */
/**
 * findMeetingTimes says why it found no time in camelCase as documented (learn.microsoft.com/graph/api/resources/
 * meetingtimesuggestionsresult) and in PascalCase as Outlook has answered; the gateway reads both. The emulator now
 * answers camelCase, which the gateway used to read as "unknown".
 */
import { GraphCalendarGateway, emptyReason } from '../../../src/data/graph/GraphCalendarGateway';
import { graphAs, newEmulator } from '../../support/overEmulator';
import { isoDate } from '../../support/builders';

const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const NOBODY = 'left.last.year@riversideprimary.onmicrosoft.com'; // no such mailbox

describe("findMeetingTimes' emptySuggestionsReason", () => {
  it('tells the reviewer the appraisee is unavailable when Outlook cannot find her mailbox', async () => {
    const gateway = new GraphCalendarGateway(graphAs(newEmulator(), TOM));
    const windows = ['2026-05-11', '2026-05-12', '2026-05-14'].map((date) => ({ date: isoDate(date), start: '07:00', end: '18:00' }));

    const result = await gateway.findSlots({ attendeeUpn: NOBODY, windows, durationMinutes: 30, maxCandidates: 20 });

    expect(result).toEqual({ ok: true, value: { kind: 'none', reason: 'attendeesUnavailable' } });
  });

  it('reads the reason whatever its case', () => {
    expect(
      [
        'attendeesUnavailable',
        'AttendeesUnavailable',
        'ATTENDEESUNAVAILABLEORUNKNOWN',
        'organizerUnavailable',
        'OrganizerUnavailable',
        'locationsUnavailable',
        undefined
      ].map(emptyReason)
    ).toEqual([
      'attendeesUnavailable',
      'attendeesUnavailable',
      'attendeesUnavailable',
      'organizerUnavailable',
      'organizerUnavailable',
      'unknown',
      'unknown'
    ]);
  });
});
