/**
 * @jest-environment node
 *
 * A trust site after six years: 5,000 staff and 50,000 items in the records list. Every query the product makes on
 * the records list must stay inside SharePoint's list-view threshold, which the emulator enforces as SharePoint does.
 */
import { cycleContaining } from '../../../src/domain';
import { seedBigTrust, bigReviewerKey, bigStaffKey } from '../../../fixtures/tenant/bigTrust';
import type { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { servicesAs, upnWithRole } from '../../support/overEmulator';
import { provisionedEmulator } from '../../support/provisioned';
import { isoDate } from '../../support/builders';
import { SCHEMA_VERSION } from '../../../src/data/sharepoint/schema';

const HR = upnWithRole('hrAdmin');
const CYCLES = ['2026/27', '2025/26', '2024/25', '2023/24', '2022/23', '2021/22'];
let emulator: TenantEmulator;

beforeAll(async () => {
  emulator = await provisionedEmulator();
  const list = seedBigTrust(emulator.state, { staff: 5000, items: 50000, cycles: CYCLES });
  expect(list.items).toHaveLength(50000);
});

describe('every records query with 50,000 items in the list', () => {
  it('loads the whole roster of 5,000 staff in pages', async () => {
    const roster = await servicesAs(emulator, HR).roster.listRoster();

    expect(roster.ok && roster.value.entries).toHaveLength(5000);
  });

  it("finds who already has this cycle's record", async () => {
    const opened = await servicesAs(emulator, HR).records.openedFor(cycleContaining(isoDate('2026-11-24'), 4));

    expect(opened.ok && opened.value.size).toBe(5000);
  });

  it("reads one person's records", async () => {
    const mine = await servicesAs(emulator, HR).reader.mine(bigStaffKey(4321));

    expect(mine.ok && mine.value.record?.cycles).toHaveLength(CYCLES.length);
  });

  it("reads a reviewer's team", async () => {
    const team = await servicesAs(emulator, HR).reader.team(bigReviewerKey(120));

    expect(team.ok && team.value.people).toHaveLength(12);
  });

  it("reads everyone's records for the governor report in pages and chunks", async () => {
    const everyone = await servicesAs(emulator, HR).reportSource.everyone('2026/27');

    expect(everyone.ok && everyone.value.people).toHaveLength(5000);
  }, 30_000);

  it('checks the site status', async () => {
    expect(await servicesAs(emulator, HR).site.getStatus()).toEqual({ ok: true, value: { kind: 'ready', schemaVersion: SCHEMA_VERSION } });
  });
});
