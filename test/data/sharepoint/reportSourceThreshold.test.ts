/**
 * @jest-environment node
 *
 * Reading everyone's meetings when the records list holds more than 5,000 of them: SharePoint refuses the single
 * RecordKind query (list-view threshold), so the adapter reads them by staff key in chunks, each far below it.
 */
import { seedBigTrust } from '../../../fixtures/tenant/bigTrust';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';

const HR = upnWithRole('hrAdmin');
let emulator: TenantEmulator;

beforeAll(async () => {
  emulator = await provisionedEmulator();
  const list = seedBigTrust(emulator.state, { staff: 100, items: 6000, cycles: ['2026/27', '2025/26'] });
  const meeting = { v: 1, kind: 'oneToOne', eventId: 'e1', start: '2026-05-01T09:00:00Z', end: '2026-05-01T09:30:00Z', status: 'booked' };
  for (const item of list.items)
    if (item.values.RecordKind === 'objective') Object.assign(item.values, { RecordKind: 'meeting', Payload: JSON.stringify(meeting) });
});

it('reads more than 5,000 meetings in chunks once the single query is refused', async () => {
  const mark = emulator.log.mark();

  const everyone = await servicesAs(emulator, HR).reportSource.everyone('2026/27');

  const meetings = everyone.ok ? everyone.value.people.reduce((n, p) => n + p.meetings.length, 0) : 0;
  expect(everyone.ok && everyone.value.people).toHaveLength(100);
  expect(meetings).toBe(6000 - 100 - 200);
  expect(emulator.log.since(mark).some((e) => e.status === 500)).toBe(true);
});
