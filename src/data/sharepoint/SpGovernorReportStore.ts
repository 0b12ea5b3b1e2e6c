/** GovernorReportStore over SharePoint: one item per published snapshot in the GovernorReports list. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { fail, fingerprint, ok, type GovernorReportSnapshot, type IsoDate, type Result, type TrustReturn } from '../../domain';
import type { DataError, GovernorReportStore, PublishedReport, PublishedReportSummary } from '../ports';
import { LISTS } from './schema';
import { toDataError } from './errors';
import { trustReturnFields } from './mappers/trustReturnMapper';
import { REPORT_LIST_SELECT, REPORT_SELECT, reportFields, toPublishedReport, toReportSummary } from './mappers/governorReportMapper';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';
import { addAuditEntry, addOnce } from './addOnce';
import { newEntryKey } from './entryKey';

/** Governors (Read on the list) list and open reports; administrators publish them. */
export class SpGovernorReportStore implements GovernorReportStore {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LISTS.governorReports.title);
  }

  async listPublished(): Promise<Result<PublishedReportSummary[], DataError>> {
    try {
      const summaries: PublishedReportSummary[] = [];
      for await (const page of this.list.items
        .select(...REPORT_LIST_SELECT)
        .orderBy('PublishedOn', false)
        .top(500)) {
        for (const item of page as RawItem[]) {
          const summary = toReportSummary(item);
          if (!summary.ok) return summary;
          summaries.push(summary.value);
        }
      }
      return ok(summaries);
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async getPublished(id: string): Promise<Result<PublishedReport, DataError>> {
    if (!/^\d+$/.test(id)) return fail({ code: 'notFound' });
    try {
      return toPublishedReport(await this.list.items.getById(Number(id)).select(...REPORT_SELECT)<RawItem>());
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async publish(
    snapshot: GovernorReportSnapshot,
    publishedOn: IsoDate,
    trustReturn?: TrustReturn
  ): Promise<Result<PublishedReportSummary, DataError>> {
    try {
      const fields = reportFields(snapshot, publishedOn);
      // The trust's exact return first, under a key made from the report's: sent again it lands once (the unique
      // EntryKey), and a report is never listed without its return. Only trust administrators read that list.
      if (trustReturn)
        await addOnce(() => this.sp.web.lists.getByTitle(LISTS.trustReturns.title).items.add(trustReturnFields(trustReturn, fields)));
      // Re-run after a lost response: the report already published under this key is the answer, not a second one.
      const same = await this.list.items
        .filter(`CycleKey eq ${odataString(snapshot.cycleLabel)}`)
        .select(...REPORT_LIST_SELECT)
        .top(500)<RawItem[]>();
      const found = same.find((i) => i.Title === fields.Title);
      if (found) return toReportSummary(found);
      const added = (await addOnce(() => this.list.items.add({ ...fields, EntryKey: newEntryKey() }))) as
        (RawItem & { Id?: number; data?: RawItem }) | undefined;
      const id = Number(added?.Id ?? added?.data?.Id);
      if (!added || !id) {
        const now = await this.list.items
          .filter(`CycleKey eq ${odataString(snapshot.cycleLabel)}`)
          .select(...REPORT_LIST_SELECT)
          .top(500)<RawItem[]>();
        const published = now.find((i) => i.Title === fields.Title);
        return published ? toReportSummary(published) : fail({ code: 'unexpected', detail: 'The published report could not be found' });
      }
      return toReportSummary(await this.list.items.getById(id).select(...REPORT_LIST_SELECT)<RawItem>());
    } catch (error) {
      return fail(toDataError(error));
    }
  }

  async withdraw(id: string): Promise<Result<void, DataError>> {
    if (!/^\d+$/.test(id)) return fail({ code: 'notFound' });
    try {
      const item = this.list.items.getById(Number(id));
      // A report already withdrawn is notFound, as for someone who cannot read the list: the caller lists again.
      const found = await item.select('Id', 'Title', 'CycleKey', 'Payload')<RawItem>();
      // The audit entry first: a run cut off after it is run again, and withdrawing twice records it twice, never not at all.
      await addAuditEntry(this.sp, {
        Title: 'reportWithdrawn',
        StaffKey: '',
        Action: 'reportWithdrawn',
        RecordRef: `${LISTS.governorReports.title}:${id}`,
        ContentHash: typeof found.Payload === 'string' ? fingerprint(found.Payload) : '',
        Payload: JSON.stringify({ report: found.Title, cycle: found.CycleKey })
      });
      await item.recycle();
      return ok(undefined);
    } catch (error) {
      return fail(toDataError(error));
    }
  }
}
