/**
 * ReviewRequestStore over SharePoint (UK-8, issue 15). The request is added to the appraisee's own signature folder,
 * where Appraisal Sign lets them add and never change or delete; the decision to the person's review folder, which
 * the head (an Appraisal Administrator) opens with Read for the appraisee and reviewer and nobody else can write. So
 * SharePoint itself refuses a decision from the appraisee or the reviewer, a request planted in someone else's
 * folder, and any change to a request once made (test/security/reviewRequestAttacks.test.ts).
 *
 * Each write looks first (its step key is the item's Title) and carries a unique EntryKey, so a write sent again
 * after a lost response lands once; the decision's steps (folder, grants, item, audit) are each found before made.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import type { IItem } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { fail, fingerprint, ok, type Result, type ReviewRequest } from '../../domain';
import type { DataError } from '../ports';
import type { AskForReview, DecideReview, ReviewRequestStore, ReviewRequestSummary, ReviewWriteError } from '../ports/reviewRequests';
import { odataString } from '../odataLiteral';
import { LISTS, REVIEW_SIGNATURE_KINDS, reviewFolderName, signatureFolderName } from './schema';
import { attempt, httpStatus } from './errors';
import { addWithValues } from './formValues';
import { newEntryKey } from './entryKey';
import { addAuditEntry } from './addOnce';
import { grantOnItem, siteUserIds } from './folderAccess';
import type { RawItem } from './mappers/validate';
import {
  assemble,
  decisionTitle,
  REVIEW_SELECT,
  requestFingerprint,
  requestTitle,
  type DecisionPayload,
  type RequestPayload
} from './mappers/reviewRequestMapper';

const KINDS = `SignatureKind eq ${odataString(REVIEW_SIGNATURE_KINDS.request)} or SignatureKind eq ${odataString(REVIEW_SIGNATURE_KINDS.decision)}`;

export class SpReviewRequests implements ReviewRequestStore {
  constructor(private readonly sp: SPFI) {}

  private get signatures(): IList {
    return this.sp.web.lists.getByTitle(LISTS.signatures.title);
  }

  /** The cycle's review items (CycleKey is indexed; a cycle has a handful of signature items). */
  private async itemsOf(cycleKey: string): Promise<RawItem[]> {
    const items = await this.signatures.items.filter(`CycleKey eq ${odataString(cycleKey)}`).select(...REVIEW_SELECT).top(500)<RawItem[]>();
    return items.filter((i) => i.SignatureKind === REVIEW_SIGNATURE_KINDS.request || i.SignatureKind === REVIEW_SIGNATURE_KINDS.decision);
  }

  private async read(staffKey: string, cycleKey: string): Promise<ReviewRequest | undefined> {
    const found = assemble((await this.itemsOf(cycleKey)).filter((i) => String(i.StaffKey) === staffKey));
    return found?.request;
  }

  get(staffKey: string, cycleKey: string): Promise<Result<ReviewRequest | undefined, DataError>> {
    return attempt(() => this.read(staffKey, cycleKey));
  }

  async ask(request: AskForReview): Promise<Result<ReviewRequest, ReviewWriteError>> {
    const done = await attempt(async (): Promise<Result<ReviewRequest, ReviewWriteError>> => {
      const existing = await this.read(request.staffKey, request.cycleKey);
      if (existing) return existing.reasons === request.reasons ? ok(existing) : fail({ code: 'alreadyAsked' });
      const { ServerRelativeUrl } = await this.signatures.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
      const payload: RequestPayload = {
        v: 1,
        reasons: request.reasons,
        recordAsItWas: request.recordAsItWas,
        fingerprint: fingerprint(request.recordAsItWas),
        at: request.askedAt,
        by: request.by,
        name: request.name
      };
      await addWithValues(
        this.signatures,
        `${ServerRelativeUrl}/${signatureFolderName(request.staffKey, 'appraisee')}`,
        {
          Title: requestTitle(request.cycleKey),
          StaffKey: request.staffKey,
          CycleKey: request.cycleKey,
          SignatureKind: REVIEW_SIGNATURE_KINDS.request,
          Payload: JSON.stringify(payload),
          EntryKey: newEntryKey()
        },
        true
      );
      await this.audit(request.staffKey, request.cycleKey, 'reviewRequested', requestFingerprint(payload));
      const stored = await this.read(request.staffKey, request.cycleKey);
      return stored ? ok(stored) : fail({ code: 'unexpected', detail: 'The request was not found after it was added.' });
    });
    return done.ok ? done.value : done;
  }

  async decide(input: DecideReview): Promise<Result<ReviewRequest, ReviewWriteError>> {
    const done = await attempt(async (): Promise<Result<ReviewRequest, ReviewWriteError>> => {
      const items = (await this.itemsOf(input.cycleKey)).filter((i) => String(i.StaffKey) === input.staffKey);
      const found = assemble(items);
      if (!found) return fail({ code: 'notAsked' });
      const sameDecision = (r: ReviewRequest): boolean =>
        r.decision?.outcome === input.decision.outcome &&
        r.decision.reasons === input.decision.reasons &&
        (r.decision.amendment ?? '') === (input.decision.amendment ?? '');
      if (found.request.decision) return sameDecision(found.request) ? ok(found.request) : fail({ code: 'alreadyDecided' });
      const answers = found.answers;
      await this.reviewFolder(input);
      const { ServerRelativeUrl } = await this.signatures.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
      const payload: DecisionPayload = {
        v: 1,
        outcome: input.decision.outcome,
        reasons: input.decision.reasons,
        ...(input.decision.outcome === 'amended' && input.decision.amendment ? { amendment: input.decision.amendment } : {}),
        answers,
        at: input.decision.at,
        by: input.decision.by
      };
      await addWithValues(
        this.signatures,
        `${ServerRelativeUrl}/${reviewFolderName(input.staffKey)}`,
        {
          Title: decisionTitle(input.cycleKey),
          StaffKey: input.staffKey,
          CycleKey: input.cycleKey,
          SignatureKind: REVIEW_SIGNATURE_KINDS.decision,
          Payload: JSON.stringify(payload),
          EntryKey: newEntryKey()
        },
        true
      );
      await this.audit(input.staffKey, input.cycleKey, 'reviewDecided', answers, input.decision.outcome);
      const stored = await this.read(input.staffKey, input.cycleKey);
      return stored ? ok(stored) : fail({ code: 'unexpected', detail: 'The decision was not found after it was added.' });
    });
    return done.ok ? done.value : done;
  }

  list(): Promise<Result<ReviewRequestSummary[], DataError>> {
    return attempt(async () => {
      const byCycle = new Map<string, RawItem[]>();
      for await (const page of this.signatures.items.filter(KINDS).select(...REVIEW_SELECT).top(2000)) {
        for (const item of page as RawItem[]) {
          const key = `${String(item.StaffKey)}|${String(item.CycleKey)}`;
          byCycle.set(key, [...(byCycle.get(key) ?? []), item]);
        }
      }
      const out: ReviewRequestSummary[] = [];
      for (const items of Array.from(byCycle.values())) {
        const found = assemble(items);
        if (!found) continue;
        const { request, staffKey, cycleKey } = found;
        out.push({ staffKey, cycleKey, askedAt: request.askedAt, state: request.decision ? request.decision.outcome : 'awaitingDecision' });
      }
      return out.sort((a, b) => a.askedAt.localeCompare(b.askedAt));
    });
  }

  /**
   * The person's review folder, made when missing, with its own permissions: what it inherits from the list
   * (administrators' Full Control) and Read for the appraisee and reviewer. Each step is found before it is made.
   */
  private async reviewFolder(input: DecideReview): Promise<void> {
    const name = reviewFolderName(input.staffKey);
    const folderItem = async (): Promise<IItem> =>
      this.signatures.items.getById((await this.signatures.rootFolder.folders.getByUrl(name).getItem<{ Id: number }>('Id')).Id);
    let item: IItem;
    try {
      item = await folderItem();
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      await this.signatures.rootFolder.folders.addUsingPath(name);
      item = await folderItem();
    }
    const readers = await siteUserIds(this.sp, [input.appraiseeUpn, ...(input.reviewerUpn ? [input.reviewerUpn] : [])]);
    await grantOnItem(item, readers, 'read');
  }

  private async audit(staffKey: string, cycleKey: string, action: string, hash: string, outcome?: string): Promise<void> {
    const logged = await this.sp.web.lists.getByTitle(LISTS.audit.title).items
      .filter(`StaffKey eq ${odataString(staffKey)} and Action eq ${odataString(action)}`)
      .select('RecordRef', 'ContentHash')
      .top(500)<Array<{ RecordRef: string; ContentHash: string | null }>>();
    if (logged.some((a) => a.RecordRef === cycleKey && a.ContentHash === hash)) return;
    await addAuditEntry(this.sp, {
      Title: action,
      StaffKey: staffKey,
      Action: action,
      RecordRef: cycleKey,
      ContentHash: hash,
      Payload: JSON.stringify(outcome ? { outcome } : {})
    });
  }
}
