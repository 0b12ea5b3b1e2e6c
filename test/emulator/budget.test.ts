/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { ModelledClock } from '../../emulator/core/tenantClock';
import { seedTenant } from '../../fixtures/tenant/school';
import { spAs, upnWithRole } from '../support/overEmulator';

const HR = upnWithRole('hrAdmin');
const limits = (
  requests: number
): { sharepoint: { requests: number; windowSeconds: number }; graph: { requests: number; windowSeconds: number } } => ({
  sharepoint: { requests, windowSeconds: 60 },
  graph: { requests, windowSeconds: 60 }
});

function budgeted(requests: number): { emulator: TenantEmulator; clock: ModelledClock } {
  const clock = new ModelledClock(0.5);
  return { emulator: new TenantEmulator(seedTenant(), { budget: { clock, limits: limits(requests) } }), clock };
}

const get = (emulator: TenantEmulator, url: string, upn = HR): ReturnType<TenantEmulator['handle']> =>
  emulator.handle({ method: 'GET', url, headers: { 'x-emulator-user': upn, accept: 'application/json' } });

const WEB = '/sites/staff-appraisal/_api/web';

describe('the per-user request budget', () => {
  it('answers 429 with Retry-After once the window is spent, and lets the user in again when it slides on', async () => {
    const { emulator, clock } = budgeted(3);
    for (let i = 0; i < 3; i++) expect((await get(emulator, WEB)).status).toBe(200);
    const refused = await get(emulator, WEB);
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers['retry-after']);
    // Three requests at 0.5 s, 1 s, 1.5 s; the first leaves the 60 s window at 60.5 s, and the refusal came at 2 s.
    expect(wait).toBe(59);
    expect(String(refused.body)).toContain('SPRequestThrottledException');
    await clock.wait(wait);
    expect((await get(emulator, WEB)).status).toBe(200);
  });

  it('keeps each user to their own budget', async () => {
    const { emulator } = budgeted(1);
    expect((await get(emulator, WEB)).status).toBe(200);
    expect((await get(emulator, WEB)).status).toBe(429);
    expect((await get(emulator, WEB, 'aisha.begum@riversideprimary.onmicrosoft.com')).status).not.toBe(429);
  });

  it('counts every part of a $batch, throttles the parts beyond the budget, and refuses the next batch whole', async () => {
    const { emulator } = budgeted(3);
    const sp = spAs(emulator, HR);
    const [batched, execute] = sp.batched();
    const reads = [0, 1, 2, 3].map(() => batched.web.select('Title')().then(() => 200, (e: { status: number }) => e.status));
    await execute();
    expect(await Promise.all(reads)).toEqual([200, 200, 200, 429]);
    const [again, executeAgain] = sp.batched();
    again.web.select('Title')().catch(() => undefined);
    await expect(executeAgain()).rejects.toMatchObject({ status: 429 });
  });

  it('refuses a SharePoint $batch of more than 100 requests before running any of it', async () => {
    const emulator = new TenantEmulator(seedTenant());
    const sp = spAs(emulator, HR);
    await sp.web.lists.add('Notes', '', 100);
    const [batched, execute] = sp.batched({ maxRequests: 101 });
    const list = batched.web.lists.getByTitle('Notes');
    for (let i = 0; i < 101; i++) list.items.add({ Title: `n${i}` }).catch(() => undefined);
    await expect(execute()).rejects.toMatchObject({ status: 400 });
    expect(emulator.state.sharepoint.lists.find((l) => l.title === 'Notes')?.items).toHaveLength(0);
  });

  it('answers a Graph JSON batch of up to 20 requests, each judged on its own, and refuses 21', async () => {
    const { emulator } = budgeted(2);
    const batch = (n: number): ReturnType<TenantEmulator['handle']> =>
      emulator.handle({
        method: 'POST',
        url: '/graph/v1.0/$batch',
        headers: { 'x-emulator-user': HR, 'content-type': 'application/json' },
        body: JSON.stringify({
          requests: Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me?$select=displayName' }))
        })
      });
    const answer = await batch(3);
    expect(answer.status).toBe(200);
    const { responses } = JSON.parse(String(answer.body)) as {
      responses: Array<{ id: string; status: number; headers: Record<string, string> }>;
    };
    expect(responses.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(Number(responses[2].headers['retry-after'])).toBeGreaterThan(0);
    const fresh = new TenantEmulator(seedTenant());
    const tooMany = await fresh.handle({
      method: 'POST', url: '/graph/v1.0/$batch', headers: { 'x-emulator-user': HR, 'content-type': 'application/json' },
      body: JSON.stringify({ requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' })) })
    });
    expect(tooMany.status).toBe(400);
  });

  it('models tenant time: a fixed cost per round trip, whatever the batch holds, plus the waits', async () => {
    const { emulator, clock } = budgeted(1000);
    const sp = spAs(emulator, HR);
    // PnPjs sends 20 parts per $batch unless told otherwise.
    const [batched, execute] = sp.batched({ maxRequests: 100 });
    for (let i = 0; i < 50; i++) batched.web.select('Title')().catch(() => undefined);
    await execute();
    await clock.wait(10);
    expect(clock.elapsed()).toBeCloseTo(10.5);
    expect(clock.roundTrips()).toBe(1);
  });
});
