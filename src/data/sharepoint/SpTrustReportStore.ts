/** TrustReportStore over SharePoint: one item per published trust report in the trust site's AppraisalTrustReports. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { fail, ok, type IsoDate, type Result, type TrustReportSnapshot } from '../../domain';
import type { DataError, PublishedTrustReport, PublishedTrustReportSummary, TrustReportStore, TrustSiteNotAvailable } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { TRUST_REPORT_LIST_SELECT, TRUST_REPORT_SELECT, toPublishedTrustReport, toTrustReportSummary, trustReportFields } from './mappers/trustReportMapper';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';
import { addOnce } from './addOnce';

/** The trust board (Read on the list) lists and opens trust reports; the trust site's administrators publish them. */
export class SpTrustReportStore implements TrustReportStore {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LISTS.trustReports.title);
  }

  async listPublished(): Promise<Result<PublishedTrustReportSummary[], DataError>> {
    try {
      const items = await this.list.items.select(...TRUST_REPORT_LIST_SELECT).orderBy('PublishedOn', false).orderBy('Id', false).top(500)<RawItem[]>();
      const summaries: PublishedTrustReportSummary[] = [];
      for (const item of items) {
        const summary = toTrustReportSummary(item);
        if (!summary.ok) return summary;
        summaries.push(summary.value);
      }
      return ok(summaries);
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async getPublished(id: string): Promise<Result<PublishedTrustReport, DataError>> {
    if (!/^\d+$/.test(id)) return fail({ code: 'notFound' });
    try {
      return toPublishedTrustReport(await this.list.items.getById(Number(id)).select(...TRUST_REPORT_SELECT)<RawItem>());
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async publish(
    report: { snapshot: TrustReportSnapshot; notAvailable: readonly TrustSiteNotAvailable[] },
    publishedOn: IsoDate
  ): Promise<Result<PublishedTrustReportSummary, DataError>> {
    try {
      const fields = trustReportFields(report, publishedOn);
      const find = async (): Promise<RawItem | undefined> =>
        (
          await this.list.items
            .filter(`CycleKey eq ${odataString(report.snapshot.cycleLabel)}`)
            .select(...TRUST_REPORT_LIST_SELECT)
            .top(500)<RawItem[]>()
        ).find((i) => i.Title === fields.Title);
      // Re-run after a lost response: the report already published under this key is the answer, not a second one.
      const same = await find();
      if (same) return toTrustReportSummary(same);
      // The key is the Title itself: two administrators publishing the same report at once make one item (unique EntryKey).
      await addOnce(() => this.list.items.add({ ...fields, EntryKey: fields.Title }));
      const published = await find();
      return published ? toTrustReportSummary(published) : fail({ code: 'unexpected', detail: 'The published trust report could not be found' });
    } catch (error) {
      return fail(toDataError(error));
    }
  }
}
