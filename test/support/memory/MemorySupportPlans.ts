/** Support plans in memory, for component tests (permissions are the emulator's to prove). */
import { ok, type CapabilityReferral, type IsoDate, type Result, type SupportPeriod, type SupportPlan } from '../../../src/domain';
import type { DataError, NewSupportPlan, SupportPlanStore } from '../../../src/data/ports';

export class MemorySupportPlans implements SupportPlanStore {
  readonly plans: SupportPlan[] = [];
  readonly referred: Array<CapabilityReferral & { staffKey: string }> = [];

  async forPerson(staffKey: string): Promise<Result<SupportPlan[], DataError>> {
    return ok(this.plans.filter((p) => p.staffKey === staffKey));
  }

  async periods(staffKey: string): Promise<Result<SupportPeriod[], DataError>> {
    return ok(this.plans.filter((p) => p.staffKey === staffKey).map((p) => ({ from: p.openedOn, to: p.closedOn })));
  }

  async start(plan: NewSupportPlan): Promise<Result<SupportPlan, DataError>> {
    const made: SupportPlan = {
      id: this.plans.length + 1,
      staffKey: plan.staffKey,
      openedOn: plan.openedOn,
      openedBy: plan.openedBy,
      concerns: plan.concerns,
      supportAgreed: plan.supportAgreed,
      reviewOn: plan.reviewOn,
      outcome: '',
      closedOn: undefined
    };
    this.plans.push(made);
    return ok(made);
  }

  async update(plan: SupportPlan): Promise<Result<SupportPlan, DataError>> {
    this.plans.splice(this.plans.findIndex((p) => p.id === plan.id), 1, plan);
    return ok(plan);
  }

  async refer(staffKey: string, referral: CapabilityReferral, _retainUntil: IsoDate): Promise<Result<void, DataError>> {
    this.referred.push({ ...referral, staffKey });
    return ok(undefined);
  }

  async referrals(staffKey: string): Promise<Result<CapabilityReferral[], DataError>> {
    return ok(this.referred.filter((r) => r.staffKey === staffKey).map(({ on, by }) => ({ on, by })));
  }
}
