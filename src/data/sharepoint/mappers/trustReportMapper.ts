/** Published trust reports ↔ items of the trust reports list (a trust's own site), validated on read. */
import { z } from 'zod';
import { fail, ok, type IsoDate, type Result, type TrustReportSnapshot } from '../../../domain';
import type { DataError, PublishedTrustReport, PublishedTrustReportSummary, TrustSiteNotAvailable } from '../../ports';
import { LISTS } from '../schema';
import { parsePayload, type RawItem } from './validate';
import { column, measure, publishKey } from './governorReportMapper';

const value = z.union([z.number().int().nonnegative(), z.literal('[c]')]);
const cell = z.object({ count: value, percent: value }).strict();
const headcount = z.number().int().nonnegative();
/** A school's name as its site's title: short plain text, nothing else. */
const schoolName = z.string().min(1).max(255);

/** The stored trust report: strict, so anything but published values fails validation. */
export const trustReportSchema = z.object({
  v: z.literal(1),
  snapshot: z.object({
    v: z.literal(1),
    cycleLabel: z.string().regex(/^\d{4}(\/\d{2})?$/),
    k: z.number().int().min(3),
    preparedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    schools: z.array(schoolName),
    tables: z.array(z.object({
      measure,
      population: z.enum(['eligible', 'all']),
      columns: z.array(column),
      // A school row, or the one row of schools not shown separately (school absent: JSON has no undefined).
      rows: z.array(z.object({ school: schoolName.optional(), cells: z.array(cell), total: headcount }).strict()),
      totals: z.object({ cells: z.array(cell), total: headcount }).strict()
    }).strict()),
    leftOut: z.array(measure)
  }).strict(),
  notAvailable: z.array(z.object({ site: z.string().url(), reason: z.enum(['nothingPublished', 'unreadable']) }).strict())
}).strict();

/** Columns a trust report item is listed with, and read with. */
export const TRUST_REPORT_LIST_SELECT = ['Id', 'Title', 'CycleKey', 'PublishedOn'] as const;
export const TRUST_REPORT_SELECT = [...TRUST_REPORT_LIST_SELECT, 'Payload'] as const;

/** SharePoint column values for a trust report; Title is the idempotency key (same report, same day, same key). */
export function trustReportFields(
  report: { snapshot: TrustReportSnapshot; notAvailable: readonly TrustSiteNotAvailable[] },
  publishedOn: IsoDate
): Record<string, unknown> {
  const payload = JSON.stringify({ v: 1, snapshot: report.snapshot, notAvailable: report.notAvailable });
  return {
    Title: `trust:${publishKey(report.snapshot.cycleLabel, publishedOn, payload)}`,
    CycleKey: report.snapshot.cycleLabel,
    PublishedOn: `${publishedOn}T00:00:00Z`,
    Payload: payload
  };
}

/** Reads a listed trust report item. */
export function toTrustReportSummary(item: RawItem): Result<PublishedTrustReportSummary, DataError> {
  const itemId = Number(item.Id);
  const on = typeof item.PublishedOn === 'string' ? item.PublishedOn.slice(0, 10) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) return fail({ code: 'malformed', list: LISTS.trustReports.title, itemId, field: 'PublishedOn' });
  if (typeof item.CycleKey !== 'string' || !item.CycleKey)
    return fail({ code: 'malformed', list: LISTS.trustReports.title, itemId, field: 'CycleKey' });
  return ok({ id: String(itemId), cycleLabel: item.CycleKey, publishedOn: on as IsoDate });
}

/** Reads a trust report item with its roll-up, validating every field. */
export function toPublishedTrustReport(item: RawItem): Result<PublishedTrustReport, DataError> {
  const summary = toTrustReportSummary(item);
  if (!summary.ok) return summary;
  const parsed = parsePayload(item, LISTS.trustReports.title, 'Payload', trustReportSchema);
  if (!parsed.ok) return parsed;
  return ok({
    ...summary.value,
    snapshot: parsed.value.snapshot as TrustReportSnapshot,
    notAvailable: parsed.value.notAvailable
  });
}
