/**
 * @jest-environment node
 *
 * HR's disposal review over the emulator through the production adapters: every retained item is dated by the one
 * rule, only items past retention and not held are recycled, the log keeps counts and keys, and a re-run changes
 * nothing. With a Purview label named, every retained item carries it (SetComplianceTagOnBulkItems).
 */
import { openCycle } from '../../../../src/app/openCycle';
import { confirmDisposal, prepareDisposalReview } from '../../../../src/app/dataProtection/disposalReview';
import { cycleContaining } from '../../../../src/domain';
import type { TenantEmulator } from '../../../../emulator/core/TenantEmulator';
import type { SpItem } from '../../../../emulator/sharepoint/state';
import type { AppServices, RosterEntry } from '../../../../src/data/ports';
import { servicesAs, upnWithRole } from '../../../support/overEmulator';
import { provisionedEmulator } from '../../../support/provisioned';
import { importSeededRoster } from '../../../support/seededRoster';
import { isoDate } from '../../../support/builders';

const HR = upnWithRole('hrAdmin');
const AISHA = 'aisha.begum@riversideprimary.onmicrosoft.com';
const HANNAH = 'hannah.wright@riversideprimary.onmicrosoft.com';
const today = isoDate('2026-11-24');
const noWait = { wait: async (): Promise<void> => undefined, onProgress: (): void => undefined };

async function school(): Promise<{ emulator: TenantEmulator; hr: AppServices; roster: RosterEntry[] }> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, [AISHA, HANNAH]);
  const hr = servicesAs(emulator, HR);
  // An old cycle, kept until 31 March 2025 (past), and this year's (kept until 2033).
  for (const date of ['2018-06-01', today]) {
    const opened = await openCycle(roster, hr.records, cycleContaining(isoDate(date), 4), 6, today, noWait);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  }
  return { emulator, hr, roster };
}

const itemsOf = (emulator: TenantEmulator, title: string): SpItem[] =>
  emulator.state.sharepoint.lists.find((l) => l.title === title)?.items ?? [];

describe('the disposal review', () => {
  it('recycles only what is due, not what is held, logs counts and keys, and changes nothing when run again', async () => {
    const { emulator, hr, roster } = await school();
    const [aisha, hannah] = [roster.find((r) => r.upn === AISHA) as RosterEntry, roster.find((r) => r.upn === HANNAH) as RosterEntry];
    expect(await hr.retention.placeHold({ staffKey: hannah.id, reason: 'Grievance in progress', placedOn: today })).toEqual({
      ok: true,
      value: undefined
    });

    const preview = await prepareDisposalReview(hr, today);
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));

    const due = preview.value.due;
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((i) => i.staffKey === aisha.id && (i.retainUntil ?? '') < today)).toBe(true);
    expect(due.map((i) => i.ref)).toContain(`${aisha.id}:2018-19`);
    expect(preview.value.held.map((h) => [h.item.staffKey, h.reason])).toContainEqual([hannah.id, 'Grievance in progress']);
    expect(preview.value.held.every((h) => h.item.staffKey === hannah.id)).toBe(true);
    // Every retained item now carries a date from the rule: this year's records until 31 March 2033.
    const current = itemsOf(emulator, 'AppraisalRecords').find((i) => i.values.CycleKey === `${aisha.id}:2026-27`);
    expect(String(current?.values.RetainUntil)).toMatch(/^2033-03-31/);
    expect(itemsOf(emulator, 'AppraisalAudit').every((i) => i.values.RetainUntil)).toBe(true);

    const done = await confirmDisposal(hr.retention, preview.value, 'Priya Shah', today);

    expect(done).toEqual({ ok: true, value: { recycled: due.length, byList: expect.any(Object), alreadyGone: 0 } });
    const left = new Set(itemsOf(emulator, 'AppraisalRecords').map((i) => i.values.CycleKey));
    expect(left.has(`${aisha.id}:2018-19`)).toBe(false);
    expect(left.has(`${hannah.id}:2018-19`)).toBe(true);
    expect(left.has(`${aisha.id}:2026-27`)).toBe(true);
    expect(emulator.state.sharepoint.recycleBin?.length).toBe(due.length);
    const log = await hr.retention.disposalLog();
    expect(log.ok && log.value.map((e) => [e.on, e.recycled, e.refs.length])).toEqual([[today, due.length, due.length]]);
    // Keys and counts only: nothing of any record's content (Payload) is in the log.
    const logText = JSON.stringify(itemsOf(emulator, 'AppraisalDisposalLog').map((i) => i.values));
    expect(logText).not.toMatch(/"track"|openedOn|fullCycle/);

    const again = await prepareDisposalReview(hr, today);
    expect(again.ok && [again.value.due.length, again.value.restamped]).toEqual([0, 0]);
    const noMore = await confirmDisposal(hr.retention, again.ok ? again.value : preview.value, 'Priya Shah', today);
    expect(noMore).toEqual({ ok: true, value: { recycled: 0, byList: {}, alreadyGone: 0 } });
    const sentTwice = await confirmDisposal(hr.retention, preview.value, 'Priya Shah', today);
    expect(sentTwice.ok && sentTwice.value).toEqual({ recycled: 0, byList: {}, alreadyGone: due.length });
    expect((await hr.retention.disposalLog()).ok && itemsOf(emulator, 'AppraisalDisposalLog')).toHaveLength(1);
  });

  it('keeps a leaver’s records until the leaving date plus the years, where that is later', async () => {
    const { emulator, hr, roster } = await school();
    const aisha = roster.find((r) => r.upn === AISHA) as RosterEntry;
    const listed = await hr.roster.listRoster();
    const entry = listed.ok ? listed.value.entries.find((e) => e.id === aisha.id) : undefined;
    const closed = await hr.records.closeAccess(entry as RosterEntry, isoDate('2027-08-31'));
    expect(closed.ok).toBe(true);

    const preview = await prepareDisposalReview(hr, today);

    expect(preview.ok).toBe(true);
    const current = itemsOf(emulator, 'AppraisalRecords').find((i) => i.values.CycleKey === `${aisha.id}:2026-27`);
    expect(String(current?.values.RetainUntil)).toMatch(/^2033-08-31/);
  });

  it('applies the school’s Purview retention label to every retained item, and refuses a label the tenant does not have', async () => {
    const { emulator, hr } = await school();
    await hr.retention.saveRetentionLabel('Staff appraisal records (6 years)');

    const preview = await prepareDisposalReview(hr, today);

    expect(preview.ok ? 'ok' : JSON.stringify(preview.error)).toBe('ok');
    const retained = ['AppraisalRecords', 'AppraisalAudit'].flatMap((t) => itemsOf(emulator, t).filter((i) => i.fsObjType === 0));
    expect(retained.length).toBeGreaterThan(0);
    expect(retained.every((i) => i.values._ComplianceTag === 'Staff appraisal records (6 years)')).toBe(true);
    await hr.retention.saveRetentionLabel('No such label');
    expect(await prepareDisposalReview(hr, today)).toMatchObject({ ok: false });
  });
});
