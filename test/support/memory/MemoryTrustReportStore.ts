import { fail, ok, type IsoDate, type Result, type TrustReportSnapshot } from '../../../src/domain';
import type {
  DataError,
  PublishedTrustReport,
  PublishedTrustReportSummary,
  TrustReportStore,
  TrustSiteNotAvailable
} from '../../../src/data/ports';

/** Published trust reports in memory; `refuse` answers as SharePoint does for someone not on the trust board (404). */
export class MemoryTrustReportStore implements TrustReportStore {
  readonly reports: PublishedTrustReport[] = [];
  refuse = false;
  private lastId = 0;

  async listPublished(): Promise<Result<PublishedTrustReportSummary[], DataError>> {
    if (this.refuse) return fail({ code: 'notFound' });
    const newest = [...this.reports].reverse().sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
    return ok(newest.map(({ id, cycleLabel, publishedOn }) => ({ id, cycleLabel, publishedOn })));
  }

  async getPublished(id: string): Promise<Result<PublishedTrustReport, DataError>> {
    const found = this.refuse ? undefined : this.reports.find((r) => r.id === id);
    return found ? ok(found) : fail({ code: 'notFound' });
  }

  async publish(
    report: { snapshot: TrustReportSnapshot; notAvailable: readonly TrustSiteNotAvailable[] },
    publishedOn: IsoDate
  ): Promise<Result<PublishedTrustReportSummary, DataError>> {
    if (this.refuse) return fail({ code: 'accessDenied' });
    const copy = JSON.parse(JSON.stringify(report)) as PublishedTrustReport;
    const key = (r: Pick<PublishedTrustReport, 'snapshot' | 'notAvailable'>): string => JSON.stringify([r.snapshot, r.notAvailable]);
    const same = this.reports.find((r) => r.publishedOn === publishedOn && key(r) === key(copy));
    if (same) return ok({ id: same.id, cycleLabel: same.cycleLabel, publishedOn });
    const published: PublishedTrustReport = { ...copy, id: String(++this.lastId), cycleLabel: report.snapshot.cycleLabel, publishedOn };
    this.reports.push(published);
    return ok({ id: published.id, cycleLabel: published.cycleLabel, publishedOn });
  }
}
