/** Trust returns ↔ items of the trust returns list: exact whole-school counts, validated on read. */
import { z } from 'zod';
import { ok, type Result, type TrustReturn } from '../../../domain';
import type { DataError } from '../../ports';
import { LISTS } from '../schema';
import { parsePayload, type RawItem } from './validate';
import { column, measure } from './governorReportMapper';

const count = z.number().int().nonnegative();
/** Strict: counts by measure and column, nothing else (no names, no text). */
export const trustReturnSchema = z.object({
  v: z.literal(1),
  cycleLabel: z.string().regex(/^\d{4}(\/\d{2})?$/),
  counts: z.record(measure, z.record(column, count))
}).strict();

/** Columns a return is read with. */
export const RETURN_SELECT = ['Id', 'Title', 'CycleKey', 'PublishedOn', 'Payload'] as const;

/** The item written beside a published report: the report's own Title and date, and a key made from them. */
export function trustReturnFields(trustReturn: TrustReturn, report: Record<string, unknown>): Record<string, unknown> {
  return {
    Title: report.Title,
    CycleKey: trustReturn.cycleLabel,
    PublishedOn: report.PublishedOn,
    Payload: JSON.stringify(trustReturn),
    EntryKey: `return:${String(report.Title)}`
  };
}

/** Reads a return item. */
export function toTrustReturn(item: RawItem): Result<TrustReturn, DataError> {
  const parsed = parsePayload(item, LISTS.trustReturns.title, 'Payload', trustReturnSchema);
  return parsed.ok ? ok(parsed.value as TrustReturn) : parsed;
}
