/**
 * DisagreementReader over SharePoint: open disagreements from the signature folders, where only the appraisee can
 * add a disagreement and only the reviewer a response (docs/security.md). The audit list is not read for this: anyone
 * on the roster may add to it, so an entry there proves nothing.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { emptyCycleDocument, STAGES, withTrustedSignatures, type OpenDisagreement, type Result, type SignatureEntry } from '../../domain';
import type { DataError, DisagreementReader } from '../ports';
import { LISTS } from './schema';
import { attempt } from './errors';
import { SIGNATURE_SELECT, toSignatureEntry } from './mappers/signatureMapper';
import type { RawItem } from './mappers/validate';

/** Reads open disagreements as an administrator (others see only their own folders' entries). */
export class SpDisagreementReader implements DisagreementReader {
  constructor(private readonly sp: SPFI) {}

  open(): Promise<Result<OpenDisagreement[], DataError>> {
    return attempt(async () => {
      const query = this.sp.web.lists.getByTitle(LISTS.signatures.title).items
        .filter("SignatureKind eq 'disagreement' or SignatureKind eq 'response'").select(...SIGNATURE_SELECT).top(2000);
      const byCycle = new Map<string, { staffKey: string; entries: SignatureEntry[] }>();
      for await (const page of query) {
        for (const item of page as RawItem[]) {
          const entry = toSignatureEntry(item);
          if (!entry.ok) continue;
          const cycleKey = String(item.CycleKey);
          const found = byCycle.get(cycleKey) ?? { staffKey: String(item.StaffKey), entries: [] };
          found.entries.push(entry.value);
          byCycle.set(cycleKey, found);
        }
      }
      // The same rebuild every view uses: a disagreement is answered only by the response that names it.
      const open: OpenDisagreement[] = [];
      for (const [cycleKey, { staffKey, entries }] of Array.from(byCycle.entries())) {
        const doc = withTrustedSignatures(emptyCycleDocument(), entries, undefined);
        for (const stage of STAGES) {
          const unanswered = (doc.stages[stage]?.disagreements ?? []).filter((d) => d.response === undefined).pop();
          if (unanswered) open.push({ staffKey, cycleKey, stage, recordedAt: unanswered.at });
        }
      }
      return open.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    });
  }
}
