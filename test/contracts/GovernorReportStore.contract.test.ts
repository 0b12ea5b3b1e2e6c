/**
 * @jest-environment node
 *
 * The GovernorReportStore contract: the memory fake and SpGovernorReportStore over the emulator (as the HR lead)
 * pass the same tests. Publishing is idempotent (the same snapshot the same day is one report); lists are newest first.
 */
import { buildGovernorReport, DEFAULT_EQUALITY_GAP_POINTS, type GovernorReportSnapshot } from '../../src/domain';
import type { GovernorReportStore } from '../../src/data/ports';
import { MemoryGovernorReports } from '../support/memory/MemoryGovernorReports';
import { servicesAs, upnWithRole } from '../support/overEmulator';
import { provisionedEmulator } from '../support/provisioned';
import { isoDate } from '../support/builders';
import { value as must } from '../support/results';

/** A snapshot as the domain builds it for a cycle (too few people to publish tables: nothing names anyone). */
const snapshot = (cycleLabel: string, k = 5): GovernorReportSnapshot =>
  buildGovernorReport([], cycleLabel, isoDate('2026-11-20'), { k, equalityGapPoints: DEFAULT_EQUALITY_GAP_POINTS });
const ON = isoDate('2026-11-24');

export function describeGovernorReportStoreContract(name: string, makeSubject: () => Promise<GovernorReportStore>): void {
  describe(`GovernorReportStore contract: ${name}`, () => {
    let reports: GovernorReportStore;
    beforeEach(async () => {
      reports = await makeSubject();
    }, 60000);

    it('lists nothing before anything is published', async () => {
      expect(await reports.listPublished()).toEqual({ ok: true, value: [] });
    });

    it('publishes a snapshot: the summary is listed, and the report opens with exactly the snapshot', async () => {
      const published = must(await reports.publish(snapshot('2026/27'), ON));

      expect(published).toEqual({ id: expect.any(String), cycleLabel: '2026/27', publishedOn: ON });
      expect(await reports.listPublished()).toEqual({ ok: true, value: [published] });
      expect(await reports.getPublished(published.id)).toEqual({ ok: true, value: { ...published, snapshot: snapshot('2026/27') } });
    });

    it('publishing the same snapshot the same day twice is one report', async () => {
      const first = must(await reports.publish(snapshot('2026/27'), ON));

      const again = must(await reports.publish(snapshot('2026/27'), ON));

      expect(again).toEqual(first);
      expect(must(await reports.listPublished())).toHaveLength(1);
    });

    it('a different snapshot of the same cycle is another report', async () => {
      const first = must(await reports.publish(snapshot('2026/27'), ON));

      const other = must(await reports.publish(snapshot('2026/27', 6), ON));

      expect(other.id).not.toBe(first.id);
      expect(must(await reports.getPublished(other.id)).snapshot.k).toBe(6);
      expect(must(await reports.listPublished())).toHaveLength(2);
    });

    it('lists newest first by the day published, whatever order they were published in', async () => {
      const days = ['2026-04-20', '2027-04-19', '2025-04-21'].map(isoDate);
      for (const [i, day] of days.entries()) must(await reports.publish(snapshot(`202${4 + i}/2${5 + i}`), day));

      const listed = must(await reports.listPublished());

      expect(listed.map((r) => r.publishedOn)).toEqual([...days].sort().reverse());
    });

    it('is notFound for a report that was never published', async () => {
      const published = must(await reports.publish(snapshot('2026/27'), ON));

      expect(await reports.getPublished(`${published.id}0`)).toEqual({ ok: false, error: { code: 'notFound' } });
      expect(await reports.getPublished('not-an-id')).toEqual({ ok: false, error: { code: 'notFound' } });
    });

    it('withdraws a report: governors no longer see it, withdrawing again is notFound, and a replacement can be published', async () => {
      const first = must(await reports.publish(snapshot('2026/27'), ON));
      const other = must(await reports.publish(snapshot('2025/26'), ON));

      expect(await reports.withdraw(first.id)).toEqual({ ok: true, value: undefined });
      expect(await reports.withdraw(first.id)).toEqual({ ok: false, error: { code: 'notFound' } });

      expect(must(await reports.listPublished())).toEqual([other]);
      expect(await reports.getPublished(first.id)).toEqual({ ok: false, error: { code: 'notFound' } });
      const replacement = must(await reports.publish(snapshot('2026/27', 6), ON));
      expect(replacement.id).not.toBe(first.id);
      expect(must(await reports.listPublished())).toHaveLength(2);
    });
  });
}

describeGovernorReportStoreContract('MemoryGovernorReports', async () => new MemoryGovernorReports());

describeGovernorReportStoreContract('SpGovernorReportStore over the emulator, as the HR lead', async () =>
  servicesAs(await provisionedEmulator(), upnWithRole('hrAdmin')).governorReports);
