/** Signature items ↔ SignatureEntry. The party is where the item lives, never what it says (docs/security.md). */
import { z } from 'zod';
import {
  directoryId,
  ok,
  fail,
  SIGNATURE_KINDS,
  STAGES,
  type IsoInstant,
  type Party,
  type Result,
  type SignatureDraft,
  type SignatureEntry
} from '../../../domain';
import type { DataError } from '../../ports';
import { LISTS, signatureFolderName } from '../schema';
import { parsePayload, type RawItem } from './validate';

const signaturePayload = z.object({
  v: z.literal(1),
  kind: z.enum(SIGNATURE_KINDS),
  stage: z.enum(STAGES),
  version: z.number().int().min(0),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().min(10),
  by: z.string(),
  name: z.string(),
  text: z.string()
});

/** Columns a signature item is read with. */
export const SIGNATURE_SELECT = ['Id', 'Title', 'StaffKey', 'CycleKey', 'SignatureKind', 'Payload', 'FileDirRef'] as const;

/** The SharePoint values of a new signature item, written in the one call that creates it. */
export function signatureFields(key: string, staffKey: string, cycleKey: string, draft: SignatureDraft): Record<string, string> {
  const payload: z.infer<typeof signaturePayload> = { v: 1, ...draft };
  return { Title: key, StaffKey: staffKey, CycleKey: cycleKey, SignatureKind: draft.kind, Payload: JSON.stringify(payload) };
}

/** The party whose folder holds the item, when the folder is the one for the item's own StaffKey. */
function partyOf(item: RawItem): Party | undefined {
  const dir = String(item.FileDirRef ?? '');
  const folder = dir.slice(dir.lastIndexOf('/') + 1).toLowerCase();
  const staffKey = String(item.StaffKey ?? '');
  const cycleKey = String(item.CycleKey ?? '');
  if (!staffKey || !cycleKey.startsWith(`${staffKey}:`)) return undefined;
  const parties: Party[] = ['appraisee', 'reviewer'];
  return parties.find((p) => signatureFolderName(staffKey, p).toLowerCase() === folder);
}

/**
 * Reads a signature item. `stray` when it is not in its own person's party folder (it never counts); `malformed`
 * when its payload is not what the app writes, or when its columns disagree with its payload.
 */
export function toSignatureEntry(item: RawItem): Result<SignatureEntry, DataError | { code: 'stray'; itemId: number }> {
  const itemId = Number(item.Id);
  const party = partyOf(item);
  if (!party) return fail({ code: 'stray', itemId });
  const payload = parsePayload(item, LISTS.signatures.title, 'Payload', signaturePayload);
  if (!payload.ok) return payload;
  const p = payload.value;
  if (p.kind !== item.SignatureKind) return fail({ code: 'malformed', list: LISTS.signatures.title, itemId, field: 'SignatureKind' });
  return ok({
    party,
    kind: p.kind,
    stage: p.stage,
    version: p.version,
    fingerprint: p.fingerprint,
    at: p.at as IsoInstant,
    by: directoryId(p.by),
    name: p.name,
    text: p.text
  });
}
