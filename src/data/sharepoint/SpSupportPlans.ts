/**
 * Informal support plans over SharePoint (DOMAIN §7.4). The list holds nothing for appraisal users or governors;
 * each plan item breaks inheritance and gains the person (Read) and their reviewer (Appraisal Edit), so SharePoint
 * itself refuses everyone else. A referral to the formal capability procedure is an item of its own that keeps the
 * list's permissions (administrators only) and carries the date and who referred, never appraisal text.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { z } from 'zod';
import {
  fail,
  ok,
  validSupportText,
  SUPPORT_TEXT_LIMIT,
  type CapabilityReferral,
  type IsoDate,
  type Result,
  type SupportPeriod,
  type SupportPlan
} from '../../domain';
import type { DataError, NewSupportPlan, PersonRecords, SupportPlanStore } from '../ports';
import { LISTS, SUPPORT_ITEM_TITLES } from './schema';
import { attempt } from './errors';
import { odataString } from '../odataLiteral';
import { newEntryKey } from './entryKey';
import { addOnce } from './addOnce';
import { parsePayload, type RawItem } from './mappers/validate';
import { grantOnItem, siteUserIds } from './folderAccess';

const PLAN = SUPPORT_ITEM_TITLES.plan;
const REFERRAL = SUPPORT_ITEM_TITLES.referral;
const text = z.string().max(SUPPORT_TEXT_LIMIT);
const planPayload = z.object({
  v: z.literal(1),
  openedBy: z.string(),
  concerns: text,
  supportAgreed: text,
  reviewOn: z.string().optional(),
  outcome: text
});
const referralPayload = z.object({ v: z.literal(1), on: z.string(), by: z.string() });
const day = (v: unknown): IsoDate | undefined => (typeof v === 'string' && v ? (v.slice(0, 10) as IsoDate) : undefined);

/** A plan item as read, or why it cannot be shown. */
export function toSupportPlan(item: RawItem): Result<SupportPlan, DataError> {
  const payload = parsePayload(item, LISTS.supportPlans.title, 'Payload', planPayload);
  if (!payload.ok) return payload;
  const p = payload.value;
  return ok({
    id: Number(item.Id), staffKey: String(item.StaffKey ?? ''), openedOn: day(item.OpenedOn) as IsoDate, openedBy: p.openedBy,
    concerns: p.concerns, supportAgreed: p.supportAgreed, reviewOn: day(p.reviewOn), outcome: p.outcome, closedOn: day(item.ClosedOn)
  });
}

const planValues = (plan: Pick<SupportPlan, 'openedBy' | 'concerns' | 'supportAgreed' | 'reviewOn' | 'outcome'>): string =>
  JSON.stringify({
    v: 1,
    openedBy: plan.openedBy,
    concerns: plan.concerns,
    supportAgreed: plan.supportAgreed,
    reviewOn: plan.reviewOn,
    outcome: plan.outcome
  });

const malformed = (): Result<never, DataError> => fail({ code: 'malformed', list: LISTS.supportPlans.title, itemId: 0, field: 'Payload' });

/** A read of when plans about these people ran (dates only, never the text), for a batch: at most 20 keys. */
export function supportPeriodsQuery(sp: SPFI, keys: readonly string[]): Promise<RawItem[]> {
  const filter = `(${keys.map((k) => `StaffKey eq ${odataString(k)}`).join(' or ')}) and Title eq ${odataString(PLAN)}`;
  return sp.web.lists.getByTitle(LISTS.supportPlans.title).items.filter(filter).select('StaffKey', 'OpenedOn', 'ClosedOn').top(5000)<
    RawItem[]
  >();
}

/** The periods read, by person. */
export function supportPeriodsFrom(rows: readonly RawItem[]): Map<string, SupportPeriod[]> {
  const out = new Map<string, SupportPeriod[]>();
  for (const r of rows) {
    const from = day(r.OpenedOn);
    if (!from) continue;
    const key = String(r.StaffKey ?? '');
    out.set(key, [...(out.get(key) ?? []), { from, to: day(r.ClosedOn) }]);
  }
  return out;
}

/** Each cycle with when the person's support plans ran, so the one deadline rule pauses for them (dates only). */
export function withSupportPeriods(people: PersonRecords[], rows: readonly RawItem[]): PersonRecords[] {
  const periods = supportPeriodsFrom(rows);
  if (!periods.size) return people;
  return people.map((p) => {
    const supportPeriods = periods.get(String(p.person.id));
    return supportPeriods ? { ...p, cycles: p.cycles.map((c) => ({ ...c, supportPeriods })) } : p;
  });
}

/** Support plans and referrals. */
export class SpSupportPlans implements SupportPlanStore {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LISTS.supportPlans.title);
  }

  private rows(staffKey: string, kind: string, select: readonly string[]): Promise<RawItem[]> {
    return this.list.items
      .filter(`StaffKey eq ${odataString(staffKey)} and Title eq ${odataString(kind)}`)
      .select('Id', ...select)
      .top(5000)<RawItem[]>();
  }

  forPerson(staffKey: string): Promise<Result<SupportPlan[], DataError>> {
    return attempt(async () => {
      const rows = await this.rows(staffKey, PLAN, ['StaffKey', 'OpenedOn', 'ClosedOn', 'Payload']);
      return rows.map(toSupportPlan).flatMap((r) => (r.ok ? [r.value] : [])).sort((a, b) => a.openedOn.localeCompare(b.openedOn));
    });
  }

  periods(staffKey: string): Promise<Result<SupportPeriod[], DataError>> {
    return attempt(async () => supportPeriodsFrom(await supportPeriodsQuery(this.sp, [staffKey])).get(staffKey) ?? []);
  }

  async start(plan: NewSupportPlan): Promise<Result<SupportPlan, DataError>> {
    const draft = { ...plan, outcome: '', closedOn: undefined };
    if (!validSupportText(draft)) return malformed();
    return attempt(async () => {
      const entryKey = newEntryKey();
      const values = {
        Title: PLAN,
        StaffKey: plan.staffKey,
        OpenedOn: plan.openedOn,
        RetainUntil: plan.retainUntil,
        EntryKey: entryKey,
        Payload: planValues(draft)
      };
      const added = await addOnce(() => this.list.items.add(values));
      const id = Number(
        (added as { Id?: number } | undefined)?.Id ??
          (await this.list.items.filter(`EntryKey eq ${odataString(entryKey)}`).select('Id')<Array<{ Id: number }>>())[0]?.Id
      );
      const item = this.list.items.getById(id);
      // Until these grants land the item has only the list's permissions: administrators. Never wider.
      await grantOnItem(item, await siteUserIds(this.sp, [plan.appraiseeUpn]), 'read');
      if (plan.reviewerUpn) await grantOnItem(item, await siteUserIds(this.sp, [plan.reviewerUpn]), 'appraisalEdit');
      return {
        id,
        staffKey: plan.staffKey,
        openedOn: plan.openedOn,
        openedBy: plan.openedBy,
        concerns: plan.concerns,
        supportAgreed: plan.supportAgreed,
        reviewOn: plan.reviewOn,
        outcome: '',
        closedOn: undefined
      };
    });
  }

  async update(plan: SupportPlan): Promise<Result<SupportPlan, DataError>> {
    if (!validSupportText(plan)) return malformed();
    return attempt(async () => {
      await this.list.items.getById(plan.id).update({ ClosedOn: plan.closedOn ?? null, Payload: planValues(plan) });
      return plan;
    });
  }

  refer(staffKey: string, referral: CapabilityReferral, retainUntil: IsoDate): Promise<Result<void, DataError>> {
    return attempt(async () => {
      const values = {
        Title: REFERRAL,
        StaffKey: staffKey,
        RetainUntil: retainUntil,
        EntryKey: newEntryKey(),
        Payload: JSON.stringify({ v: 1, on: referral.on, by: referral.by })
      };
      await addOnce(() => this.list.items.add(values));
    });
  }

  referrals(staffKey: string): Promise<Result<CapabilityReferral[], DataError>> {
    return attempt(async () => {
      const rows = await this.rows(staffKey, REFERRAL, ['Payload']);
      return rows
        .map((r) => parsePayload(r, LISTS.supportPlans.title, 'Payload', referralPayload))
        .flatMap((r) => (r.ok ? [{ on: r.value.on as IsoDate, by: r.value.by }] : []))
        .sort((a, b) => a.on.localeCompare(b.on));
    });
  }
}
