/**
 * @jest-environment node
 *
 * A meeting booked again after a lost response (SharePoint saved it, the page saw an error and booked again) is the
 * same meeting item, never a second one; and a new meeting item is created with its key columns in one call.
 */
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { seedTenant } from '../../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import personas from '../../../fixtures/tenant/personas.json';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs } from '../../support/overEmulator';
import { isoInstant } from '../../support/builders';

const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson')) as (typeof personas.people)[number];
const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes')) as (typeof personas.people)[number];

describe('saving a new meeting (SpMeetingStore over the emulator)', () => {
  it('finds the meeting a lost response already saved instead of making a second one', async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
    const meetings = servicesAs(emulator, tom.upn).meetings;
    const meeting = {
      meetingKey: `${emma.id}:2026-27:oneToOne:2026-12-03T10:00:00Z`,
      staffKey: emma.id,
      reviewerKey: undefined,
      kind: 'oneToOne' as const,
      eventId: 'evt-1',
      start: isoInstant('2026-12-03T10:00:00Z'),
      end: isoInstant('2026-12-03T10:30:00Z'),
      status: 'booked' as const,
      joinUrl: undefined
    };
    const posts = emulator.log.since(0).length;
    const first = await meetings.saveMeeting(meeting, undefined);
    const creates = emulator.log.since(posts).filter((e) => e.method === 'POST' && /AddValidateUpdateItemUsingPath/i.test(e.url)).length;
    const again = await meetings.saveMeeting(meeting, undefined);

    expect(first.ok && again.ok && first.value.meetingKey === again.value.meetingKey).toBe(true);
    expect(creates).toBe(1);
    const items =
      emulator.state.sharepoint.lists
        .find((l) => l.title === 'AppraisalRecords')
        ?.items.filter((i) => i.values.CycleKey === meeting.meetingKey) ?? [];
    expect(items).toHaveLength(1);
    expect(items[0].values).toMatchObject({ StaffKey: emma.id, RecordKind: 'meeting', Title: meeting.meetingKey });
    expect(items[0].version).toBe(2); // created whole, then brought up to date once by the re-run: never half-made
  }, 60000);
});
