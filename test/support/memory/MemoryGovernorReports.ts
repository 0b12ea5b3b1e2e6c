import { fail, ok, type GovernorReportSnapshot, type IsoDate, type Result } from '../../../src/domain';
import type {
  DataError,
  GovernorReportStore,
  PersonRecords,
  PeopleRecords,
  ItemProblem,
  PublishedReport,
  PublishedReportSummary,
  ReportSource
} from '../../../src/data/ports';

/** Published reports in memory; `failNextPublish` makes the next publish fail as SharePoint might. */
export class MemoryGovernorReports implements GovernorReportStore {
  readonly reports: PublishedReport[] = [];
  failNextPublish: DataError | undefined;
  private lastId = 0;

  async listPublished(): Promise<Result<PublishedReportSummary[], DataError>> {
    // Newest first by the day published, as SpGovernorReportStore orders them (a stable sort keeps later ones first on a day).
    const newest = [...this.reports].reverse().sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
    return ok(newest.map(({ id, cycleLabel, publishedOn }) => ({ id, cycleLabel, publishedOn })));
  }

  async getPublished(id: string): Promise<Result<PublishedReport, DataError>> {
    const found = this.reports.find((r) => r.id === id);
    return found ? ok(found) : fail({ code: 'notFound' });
  }

  async publish(snapshot: GovernorReportSnapshot, publishedOn: IsoDate): Promise<Result<PublishedReportSummary, DataError>> {
    if (this.failNextPublish) {
      const error = this.failNextPublish;
      this.failNextPublish = undefined;
      return fail(error);
    }
    // The same snapshot published the same day is the same report (a retry after a lost response), as SpGovernorReportStore.
    const same = this.reports.find(
      (r) =>
        r.cycleLabel === snapshot.cycleLabel && r.publishedOn === publishedOn && JSON.stringify(r.snapshot) === JSON.stringify(snapshot)
    );
    if (same) return ok({ id: same.id, cycleLabel: same.cycleLabel, publishedOn: same.publishedOn });
    const report: PublishedReport = {
      id: String(++this.lastId),
      cycleLabel: snapshot.cycleLabel,
      publishedOn,
      snapshot: JSON.parse(JSON.stringify(snapshot)) as GovernorReportSnapshot
    };
    this.reports.push(report);
    return ok({ id: report.id, cycleLabel: report.cycleLabel, publishedOn });
  }

  /** Ids withdrawn, in order: the audit entries SpGovernorReportStore writes. */
  readonly withdrawn: string[] = [];

  async withdraw(id: string): Promise<Result<void, DataError>> {
    const at = this.reports.findIndex((r) => r.id === id);
    if (at === -1) return fail({ code: 'notFound' });
    this.withdrawn.push(id);
    this.reports.splice(at, 1);
    return ok(undefined);
  }
}

/** Everyone's records as a test puts them in; `refuse` answers as for someone who is not an administrator. */
export class MemoryReportSource implements ReportSource {
  /** Items the adapter would have left out (strays, unreadable items), as a test sets them. */
  readonly problems: ItemProblem[] = [];

  constructor(readonly people: PersonRecords[] = [], readonly refuse = false) {}

  async everyone(cycleLabel: string): Promise<Result<PeopleRecords, DataError>> {
    if (this.refuse) return fail({ code: 'accessDenied' });
    const people = this.people
      .filter((p) => p.cycles.some((c) => c.cycle.label === cycleLabel))
      .map((p) => ({ ...p, cycles: p.cycles.filter((c) => c.cycle.label === cycleLabel) }));
    return ok({ people, problems: [...this.problems] });
  }
}
