/**
 * Review request and decision items ↔ the domain. An item counts only where its writer is the one SharePoint let
 * write there (docs/security.md): a request in the person's own appraisee signature folder, a decision in the
 * person's review folder (administrators only). Whatever an item says about who wrote it, its folder decides.
 */
import { z } from 'zod';
import {
  directoryId,
  fingerprint,
  REVIEW_DECISIONS,
  type IsoInstant,
  type ReviewDecision,
  type ReviewRequest
} from '../../../domain';
import { REVIEW_SIGNATURE_KINDS, reviewFolderName, signatureFolderName } from '../schema';
import type { RawItem } from './validate';

const requestPayload = z.object({
  v: z.literal(1),
  reasons: z.string().min(1),
  recordAsItWas: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().min(10),
  by: z.string(),
  name: z.string()
});

const decisionPayload = z.object({
  v: z.literal(1),
  outcome: z.enum(REVIEW_DECISIONS),
  reasons: z.string().min(1),
  amendment: z.string().optional(),
  /** The request's fingerprint: a decision answers only the request it names. */
  answers: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().min(10),
  by: z.string()
});

export type RequestPayload = z.infer<typeof requestPayload>;
export type DecisionPayload = z.infer<typeof decisionPayload>;

/** Columns review items are read with. */
export const REVIEW_SELECT = ['Id', 'Title', 'StaffKey', 'CycleKey', 'SignatureKind', 'Payload', 'FileDirRef', 'Created'] as const;

/** The step keys: one request and one decision per cycle. */
export const requestTitle = (cycleKey: string): string => `review:${cycleKey}:request`;
export const decisionTitle = (cycleKey: string): string => `review:${cycleKey}:decision`;

/** The fingerprint a request is known by: of its reasons and the record it asks about. */
export const requestFingerprint = (p: Pick<RequestPayload, 'reasons' | 'fingerprint'>): string =>
  fingerprint(JSON.stringify([p.reasons, p.fingerprint]));

const folderOf = (item: RawItem): string => {
  const dir = String(item.FileDirRef ?? '');
  return dir.slice(dir.lastIndexOf('/') + 1).toLowerCase();
};

/** Whether the item belongs to `staffKey` and sits directly in `folder`. */
function boundTo(item: RawItem, staffKey: string, folder: string): boolean {
  const cycleKey = String(item.CycleKey ?? '');
  return String(item.StaffKey ?? '') === staffKey && cycleKey.startsWith(`${staffKey}:`) && folderOf(item) === folder.toLowerCase();
}

function parse<T>(item: RawItem, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(String(item.Payload ?? '')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A request item as the domain reads it, or undefined when it cannot count (wrong place, malformed, text not its fingerprint). */
export function toRequest(item: RawItem): { payload: RequestPayload; askedAt: IsoInstant } | undefined {
  const staffKey = String(item.StaffKey ?? '');
  if (item.SignatureKind !== REVIEW_SIGNATURE_KINDS.request) return undefined;
  if (!boundTo(item, staffKey, signatureFolderName(staffKey, 'appraisee'))) return undefined;
  const payload = parse(item, requestPayload);
  if (!payload || fingerprint(payload.recordAsItWas) !== payload.fingerprint) return undefined;
  // When it was asked: SharePoint's own stamp of the add, which the appraisee cannot change afterwards (Appraisal Sign).
  const askedAt = (typeof item.Created === 'string' && item.Created ? item.Created : payload.at) as IsoInstant;
  return { payload, askedAt };
}

/** A decision item, or undefined when it is not in the person's review folder or is malformed. */
export function toDecision(item: RawItem): DecisionPayload | undefined {
  const staffKey = String(item.StaffKey ?? '');
  if (item.SignatureKind !== REVIEW_SIGNATURE_KINDS.decision) return undefined;
  if (!boundTo(item, staffKey, reviewFolderName(staffKey))) return undefined;
  const payload = parse(item, decisionPayload);
  if (!payload || (payload.outcome === 'amended') !== (payload.amendment !== undefined && payload.amendment.trim() !== '')) return undefined;
  return payload;
}

/** One cycle's request from its items: the first request, and the first decision that answers it (oldest first). */
export function assemble(
  items: readonly RawItem[]
): { request: ReviewRequest; staffKey: string; cycleKey: string; answers: string } | undefined {
  const sorted = [...items].sort((a, b) => Number(a.Id) - Number(b.Id));
  let found: { request: ReviewRequest; staffKey: string; cycleKey: string; answers: string } | undefined;
  for (const item of sorted) {
    const read = toRequest(item);
    if (!read) continue;
    found = {
      staffKey: String(item.StaffKey),
      cycleKey: String(item.CycleKey),
      answers: requestFingerprint(read.payload),
      request: { askedAt: read.askedAt, reasons: read.payload.reasons, recordAsItWas: read.payload.recordAsItWas, decision: undefined }
    };
    break;
  }
  if (!found) return undefined;
  const target = found;
  const decided = sorted.map(toDecision).find((d) => d !== undefined && d.answers === target.answers);
  if (decided) {
    const decision: ReviewDecision = {
      at: decided.at as IsoInstant,
      by: directoryId(decided.by),
      outcome: decided.outcome,
      reasons: decided.reasons,
      amendment: decided.outcome === 'amended' ? decided.amendment : undefined
    };
    target.request = { ...target.request, decision };
  }
  return target;
}
