/** Prepares the trust report (trust administrators): each school site's published report and return, rolled up. */
import { buildTrustReport, ok, type IsoDate, type Result, type TrustReportSnapshot } from '../../domain';
import type {
  Clock,
  DataError,
  PublishedTrustReportSummary,
  SettingsReader,
  TrustReportSource,
  TrustReportStore,
  TrustSiteRead,
  TrustSites
} from '../../data/ports';

/** What preparing needs: the trust's sites (its settings), the reader of school sites, k, and the date. */
export interface PrepareTrustInputs {
  trustSites: TrustSites;
  trustReports: TrustReportSource;
  settings: SettingsReader;
  clock: Clock;
}

/** The trust report as board members would read it, and the school sites it could not include, with why. */
export interface PreparedTrustReport {
  snapshot: TrustReportSnapshot;
  notAvailable: Array<Extract<TrustSiteRead, { available: false }>>;
  /** The roll-up's exact audit: values below k shown or derivable. Always 0 from the domain; kept for the record. */
  disclosures: number;
}

/** Reads every school site of the trust once and builds the report; a site that cannot be read is listed, not fatal. */
export async function prepareTrustReport(
  { trustSites, trustReports, settings, clock }: PrepareTrustInputs,
  cycleLabel: string
): Promise<Result<PreparedTrustReport, DataError>> {
  const [sites, scheme] = await Promise.all([trustSites.list(), settings.getSettings()]);
  if (!sites.ok) return sites;
  if (!scheme.ok) return scheme;
  const read = await trustReports.schools(sites.value, cycleLabel);
  const schools = read.flatMap((r) => (r.available ? [r.school] : []));
  const { snapshot, audit } = buildTrustReport(schools, cycleLabel, clock.today(), scheme.value.suppressionThreshold);
  return ok({
    snapshot,
    notAvailable: read.filter((r): r is Extract<TrustSiteRead, { available: false }> => !r.available),
    disclosures: audit.disclosures
  });
}

/**
 * Publishes a prepared trust report on the trust's own site, for its board. The store is the check: only the trust
 * site's administrators can write it (SharePoint refuses anyone else).
 */
export function publishTrustReport(
  store: TrustReportStore,
  prepared: PreparedTrustReport,
  publishedOn: IsoDate
): Promise<Result<PublishedTrustReportSummary, DataError>> {
  return store.publish(
    { snapshot: prepared.snapshot, notAvailable: prepared.notAvailable.map(({ site, reason }) => ({ site, reason })) },
    publishedOn
  );
}
