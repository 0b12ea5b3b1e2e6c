/**
 * @jest-environment node
 *
 * The emulator's consent model: the delegated Graph permissions the tenant approved, one withdrawn through the
 * test-only /_emulator/consent endpoint, and Graph's own 403 for a call that needed it. The health check's line for
 * that permission then turns red and names the fix; approving it again turns it green.
 */
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { REQUESTED_SCOPES } from '../../../emulator/graph/consent';
import { seedTenant } from '../../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { healthLines } from '../../../src/domain';
import { lineText } from '../../../src/webparts/appraisalAdmin/components/Health/healthText';
import packageSolution from '../../../config/package-solution.json';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs, upnWithRole } from '../../support/overEmulator';

const HR = upnWithRole('hrAdmin');
const GRAPH = 'https://graph.microsoft.com/v1.0';

async function consent(emulator: TenantEmulator, method: string, body?: unknown): Promise<{ status: number; body: string }> {
  const answer = await emulator.handle({
    method, url: 'http://127.0.0.1:5173/_emulator/consent', headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {})
  });
  return { status: answer.status, body: typeof answer.body === 'string' ? answer.body : '' };
}

async function graph(emulator: TenantEmulator, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const answer = await emulator.handle({
    method, url: `${GRAPH}${path}`, headers: { 'x-emulator-user': HR, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {})
  });
  return { status: answer.status, json: typeof answer.body === 'string' && answer.body ? JSON.parse(answer.body) : undefined };
}

describe('Graph consent in the emulator', () => {
  it('approves what the package requests, and User.Read which every SPFx solution holds', () => {
    const requested = packageSolution.solution.webApiPermissionRequests.filter((r) => r.resource === 'Microsoft Graph').map((r) => r.scope);

    expect([...REQUESTED_SCOPES].sort()).toEqual(['User.Read', ...requested].sort());
  });

  it('answers 403 Authorization_RequestDenied for the manager once User.Read.All is withdrawn; the basic profile still answers', async () => {
    const emulator = new TenantEmulator(seedTenant());

    expect((await consent(emulator, 'POST', { withdraw: ['User.Read.All'] })).status).toBe(200);
    const manager = await graph(emulator, 'GET', '/users?$select=id&$expand=manager($select=id)&$top=1');
    const basic = await graph(emulator, 'GET', '/users?$select=id,displayName&$top=1');

    expect(manager).toEqual({
      status: 403,
      json: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.', innerError: expect.any(Object) } }
    });
    expect(basic.status).toBe(200);
    expect(JSON.parse((await consent(emulator, 'GET')).body).granted).not.toContain('User.Read.All');
  });

  it('answers 403 ErrorAccessDenied for a booking once Calendars.ReadWrite is withdrawn, and takes it back when approved again', async () => {
    const emulator = new TenantEmulator(seedTenant());
    const event = {
      subject: 'One-to-one', start: { dateTime: '2026-11-25T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-25T10:30:00', timeZone: 'UTC' }
    };

    await consent(emulator, 'POST', { withdraw: ['Calendars.ReadWrite'] });
    const refused = await graph(emulator, 'POST', '/me/events', event);
    await consent(emulator, 'DELETE');
    const booked = await graph(emulator, 'POST', '/me/events', event);

    expect(refused).toEqual({
      status: 403,
      json: { error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.', innerError: expect.any(Object) } }
    });
    expect(booked.status).toBe(201);
  });
});

describe('the health check when a Graph permission is withdrawn', () => {
  let emulator: TenantEmulator;
  beforeAll(async () => {
    emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
  }, 60_000);
  afterEach(async () => {
    await consent(emulator, 'DELETE');
  });

  it.each(['User.Read.All', 'Calendars.ReadWrite'])('turns the %s line red and says where to approve it', async (scope) => {
    await consent(emulator, 'POST', { withdraw: [scope] });

    const facts = await servicesAs(emulator, HR).health.gather();
    const red = facts.ok ? healthLines(facts.value).filter((l) => l.status === 'red') : [];

    expect(red).toEqual([{ kind: 'graphPermission', status: 'red', subject: scope, values: ['denied'] }]);
    expect(lineText(red[0])).toBe(
      `Microsoft Graph permission ${scope} is not approved. In the SharePoint admin centre, open Advanced, API access, and approve it.`
    );
  });

  it('is green for every Graph permission once they are approved again', async () => {
    const facts = await servicesAs(emulator, HR).health.gather();

    expect(facts.ok && facts.value.graph.every((g) => g.outcome === 'ok')).toBe(true);
  });
});
