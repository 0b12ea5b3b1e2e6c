/**
 * Schema 2's upgrade of a site set up at schema 1: sign-offs, disagreements and responses recorded inside the shared
 * document move to each party's own signature folder, which is where they are trusted from now on. Run by an
 * administrator, so it carries over whatever the documents said at the time of the upgrade (docs/security.md says
 * so); after it, nothing in a document can make a record agreed. Idempotent: every entry is added with its step key,
 * so a run after a lost response adds only what is missing.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users';
import {
  directoryId,
  disagreementFingerprint,
  STAGES,
  type CycleDocument,
  type Party,
  type SignatureDraft,
  type StageRecord
} from '../../../domain';
import { odataString } from '../../odataLiteral';
import { LISTS } from '../schema';
import { addSignature } from '../signatures/addSignature';
import { openSignatureFolders } from '../signatures/signatureFolders';
import type { RawItem } from '../mappers/validate';

const PAGE = 2000;

/** The entries a v1 stage record held in the document. */
export function entriesOfV1Record(record: StageRecord, appraisee: SignatureDraft['by']): Array<{ party: Party; draft: SignatureDraft }> {
  const out: Array<{ party: Party; draft: SignatureDraft }> = [];
  const shareOf = (version: number): string =>
    record.signOffs.find((s) => s.party === 'reviewer' && s.version === version)?.fingerprint ?? '';
  for (const s of record.signOffs) {
    const agreedCopy = record.agreed.find((a) => a.version === s.version && a.fingerprint === s.fingerprint);
    out.push({
      party: s.party,
      draft: {
        kind: 'signed',
        stage: record.stage,
        version: s.version,
        fingerprint: s.fingerprint,
        at: s.at,
        by: s.by,
        name: s.name,
        text: agreedCopy?.content ?? ''
      }
    });
  }
  for (const d of record.disagreements) {
    const print = shareOf(d.version);
    if (!print) continue;
    out.push({
      party: 'appraisee',
      draft: {
        kind: 'disagreement',
        stage: record.stage,
        version: d.version,
        fingerprint: print,
        at: d.at,
        by: appraisee,
        name: '',
        text: d.text
      }
    });
    if (d.response)
      out.push({
        party: 'reviewer',
        draft: {
          kind: 'response',
          stage: record.stage,
          version: d.version,
          fingerprint: disagreementFingerprint(d),
          at: d.response.at,
          by: '' as SignatureDraft['by'],
          name: '',
          text: d.response.text
        }
      });
  }
  return out;
}

async function all(sp: SPFI, filter: string, select: readonly string[]): Promise<RawItem[]> {
  const items: RawItem[] = [];
  for await (const page of sp.web.lists
    .getByTitle(LISTS.records.title)
    .items.filter(filter)
    .select(...select)
    .top(PAGE))
    items.push(...(page as RawItem[]));
  return items;
}

const parse = (text: unknown): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(String(text ?? '')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};

/** Opens signature folders for every opened record and carries over what v1 documents recorded. */
export async function migrateSignatures(sp: SPFI): Promise<void> {
  const folders = await all(sp, "RecordKind eq 'staff'", ['Id', 'StaffKey', 'Payload', 'HasUniqueRoleAssignments']);
  for (const folder of folders) {
    const staffKey = String(folder.StaffKey ?? '');
    const roster = parse(folder.Payload);
    if (!staffKey || !folder.HasUniqueRoleAssignments || typeof roster?.upn !== 'string') continue; // not opened
    const appraisee = (await sp.web.ensureUser(roster.upn)).Id;
    const reviewer = typeof roster.reviewerUpn === 'string' ? (await sp.web.ensureUser(roster.reviewerUpn)).Id : undefined;
    await openSignatureFolders(sp, staffKey, appraisee, reviewer);
    for (const cycle of await all(sp, `StaffKey eq ${odataString(staffKey)} and RecordKind eq 'cycle'`, ['CycleKey', 'Payload'])) {
      const doc = parse(cycle.Payload)?.document as CycleDocument | undefined;
      for (const stage of STAGES) {
        const record = doc?.stages?.[stage];
        if (!record || !Array.isArray(record.signOffs)) continue;
        for (const { party, draft } of entriesOfV1Record(record, directoryId(String(roster.directoryId ?? ''))))
          await addSignature(sp, staffKey, String(cycle.CycleKey), party, draft);
      }
    }
  }
}
