/** Use case: set up or upgrade the appraisal site, step by step, reporting progress and resuming after failures. */
import { fail, ok, type Result } from '../domain';
import type { DataError, ProvisioningRights, ProvisioningStep, SiteProvisioner } from '../data/ports';
import { withThrottleRetry, type RetryOptions } from './retry';

/** What the set-up screen is told as it goes. */
export type ProvisioningEvent =
  | { kind: 'planned'; steps: ProvisioningStep[] }
  | { kind: 'started'; step: ProvisioningStep }
  | { kind: 'waiting'; step: ProvisioningStep; seconds: number }
  | { kind: 'done'; step: ProvisioningStep }
  | { kind: 'failed'; step: ProvisioningStep; error: DataError };

/** Why set-up stopped. Running it again resumes at the failed step. */
export type ProvisioningFailure =
  | { code: 'notAllowed'; missing: ProvisioningRights['missing'] }
  | { code: 'couldNotStart'; error: DataError }
  | { code: 'stepFailed'; step: ProvisioningStep; error: DataError };

/** How patient to be with throttling (SharePoint's 429 with Retry-After). */
export interface ProvisioningOptions extends Pick<RetryOptions, 'wait' | 'maxThrottleRetries'> {
  onEvent(event: ProvisioningEvent): void;
}

/** Checks rights, runs every pending step in order (honouring Retry-After), then records the schema version. */
export async function provisionSite(
  provisioner: SiteProvisioner,
  options: ProvisioningOptions
): Promise<Result<{ stepsRun: number }, ProvisioningFailure>> {
  const rights = await provisioner.checkRights();
  if (!rights.ok) return fail({ code: 'couldNotStart', error: rights.error });
  if (!rights.value.canProvision) return fail({ code: 'notAllowed', missing: rights.value.missing });
  const pending = await provisioner.pendingSteps();
  if (!pending.ok) return fail({ code: 'couldNotStart', error: pending.error });
  options.onEvent({ kind: 'planned', steps: pending.value });

  for (const step of pending.value) {
    options.onEvent({ kind: 'started', step });
    const result = await withThrottleRetry(() => provisioner.runStep(step), {
      ...options,
      onWait: (seconds) => options.onEvent({ kind: 'waiting', step, seconds })
    });
    if (!result.ok) {
      options.onEvent({ kind: 'failed', step, error: result.error });
      return fail({ code: 'stepFailed', step, error: result.error });
    }
    options.onEvent({ kind: 'done', step });
  }
  const finished = await provisioner.finish();
  if (!finished.ok) return fail({ code: 'couldNotStart', error: finished.error });
  return ok({ stepsRun: pending.value.length });
}
