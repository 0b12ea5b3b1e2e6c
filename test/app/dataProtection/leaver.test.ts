/**
 * @jest-environment node
 *
 * Recording a leaver over the emulator: their future meeting is cancelled in the emulated calendars with a neutral
 * message (the reviewer shared their calendar with HR with edit rights), the meeting item says cancelled, they leave
 * Appraisal Users and lose access. Without the shared calendar nothing is cancelled and HR is told which meetings.
 */
import { bookMeeting, type InviteWording } from '../../../src/app/booking/bookMeeting';
import { openCycle } from '../../../src/app/openCycle';
import { recordLeaver } from '../../../src/app/dataProtection/recordLeaver';
import { cycleContaining, type WorkingPattern } from '../../../src/domain';
import personas from '../../../fixtures/tenant/personas.json';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import type { RosterEntry } from '../../../src/data/ports';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { importSeededRoster } from '../../support/seededRoster';
import { firstFreeSlot, oneToOneBooking } from '../../support/booking';
import { isoDate, isoInstant } from '../../support/builders';

const HR = upnWithRole('hrAdmin');
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const TOM = 'tom.hughes@riversideprimary.onmicrosoft.com';
const today = isoDate('2026-11-24');
const tomPattern = personas.people.find((p) => p.upn === TOM)?.workingPattern as WorkingPattern;
const wording: InviteWording = { subject: () => 'One-to-one', body: (url) => `<a href="${url}">Open the record</a>` };
const MESSAGE = 'This meeting has been cancelled.';

async function booked(): Promise<{ emulator: TenantEmulator; aisha: RosterEntry }> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, [AISHA]);
  await openCycle(roster, servicesAs(emulator, HR).records, cycleContaining(today, 4), 6, today, {
    wait: async () => undefined,
    onProgress: () => undefined
  });
  const tom = servicesAs(emulator, TOM);
  const slot = await firstFreeSlot(tom.calendar, roster[0], tomPattern, 'oneToOne', today);
  const made = await bookMeeting(tom.calendar, tom.meetings, oneToOneBooking(roster[0], slot), wording);
  if (!made.ok) throw new Error('booking failed');
  const listed = await servicesAs(emulator, HR).roster.listRoster();
  return { emulator, aisha: (listed.ok ? listed.value.entries : [])[0] };
}

describe('recording a leaver', () => {
  it('cancels their future meetings in the emulated calendars with a neutral message and closes their access', async () => {
    const { emulator, aisha } = await booked();
    emulator.state.graph.delegates = { [TOM]: [HR] };
    const hr = servicesAs(emulator, HR);

    const result = await recordLeaver(hr, aisha, isoDate('2026-12-31'), isoInstant('2026-11-24T12:00:00Z'), MESSAGE);

    expect(result.ok && [result.value.cancelled, result.value.notCancelled.length]).toEqual([1, 0]);
    const copies = emulator.state.graph.events.filter((e) => e.mailbox === AISHA);
    expect(copies.map((e) => e.isCancelled)).toEqual([true]);
    expect(emulator.state.graph.events.filter((e) => e.mailbox === TOM)).toEqual([]);
    const record = await hr.reader.mine(aisha.id);
    expect(record.ok && record.value.record?.meetings.map((m) => m.status)).toEqual(['cancelled']);
    const users = emulator.state.sharepoint.groups.find((g) => g.title === 'Appraisal Users');
    const aishaUser = emulator.state.sharepoint.users.find((u) => u.email.toLowerCase() === AISHA);
    expect(users?.memberIds).not.toContain(aishaUser?.id);
    expect(await servicesAs(emulator, AISHA).reader.mine(aisha.id)).not.toMatchObject({ ok: true, value: { record: expect.anything() } });
  });

  it('without a shared calendar cancels nothing in Outlook and names the meetings for the reviewer to cancel', async () => {
    const { emulator, aisha } = await booked();

    const result = await recordLeaver(
      servicesAs(emulator, HR),
      aisha,
      isoDate('2026-12-31'),
      isoInstant('2026-11-24T12:00:00Z'),
      MESSAGE
    );

    expect(result.ok && [result.value.cancelled, result.value.notCancelled.length]).toEqual([0, 1]);
    expect(emulator.state.graph.events.filter((e) => e.mailbox === AISHA).map((e) => e.isCancelled ?? false)).toEqual([false]);
  });
});
