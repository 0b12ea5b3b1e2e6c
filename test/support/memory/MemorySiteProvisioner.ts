import { fail, ok, type Result } from '../../../src/domain';
import type { DataError, ProvisioningRights, ProvisioningStep, SiteProvisioner } from '../../../src/data/ports';

const STEPS: ProvisioningStep[] = [
  { id: 'list:settings', kind: 'list', target: 'AppraisalSettings' },
  { id: 'fields:settings', kind: 'fields', target: 'AppraisalSettings' },
  { id: 'groups', kind: 'groups', target: 'groups' },
  { id: 'settings', kind: 'settings', target: 'AppraisalSettings' }
];

/** A provisioner that remembers which steps ran, and can be told to fail a step a number of times. */
export class MemorySiteProvisioner implements SiteProvisioner {
  readonly ran: string[] = [];
  finished = false;
  private readonly failures = new Map<string, DataError[]>();

  constructor(private readonly rights: ProvisioningRights = { canProvision: true, missing: [] }) {}

  /** The next runs of `stepId` answer these errors, in order. */
  failNext(stepId: string, ...errors: DataError[]): this {
    this.failures.set(stepId, errors);
    return this;
  }

  async checkRights(): Promise<Result<ProvisioningRights, DataError>> {
    return ok(this.rights);
  }

  async pendingSteps(): Promise<Result<ProvisioningStep[], DataError>> {
    return ok(STEPS.filter((s) => !this.ran.includes(s.id)));
  }

  async runStep(step: ProvisioningStep): Promise<Result<void, DataError>> {
    const queued = this.failures.get(step.id);
    if (queued?.length) return fail(queued.shift() as DataError);
    if (!this.ran.includes(step.id)) this.ran.push(step.id);
    return ok(undefined);
  }

  async finish(): Promise<Result<void, DataError>> {
    this.finished = true;
    return ok(undefined);
  }
}
