/**
 * DisagreementReader over SharePoint: open disagreements from the signature folders, where only the appraisee can
 * add a disagreement and only the reviewer a response (docs/security.md). The audit list is not read for this: anyone
 * on the roster may add to it, so an entry there proves nothing.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { openDisagreements, stageRef, type DisagreementEvent, type OpenDisagreement, type Result } from '../../domain';
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
      const events: DisagreementEvent[] = [];
      for await (const page of query) {
        for (const item of page as RawItem[]) {
          const entry = toSignatureEntry(item);
          if (!entry.ok) continue;
          const { kind, stage, version, at, party } = entry.value;
          if ((kind === 'disagreement' && party !== 'appraisee') || (kind === 'response' && party !== 'reviewer')) continue;
          events.push({
            action: kind === 'disagreement' ? 'disagreementRecorded' : 'disagreementAnswered',
            staffKey: String(item.StaffKey), recordRef: stageRef(String(item.CycleKey), stage, version), at
          });
        }
      }
      return openDisagreements(events);
    });
  }
}
