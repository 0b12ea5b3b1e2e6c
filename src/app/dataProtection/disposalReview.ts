/**
 * HR's disposal review (DOMAIN §7.7): bring every retained item's keep-until date up to date from the one domain
 * rule (and apply the school's Purview label, if it names one), then list what is due — past retention and not held —
 * for a preview, and on confirmation recycle exactly those items and log counts and keys. Running it again finds
 * nothing more to do.
 */
import { ok, retainUntilFor, retentionCycleOf, reviewDisposal, type DisposalReview, type IsoDate, type Result } from '../../domain';
import type { DataError, DatedItem, DisposalOutcome, RetentionStamp, RetentionStore, RosterStore, SettingsReader } from '../../data/ports';

/** What the review needs. */
export interface DisposalPorts {
  retention: RetentionStore;
  roster: RosterStore;
  settings: SettingsReader;
}

/** The review HR previews: what is due, what is held and why, and how many retention dates were brought up to date. */
export interface DisposalPreview extends DisposalReview<DatedItem> {
  restamped: number;
}

/** Each item's keep-until date under the school's rule: cycle end + N years, or leaving date + N where later. */
export function retentionStamps(
  items: readonly DatedItem[],
  years: number,
  startMonth: number,
  leftOn: ReadonlyMap<string, IsoDate>
): RetentionStamp[] {
  return items.map((item) => ({
    item,
    retainUntil: retainUntilFor(retentionCycleOf(item.cycleKey, item.created, startMonth), years, leftOn.get(item.staffKey))
  }));
}

/** Dates every item, then reviews what is due on `today`. */
export async function prepareDisposalReview(ports: DisposalPorts, today: IsoDate): Promise<Result<DisposalPreview, DataError>> {
  const [settings, roster, items, holds, label] = await Promise.all([
    ports.settings.getSettings(),
    ports.roster.listRoster(),
    ports.retention.retainedItems(),
    ports.retention.holds(),
    ports.retention.retentionLabel()
  ]);
  if (!settings.ok) return settings;
  if (!roster.ok) return roster;
  if (!items.ok) return items;
  if (!holds.ok) return holds;
  if (!label.ok) return label;
  const leftOn = new Map(roster.value.entries.flatMap((e) => (e.leftOn ? [[String(e.id), e.leftOn] as [string, IsoDate]] : [])));
  const stamps = retentionStamps(items.value, settings.value.retentionYears, settings.value.cycleStartMonth, leftOn);
  const stamped = await ports.retention.stamp(stamps, label.value);
  if (!stamped.ok) return stamped;
  const dated = stamps.map((s) => ({ ...s.item, retainUntil: s.retainUntil }));
  return ok({ ...reviewDisposal(dated, holds.value, today), restamped: stamped.value });
}

/** Recycles the previewed due items and logs them. */
export function confirmDisposal(
  retention: RetentionStore,
  preview: DisposalPreview,
  authorisedBy: string,
  today: IsoDate
): Promise<Result<DisposalOutcome, DataError>> {
  return retention.dispose(preview.due, authorisedBy, today);
}
