/**
 * Retention over SharePoint, as an administrator: holds, retention dates (and the school's Purview label) on every
 * retained item, and disposal — recycling due items and logging counts and keys, never content. Private notes are
 * handled as the data-protection role (administrators hold nothing on them). Each step looks first, so re-running a
 * disposal changes nothing: items already gone are counted, not recycled again, and the log entry has a key of its own.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { extractWebUrl, spPost, SPQueryable } from '@pnp/sp';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { z } from 'zod';
import { type IsoDate, type RetentionHold, type Result } from '../../domain';
import type { DataError, DatedItem, DisposalLogEntry, DisposalOutcome, RetentionStamp, RetentionStore } from '../ports';
import { LISTS, SETTING_KEYS, type ListDef } from './schema';
import { attempt, httpStatus } from './errors';
import { odataString } from '../odataLiteral';
import { addOnce } from './addOnce';
import { parsePayload, type RawItem } from './mappers/validate';
import { readSettingItems, writeSetting } from './provisioning/ensureSettings';
import { readRetainedItems } from './dataProtection/retainedItems';
import { asDataProtection } from './dataProtection/dataProtectionRole';

const holdPayload = z.object({ reason: z.string().min(1), placedOn: z.string(), liftedOn: z.string().optional() });
const logPayload = z.object({
  on: z.string(),
  authorisedBy: z.string(),
  recycled: z.number(),
  byList: z.record(z.number()),
  refs: z.array(z.string())
});

/** Microsoft's bulk call takes at most this many item ids. */
const LABEL_BATCH = 100;

const isCustody = (title: string): boolean => Object.values(LISTS).some((l: ListDef) => l.title === title && l.custody);

export class SpRetentionStore implements RetentionStore {
  constructor(private readonly sp: SPFI) {}

  private list(title: string): IList {
    return this.sp.web.lists.getByTitle(title);
  }

  /** Runs work on a list's items with the rights that list needs. */
  private on<T>(title: string, work: () => Promise<T>): Promise<T> {
    return isCustody(title) ? asDataProtection(this.sp, work) : work();
  }

  holds(): Promise<Result<RetentionHold[], DataError>> {
    return attempt(async () => {
      const rows = await this.list(LISTS.holds.title).items.select('Id', 'StaffKey', 'Payload').top(5000)<RawItem[]>();
      return rows.flatMap((r) => {
        const p = parsePayload(r, LISTS.holds.title, 'Payload', holdPayload);
        return p.ok
          ? [
              {
                staffKey: String(r.StaffKey),
                reason: p.value.reason,
                placedOn: p.value.placedOn as IsoDate,
                liftedOn: p.value.liftedOn as IsoDate | undefined
              }
            ]
          : [];
      });
    });
  }

  placeHold(hold: RetentionHold): Promise<Result<void, DataError>> {
    return attempt(async () => {
      const open = await this.list(LISTS.holds.title)
        .items.filter(`StaffKey eq ${odataString(hold.staffKey)}`)
        .select('Id', 'Payload')<RawItem[]>();
      const same = open.find((r) => {
        const p = parsePayload(r, LISTS.holds.title, 'Payload', holdPayload);
        return p.ok && !p.value.liftedOn && p.value.reason === hold.reason;
      });
      if (same) return; // placed already (a re-run)
      await this.list(LISTS.holds.title).items.add({
        Title: 'hold',
        StaffKey: hold.staffKey,
        Payload: JSON.stringify({ reason: hold.reason, placedOn: hold.placedOn })
      });
    });
  }

  liftHold(staffKey: string, liftedOn: IsoDate): Promise<Result<void, DataError>> {
    return attempt(async () => {
      const rows = await this.list(LISTS.holds.title)
        .items.filter(`StaffKey eq ${odataString(staffKey)}`)
        .select('Id', 'Payload')<RawItem[]>();
      for (const r of rows) {
        const p = parsePayload(r, LISTS.holds.title, 'Payload', holdPayload);
        if (p.ok && !p.value.liftedOn)
          await this.list(LISTS.holds.title)
            .items.getById(Number(r.Id))
            .update({ Payload: JSON.stringify({ ...p.value, liftedOn }) });
      }
    });
  }

  retainedItems(): Promise<Result<DatedItem[], DataError>> {
    return attempt(() => readRetainedItems(this.sp));
  }

  stamp(stamps: readonly RetentionStamp[], label: string | undefined): Promise<Result<number, DataError>> {
    return attempt(async () => {
      let changed = 0;
      const byList = new Map<string, RetentionStamp[]>();
      for (const s of stamps) byList.set(s.item.list, [...(byList.get(s.item.list) ?? []), s]);
      for (const [title, group] of Array.from(byList)) {
        await this.on(title, async () => {
          for (const s of group.filter((g) => g.item.retainUntil !== g.retainUntil)) {
            // Only the date column changes: the content, and so every fingerprint, stays as it was.
            await this.list(title).items.getById(s.item.itemId).update({ RetainUntil: s.retainUntil });
            changed++;
          }
          const unlabelled = label ? group.filter((g) => g.item.label !== label).map((g) => g.item.itemId) : [];
          const { ServerRelativeUrl } = await this.list(title).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
          for (let i = 0; i < unlabelled.length; i += LABEL_BATCH) {
            // learn.microsoft.com/sharepoint/dev/apis/csom-methods-for-applying-retention-labels: SetComplianceTagOnBulkItems.
            const call = SPQueryable(
              [this.sp.web, extractWebUrl(this.sp.web.toUrl())],
              '_api/SP.CompliancePolicy.SPPolicyStoreProxy.SetComplianceTagOnBulkItems'
            );
            await spPost(call, {
              body: JSON.stringify({ itemIds: unlabelled.slice(i, i + LABEL_BATCH), listUrl: ServerRelativeUrl, complianceTagValue: label })
            });
          }
          changed += unlabelled.length;
        });
      }
      return changed;
    });
  }

  retentionLabel(): Promise<Result<string | undefined, DataError>> {
    return attempt(async () => {
      const item = (await readSettingItems(this.sp)).get(SETTING_KEYS.retentionLabel);
      const value = item ? (JSON.parse(item.value) as unknown) : undefined;
      return typeof value === 'string' && value.trim() ? value : undefined;
    });
  }

  saveRetentionLabel(label: string): Promise<Result<void, DataError>> {
    return attempt(async () => {
      const item = (await readSettingItems(this.sp)).get(SETTING_KEYS.retentionLabel);
      await writeSetting(this.sp, SETTING_KEYS.retentionLabel, label.trim(), item?.id);
    });
  }

  disposalLog(): Promise<Result<DisposalLogEntry[], DataError>> {
    return attempt(async () => {
      const rows = await this.list(LISTS.disposalLog.title).items.select('Id', 'Payload').top(5000)<RawItem[]>();
      return rows.flatMap((r) => {
        const p = parsePayload(r, LISTS.disposalLog.title, 'Payload', logPayload);
        return p.ok ? [{ ...p.value, on: p.value.on as IsoDate }] : [];
      }).sort((a, b) => b.on.localeCompare(a.on));
    });
  }

  dispose(items: readonly DatedItem[], authorisedBy: string, on: IsoDate): Promise<Result<DisposalOutcome, DataError>> {
    return attempt(async () => {
      const outcome: DisposalOutcome = { recycled: 0, byList: {}, alreadyGone: 0 };
      const byList = new Map<string, DatedItem[]>();
      for (const item of items) byList.set(item.list, [...(byList.get(item.list) ?? []), item]);
      for (const [title, group] of Array.from(byList)) {
        await this.on(title, async () => {
          for (const item of group) {
            try {
              await this.list(title).items.getById(item.itemId).recycle();
              outcome.recycled++;
              outcome.byList[title] = (outcome.byList[title] ?? 0) + 1;
            } catch (error) {
              if (httpStatus(error) !== 404) throw error;
              outcome.alreadyGone++;
            }
          }
        });
      }
      if (outcome.recycled > 0) {
        const refs = items.map((i) => `${i.list}:${i.itemId}:${i.ref}`).sort();
        // The log's own key: the same disposal sent again after a lost response lands once.
        const entryKey = `disposal:${on}:${bytesToHex(sha256(new TextEncoder().encode(refs.join('\n')))).slice(0, 32)}`;
        const payload: DisposalLogEntry = { on, authorisedBy, recycled: outcome.recycled, byList: outcome.byList, refs };
        await addOnce(() =>
          this.list(LISTS.disposalLog.title).items.add({ Title: `Disposal ${on}`, EntryKey: entryKey, Payload: JSON.stringify(payload) })
        );
      }
      return outcome;
    });
  }
}
