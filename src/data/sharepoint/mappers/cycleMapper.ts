/** Cycle records ↔ items of the records list (RecordKind 'cycle'). */
import { z } from 'zod';
import {
  awaitingAgreement,
  currentStage,
  emptyCycleDocument,
  fail,
  notRequiredFor,
  ok,
  STAGES,
  stagesSetAside,
  trackFor,
  withTrustedSignatures,
  type CycleDocument,
  type CycleWindow,
  type DirectoryId,
  type IsoDate,
  type IsoInstant,
  type Result,
  type SignatureEntry,
  type StaffMember
} from '../../../domain';
import type { CycleRecordSummary, DataError, StoredCycle } from '../../ports';
import { LISTS } from '../schema';
import { etagOf, parsePayload, type RawItem } from './validate';
import { cycleDocumentSchema } from './cycleDocumentSchema';

const cyclePayload = z.object({
  v: z.union([z.literal(1), z.literal(2)]),
  track: z.enum(['fullCycle', 'oneToOneOnly']),
  cycle: z.object({ label: z.string(), start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  openedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** v2: the cycle's content; absent until either party first saves. */
  document: cycleDocumentSchema.optional()
});


const STAGE_VALUES = [...STAGES, 'agreed', 'closed'] as const;

/** Columns a cycle item is read with. */
export const CYCLE_SELECT = [
  'Id',
  'StaffKey',
  'CycleKey',
  'RecordKind',
  'ReviewerKey',
  'Stage',
  'Payload',
  'Modified',
  'EditorId'
] as const;

/**
 * Reads a cycle item, validating every field. Where the record stands comes from its content and the trusted
 * signatures only (`withTrustedSignatures`, `currentStage`): the item's own Stage column, which its parties can
 * write, is read only for records outside the full cycle (one-to-ones only), never for agreement.
 */
export function toCycleSummary(
  item: RawItem,
  signatures: readonly SignatureEntry[],
  appraisee?: DirectoryId
): Result<CycleRecordSummary, DataError> {
  const list = LISTS.records.title;
  const itemId = Number(item.Id);
  const storedStage = STAGE_VALUES.find((s) => s === item.Stage);
  if (!storedStage) return fail({ code: 'malformed', list, itemId, field: 'Stage' });
  if (typeof item.CycleKey !== 'string' || !item.CycleKey) return fail({ code: 'malformed', list, itemId, field: 'CycleKey' });
  const payload = parsePayload(item, list, 'Payload', cyclePayload);
  if (!payload.ok) return payload;
  const stored = payload.value.document as CycleDocument | undefined;
  const document = stored || signatures.length ? withTrustedSignatures(stored ?? emptyCycleDocument(), signatures, appraisee) : undefined;
  const track = payload.value.track;
  const stage = track === 'fullCycle' ? currentStage(document ?? emptyCycleDocument()) : storedStage;
  return ok({
    staffKey: String(item.StaffKey),
    cycleKey: item.CycleKey,
    cycle: payload.value.cycle as CycleWindow,
    track,
    stage,
    reviewerKey: typeof item.ReviewerKey === 'string' && item.ReviewerKey ? item.ReviewerKey : undefined,
    openedOn: payload.value.openedOn as IsoDate | undefined,
    awaitingAgreement: document && awaitingAgreement(document),
    document,
    lastChanged:
      typeof item.Modified === 'string' ? { at: item.Modified as IsoInstant, byUserId: Number(item.EditorId) || undefined } : undefined
  });
}

/** Reads a cycle item with its content and signatures, validating every field; the etag is "itemId|odata.etag". */
export function toStoredCycle(
  item: RawItem,
  signatures: readonly SignatureEntry[],
  appraisee?: DirectoryId
): Result<StoredCycle, DataError> {
  const summary = toCycleSummary(item, signatures, appraisee);
  if (!summary.ok) return summary;
  const document = summary.value.document ?? emptyCycleDocument();
  return ok({ summary: summary.value, document, etag: `${Number(item.Id)}|${etagOf(item)}` });
}

/**
 * The summary on the track the roster gives the person for that cycle (`trackFor`), which only administrators can
 * change; the track written on the cycle item, which its parties can edit, is not trusted. The stages marked not
 * required and the long absences come from the roster too. The stage follows.
 */
export function onRosterTrack(summary: CycleRecordSummary, person: StaffMember): CycleRecordSummary {
  const track = trackFor(person, summary.cycle) ?? summary.track;
  const notRequired = notRequiredFor(summary.cycle, person.stagesNotRequired);
  const closedNotAgreed = notRequiredFor(summary.cycle, person.stagesClosedNotAgreed);
  const absences = person.absences ?? [];
  const setAside = stagesSetAside({ cycle: summary.cycle, document: summary.document, notRequired, closedNotAgreed });
  const stage =
    track === 'fullCycle'
      ? currentStage(summary.document ?? emptyCycleDocument(), setAside)
      : track === summary.track
        ? summary.stage
        : 'planning';
  return { ...summary, track, stage, notRequired, closedNotAgreed, absences };
}
