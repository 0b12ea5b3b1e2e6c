/**
 * @jest-environment node
 */
import { newEmulator, servicesAs, upnWithRole } from '../../support/overEmulator';
import personas from '../../../emulator/seed/personas.json';

describe('GraphDirectoryGateway over the emulator', () => {
  it('finds people by UPN in chunks Graph accepts, ignoring case and unknown UPNs', async () => {
    const emulator = newEmulator();
    const upns = [...personas.people.slice(0, 20).map((p) => p.upn.toUpperCase()), 'nobody@riversideprimary.onmicrosoft.com'];

    const found = await servicesAs(emulator, upnWithRole('hrAdmin')).directory.findByUpns(upns);

    expect(found.ok && found.value.size).toBe(20);
    expect(emulator.log.entries.filter((e) => e.url.includes('/users'))).toHaveLength(2);
  });

  it('lists everyone with their manager', async () => {
    const emulator = newEmulator();

    const people = await servicesAs(emulator, upnWithRole('hrAdmin')).directory.listPeopleWithManagers();

    expect(people.ok && people.value).toHaveLength(personas.people.length);
    const aisha = people.ok ? people.value.find((p) => p.displayName === 'Aisha Begum') : undefined;
    const tom = people.ok ? people.value.find((p) => p.displayName === 'Tom Hughes') : undefined;
    expect(aisha?.managerId).toBe(tom?.id);
  });
});
