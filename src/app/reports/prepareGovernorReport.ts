/** Prepares and publishes the governor report: records in, an anonymised snapshot of published values out. */
import {
  buildGovernorReport,
  DEFAULT_EQUALITY_GAP_POINTS,
  equalityFlags,
  inScope,
  ok,
  trustReturnOf,
  type EqualityFlag,
  type GovernorReportSnapshot,
  type Result,
  type TrustReturn
} from '../../domain';
import type {
  Clock,
  DataError,
  GovernorReportStore,
  ItemProblem,
  PublishedReportSummary,
  ReportSource,
  SettingsReader
} from '../../data/ports';
import type { ReviewRequestStore } from '../../data/ports/reviewRequests';
import { toReportPeople } from './reportPeople';

/** What preparing needs: everyone's records (administrators only), the settings for k, and the date. */
export interface PrepareInputs {
  source: ReportSource;
  settings: SettingsReader;
  clock: Clock;
  /** Review requests after the final review (UK-8), counted per person; without it none are counted. */
  reviewRequests?: ReviewRequestStore;
}

/** A prepared report: the snapshot governors would get, and every equality flag, which only the head sees (UK-13). */
export interface PreparedReport {
  snapshot: GovernorReportSnapshot;
  flagsForHead: EqualityFlag[];
  /** Items left out of the counts (unreadable, or not in their own person's folder), for the head to look into. */
  problems: ItemProblem[];
  /** The school's exact counts for its trust, published beside the report for trust administrators only. */
  trustReturn: TrustReturn;
}

/** The report for a cycle exactly as governors would see it; nothing is stored until it is published. */
export async function prepareGovernorReport(
  { source, settings, clock, reviewRequests }: PrepareInputs,
  cycleLabel: string
): Promise<Result<PreparedReport, DataError>> {
  const [scheme, records, requests] = await Promise.all([
    settings.getSettings(),
    source.everyone(cycleLabel),
    reviewRequests ? reviewRequests.list() : Promise.resolve(ok([]))
  ]);
  if (!scheme.ok) return scheme;
  if (!records.ok) return records;
  // A count that cannot be read is not reported as nought.
  if (!requests.ok) return requests;
  const people = toReportPeople(records.value.people, cycleLabel, clock.today(), clock.now(), requests.value);
  const options = { k: scheme.value.suppressionThreshold, equalityGapPoints: DEFAULT_EQUALITY_GAP_POINTS };
  const snapshot = buildGovernorReport(people, cycleLabel, clock.today(), options);
  return ok({
    snapshot,
    flagsForHead: snapshot.scope === 'tooFew' ? [] : equalityFlags(inScope(people), options),
    problems: records.value.problems,
    trustReturn: trustReturnOf(people, cycleLabel)
  });
}

/** Publishes a prepared snapshot for governors, dated today, with the school's return for its trust when given. */
export function publishGovernorReport(
  store: GovernorReportStore,
  clock: Clock,
  snapshot: GovernorReportSnapshot,
  trustReturn?: TrustReturn
): Promise<Result<PublishedReportSummary, DataError>> {
  return store.publish(snapshot, clock.today(), trustReturn);
}
