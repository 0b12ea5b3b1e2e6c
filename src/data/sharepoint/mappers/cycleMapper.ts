/** Cycle records ↔ items of the records list (RecordKind 'cycle'). */
import { z } from 'zod';
import { fail, ok, STAGES, type CycleWindow, type IsoDate, type Result } from '../../../domain';
import type { CycleRecordSummary, DataError } from '../../ports';
import { LISTS } from '../schema';
import { parsePayload, type RawItem } from './validate';

const cyclePayload = z.object({
  v: z.literal(1),
  track: z.enum(['fullCycle', 'oneToOneOnly']),
  cycle: z.object({ label: z.string(), start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  openedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional()
});

const STAGE_VALUES = [...STAGES, 'agreed', 'closed'] as const;

/** Columns a cycle item is read with. */
export const CYCLE_SELECT = ['Id', 'StaffKey', 'CycleKey', 'RecordKind', 'ReviewerKey', 'Stage', 'Payload'] as const;

/** Reads a cycle item, validating every field. */
export function toCycleSummary(item: RawItem): Result<CycleRecordSummary, DataError> {
  const list = LISTS.records.title;
  const itemId = Number(item.Id);
  const stage = STAGE_VALUES.find((s) => s === item.Stage);
  if (!stage) return fail({ code: 'malformed', list, itemId, field: 'Stage' });
  if (typeof item.CycleKey !== 'string' || !item.CycleKey) return fail({ code: 'malformed', list, itemId, field: 'CycleKey' });
  const payload = parsePayload(item, list, 'Payload', cyclePayload);
  if (!payload.ok) return payload;
  return ok({
    staffKey: String(item.StaffKey), cycleKey: item.CycleKey, cycle: payload.value.cycle as CycleWindow, track: payload.value.track, stage,
    reviewerKey: typeof item.ReviewerKey === 'string' && item.ReviewerKey ? item.ReviewerKey : undefined,
    openedOn: payload.value.openedOn as IsoDate | undefined
  });
}
