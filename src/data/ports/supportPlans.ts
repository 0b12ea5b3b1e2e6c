/** The informal support port: support plans and referrals to the formal capability procedure (DOMAIN §7.4). */
import type { CapabilityReferral, IsoDate, Result, SupportPeriod, SupportPlan } from '../../domain';
import type { DataError } from './dataError';

/** What HR writes to start an informal support plan. */
export interface NewSupportPlan {
  staffKey: string;
  appraiseeUpn: string;
  reviewerUpn: string | undefined;
  openedOn: IsoDate;
  openedBy: string;
  concerns: string;
  supportAgreed: string;
  reviewOn: IsoDate | undefined;
  retainUntil: IsoDate;
}

/**
 * Informal support plans (DOMAIN §7.4). Each plan item has its own permissions: the person reads it, their reviewer
 * edits it, administrators hold it; nobody else has anything on the list. Referrals are administrators-only items.
 */
export interface SupportPlanStore {
  /** The plans about a person the signed-in user may read, oldest first. */
  forPerson(staffKey: string): Promise<Result<SupportPlan[], DataError>>;
  /** Only when each plan ran (no content): the record's stage marker and the pause read this. */
  periods(staffKey: string): Promise<Result<SupportPeriod[], DataError>>;
  start(plan: NewSupportPlan): Promise<Result<SupportPlan, DataError>>;
  /** Saves the plan's text, review date, outcome and closing date. */
  update(plan: SupportPlan): Promise<Result<SupportPlan, DataError>>;
  /** Records a referral to the formal capability procedure: the date and who referred, nothing else. */
  refer(staffKey: string, referral: CapabilityReferral, retainUntil: IsoDate): Promise<Result<void, DataError>>;
  referrals(staffKey: string): Promise<Result<CapabilityReferral[], DataError>>;
}
