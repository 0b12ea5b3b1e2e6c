import { provisionSite, type ProvisioningEvent } from '../../src/app/provisionSite';
import { MemorySiteProvisioner } from '../support/memory/MemorySiteProvisioner';

function run(provisioner: MemorySiteProvisioner): {
  events: ProvisioningEvent[];
  waits: number[];
  result: ReturnType<typeof provisionSite>;
} {
  const events: ProvisioningEvent[] = [];
  const waits: number[] = [];
  const result = provisionSite(provisioner, {
    onEvent: (e) => events.push(e),
    wait: async (s) => {
      waits.push(s);
    }
  });
  return { events, waits, result };
}

describe('provisionSite', () => {
  it('waits as long as SharePoint asks when throttled, then carries on', async () => {
    const provisioner = new MemorySiteProvisioner().failNext(
      'groups',
      { code: 'throttled', retryAfterSeconds: 3 },
      { code: 'throttled', retryAfterSeconds: 1 }
    );

    const { result, waits } = run(provisioner);

    expect(await result).toEqual({ ok: true, value: { stepsRun: 4 } });
    expect(waits).toEqual([3, 1]);
  });

  it('gives up on throttling after the retry limit and reports the step', async () => {
    const throttled = { code: 'throttled' as const, retryAfterSeconds: 1 };
    const provisioner = new MemorySiteProvisioner().failNext('groups', ...Array(7).fill(throttled));

    const outcome = await run(provisioner).result;

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toEqual({ code: 'stepFailed', step: expect.objectContaining({ id: 'groups' }), error: throttled });
    expect(provisioner.finished).toBe(false);
  });

  it('runs nothing for someone without the rights', async () => {
    const provisioner = new MemorySiteProvisioner({ canProvision: false, missing: ['managePermissions'] });

    const outcome = await run(provisioner).result;

    expect(outcome).toEqual({ ok: false, error: { code: 'notAllowed', missing: ['managePermissions'] } });
    expect(provisioner.ran).toEqual([]);
  });

  it('runs only what is still pending the second time', async () => {
    const provisioner = new MemorySiteProvisioner();
    await run(provisioner).result;

    const second = run(provisioner);

    expect(await second.result).toEqual({ ok: true, value: { stepsRun: 0 } });
    expect(second.events).toEqual([{ kind: 'planned', steps: [] }]);
  });
});
