/**
 * @jest-environment node
 */
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { seedTenant } from '../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../fixtures/tenant/midYearSchool';
import personas from '../../fixtures/tenant/personas.json';
import { fixedClock } from '../support/fixedClock';
import { servicesAs, upnWithRole } from '../support/overEmulator';

describe('the workbench school, part-way through the year', () => {
  it("is set up through our own use cases: roster, this year's cycle and two booked one-to-ones, three records under way and a governor report published", async () => {
    const emulator = new TenantEmulator(seedTenant(), {
      reset: seedTenant,
      seeds: { school: (e) => seedMidYearSchool(e, fixedClock('2026-11-24')) }
    });

    const response = await emulator.handle({ method: 'POST', url: 'http://127.0.0.1:5173/_emulator/reset?seed=school', headers: {} });

    expect(response.status).toBe(204);
    const hr = servicesAs(emulator, upnWithRole('hrAdmin'));
    const roster = await hr.roster.listRoster();
    expect(roster.ok && roster.value.entries).toHaveLength(personas.people.filter((p) => p.staffCategory).length);
    const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));
    const team = await servicesAs(emulator, tom?.upn ?? '').reader.team(tom?.id ?? '');
    expect(team.ok && team.value.people.filter((p) => p.meetings.length).map((p) => p.person.displayName)).toEqual([
      'Aisha Begum',
      'Hannah Wright'
    ]);
    expect(
      team.ok && team.value.people.filter((p) => p.cycles[0]?.stage !== 'planning').map((p) => [p.person.displayName, p.cycles[0].stage])
    ).toEqual([
      ['Aisha Begum', 'interimReview'],
      ['Hannah Wright', 'interimReview']
    ]);
    const governor = personas.people.find((p) => p.roles.includes('governor'));
    const reports = await servicesAs(emulator, governor?.upn ?? '').governorReports.listPublished();
    expect(reports.ok && reports.value.map((r) => r.cycleLabel)).toEqual(['2026/27', '2025/26']);
  }, 60000);

  it('refuses a seed it does not know', async () => {
    const emulator = new TenantEmulator(seedTenant(), { reset: seedTenant, seeds: {} });

    const response = await emulator.handle({ method: 'POST', url: '/_emulator/reset?seed=nope', headers: {} });

    expect(response.status).toBe(400);
  });
});
