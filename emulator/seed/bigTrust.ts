/**
 * Benchmark sizes: a trust of N staff (default 5,000) with their records over several years, written straight into a
 * set-up site's records list (creating 50,000 items through REST would only measure the emulator). Items carry the
 * same columns and payloads our adapters write, so every product query runs against them unchanged.
 */
import type { TenantState } from '../core/state';
import type { SpItem, SpList } from '../sharepoint/state';

/** What to generate. */
export interface BigTrustOptions {
  staff: number;
  /** Total items in the records list (staff folders included; roster items are in the roster list). */
  items: number;
  /** Cycle labels, newest first, e.g. ['2026/27', '2025/26', …]. */
  cycles: string[];
}

const CATEGORIES = ['learningSupport', 'pupilSupport', 'specialistTechnical', 'adminAndBusiness', 'siteStaff'];
const CONTRACTS = ['permanent', 'permanent', 'permanent', 'fixedTerm', 'casual'];

/** Keys of a generated person. */
export const bigStaffKey = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
/** Generated reviewers: one per 12 staff. */
export const bigReviewerKey = (i: number): string => `00000000-0000-4000-9000-${String(Math.floor(i / 12)).padStart(12, '0')}`;

function cycleDates(label: string): { label: string; start: string; end: string } {
  const year = Number(label.slice(0, 4));
  return { label, start: `${year}-04-01`, end: `${year + 1}-03-31` };
}

/** Fills the records list of a set-up site. Returns the list for direct inspection. */
export function seedBigTrust(state: TenantState, options: BigTrustOptions): SpList {
  const list = state.sharepoint.lists.find((l) => l.title === 'AppraisalRecords');
  const roster = state.sharepoint.lists.find((l) => l.title === 'AppraisalRoster');
  if (!list || !roster) throw new Error('Set the site up first: the records and roster lists do not exist.');
  const authorId = state.sharepoint.users[0]?.id ?? 1;
  const push = (fsObjType: 0 | 1, leaf: string, dir: string, values: Record<string, unknown>, into: SpList = list): void => {
    const id = into.nextItemId++;
    const item: SpItem = {
      id,
      fsObjType,
      fileLeafRef: fsObjType ? leaf : `${id}_.000`,
      fileDirRef: dir,
      values,
      version: 1,
      authorId,
      editorId: authorId,
      created: '2026-04-01T00:00:00Z',
      modified: '2026-04-01T00:00:00Z'
    };
    into.items.push(item);
  };
  for (let i = 0; i < options.staff; i++) {
    const key = bigStaffKey(i);
    const payload = {
      v: 1,
      directoryId: key,
      upn: `staff${i}@trust.example`,
      displayName: `Staff member ${i}`,
      jobTitle: 'Teaching assistant',
      category: CATEGORIES[i % 5],
      contract: CONTRACTS[i % 5],
      probationPassed: true,
      workingPattern: {
        kind: i % 3 ? 'fullTime' : 'partTime',
        days: ['Mon', 'Tue', 'Wed'],
        start: '08:30',
        end: '15:00',
        termTimeOnly: true
      }
    };
    // The person's folder holds their records; their roster item (reviewer and all) is in the admin-only roster list.
    push(1, key, list.url, { Title: key });
    push(0, '', roster.url, { Title: key, StaffKey: key, ReviewerKey: bigReviewerKey(i), Payload: JSON.stringify(payload) }, roster);
  }
  let made = options.staff;
  for (let round = 0; made < options.items; round++) {
    const label = options.cycles[round % options.cycles.length];
    const kind = round < options.cycles.length ? 'cycle' : 'objective';
    for (let i = 0; i < options.staff && made < options.items; i++, made++) {
      const key = bigStaffKey(i);
      const cycleKey = `${key}:${label.replace('/', '-')}${kind === 'objective' ? `:o${round}` : ''}`;
      push(0, '', `${list.url}/${key}`, {
        Title: cycleKey,
        StaffKey: key,
        CycleKey: cycleKey,
        CycleLabel: kind === 'cycle' ? label : null,
        RecordKind: kind,
        ReviewerKey: bigReviewerKey(i),
        Stage: 'planning',
        RetainUntil: kind === 'cycle' ? `${Number(label.slice(0, 4)) + 8}-03-31T00:00:00Z` : null,
        Payload: JSON.stringify({ v: 1, track: 'fullCycle', cycle: cycleDates(label) })
      });
    }
  }
  return list;
}
