/**
 * @jest-environment node
 *
 * The health check's adapter over the emulator: on the workbench's seeded school every line is green or amber only
 * where the browser cannot check (unique scopes, Teams meetings on others' calendars, the Teams app), and a check makes
 * no write — the request log shows GETs only. An injected fault, a group owned by one person, is red and names him.
 */
import { TenantEmulator } from '../../../emulator/core/TenantEmulator';
import { seedTenant } from '../../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../../fixtures/tenant/midYearSchool';
import { healthLines, overallStatus } from '../../../src/domain';
import { GROUPS, LISTS, SCHEMA_VERSION } from '../../../src/data/sharepoint/schema';
import { PACKAGE_VERSION } from '../../../src/data/createAppServices';
import packageSolution from '../../../config/package-solution.json';
import { fixedClock } from '../../support/fixedClock';
import { servicesAs, upnWithRole } from '../../support/overEmulator';

const HR = upnWithRole('hrAdmin');
const COULD_NOT_CHECK = new Set(['uniqueScopes', 'teamsMeetings', 'teamsApp']);

async function seededSchool(): Promise<TenantEmulator> {
  const emulator = new TenantEmulator(seedTenant());
  await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
  emulator.log.clear();
  return emulator;
}

function requests(emulator: TenantEmulator): { method: string; url: string }[] {
  return emulator.log.entries.flatMap((e) => (e.parts?.length ? e.parts : [e]).map((p) => ({ method: p.method, url: p.url })));
}

describe('SpHealthFacts over the emulator', () => {
  let emulator: TenantEmulator;
  beforeAll(async () => {
    emulator = await seededSchool();
  }, 60_000);
  beforeEach(() => emulator.log.clear());

  it('finds the seeded school healthy: green, or amber only for what it could not check, and writes nothing', async () => {
    const facts = await servicesAs(emulator, HR).health.gather();

    expect(facts.ok).toBe(true);
    if (!facts.ok) return;
    const lines = healthLines(facts.value);
    expect(lines.filter((l) => l.status === 'red')).toEqual([]);
    expect(lines.filter((l) => l.status === 'amber' && !COULD_NOT_CHECK.has(l.kind))).toEqual([]);
    expect(overallStatus(lines)).toBe('amber');
    expect(facts.value.schema.installed).toBe(SCHEMA_VERSION);
    expect(facts.value.lists.every((l) => l.exists && l.uniqueScopes === undefined)).toBe(true);
    expect(facts.value.lists.find((l) => l.key === 'records')?.itemCount).toBeGreaterThan(0);
    expect(facts.value.groups.map((g) => g.title)).toEqual(Object.values(GROUPS).map((g) => g.title));
    expect(facts.value.graph.every((g) => g.outcome === 'ok')).toBe(true);
    expect(facts.value.mailboxes.length).toBeGreaterThan(2);
    expect(facts.value.mailboxes.every((m) => m.resolvable)).toBe(true);
    // Reviewers not on the roster are named from the directory, never by their id.
    expect(facts.value.mailboxes.filter((m) => /^[0-9a-f]{8}-/.test(m.name))).toEqual([]);
    const sent = requests(emulator);
    expect(sent.length).toBeGreaterThan(10);
    expect(sent.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('names the owner when a product group is owned by one person, and says red', async () => {
    const hr = emulator.state.sharepoint.users.find((u) => u.upn === HR);
    const governors = emulator.state.sharepoint.groups.find((g) => g.title === GROUPS.governors.title);
    if (!hr || !governors) throw new Error('seed lacks the HR user or the governors group');
    const before = governors.ownerId;
    governors.ownerId = hr.id;
    try {
      const facts = await servicesAs(emulator, HR).health.gather();
      const lines = facts.ok ? healthLines(facts.value) : [];
      expect(lines.filter((l) => l.status === 'red')).toEqual([
        { kind: 'groupOwner', status: 'red', subject: GROUPS.governors.title, values: [hr.title] }
      ]);
    } finally {
      governors.ownerId = before;
    }
  });
  it('names a column that lost its index, as SharePoint reports it', async () => {
    const roster = emulator.state.sharepoint.lists.find((l) => l.title === LISTS.roster.title);
    const field = roster?.fields.find((f) => f.internalName === 'ReviewerKey');
    if (!field) throw new Error('seed lacks the roster list\'s ReviewerKey column');
    field.indexed = false;
    try {
      const facts = await servicesAs(emulator, HR).health.gather();
      const lines = facts.ok ? healthLines(facts.value) : [];
      expect(lines.filter((l) => l.kind === 'indexes')).toEqual([
        { kind: 'indexes', status: 'amber', subject: LISTS.roster.title, values: ['ReviewerKey'] }
      ]);
    } finally {
      field.indexed = true;
    }
  });
});

describe('the package version the health check shows', () => {
  it('is the solution package\'s version', () => {
    expect(PACKAGE_VERSION).toBe(packageSolution.solution.version);
  });
});
