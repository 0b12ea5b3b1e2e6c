/**
 * @jest-environment node
 */
import { newEmulator, servicesAs, upnWithRole } from '../../support/overEmulator';
import personas from '../../../fixtures/tenant/personas.json';
import type { DirectoryUser } from '../../../emulator/core/directory';

/** The tenant's members: an invited guest (the parent governor) is never listed as staff. */
const members = personas.people.filter((p) => p.userType !== 'Guest');

describe('GraphDirectoryGateway over the emulator', () => {
  it('finds people by UPN in chunks Graph accepts, ignoring case and unknown UPNs', async () => {
    const emulator = newEmulator();
    const upns = [...personas.people.slice(0, 20).map((p) => p.upn.toUpperCase()), 'nobody@riversideprimary.onmicrosoft.com'];

    const found = await servicesAs(emulator, upnWithRole('hrAdmin')).directory.findByUpns(upns);

    expect(found.ok && found.value.size).toBe(20);
    // Two `in` filters of at most 15 UPNs, sent together in one JSON batch.
    expect(emulator.log.entries).toHaveLength(1);
    expect(emulator.log.entries[0]).toMatchObject({ url: '/graph/v1.0/$batch', batchParts: 2 });
  });

  it('answers throttled, with the longest Retry-After, when Graph throttles a part of the batch', async () => {
    const emulator = newEmulator();
    emulator.faults.add({ status: 429, retryAfter: 12, match: '/users?' });
    const upns = personas.people.slice(0, 20).map((p) => p.upn);

    const found = await servicesAs(emulator, upnWithRole('hrAdmin')).directory.findByUpns(upns);

    expect(found).toEqual({ ok: false, error: { code: 'throttled', retryAfterSeconds: 12 } });
  });

  it('lists everyone with their manager', async () => {
    const emulator = newEmulator();

    const people = await servicesAs(emulator, upnWithRole('hrAdmin')).directory.listPeopleWithManagers();

    expect(people.ok && people.value).toHaveLength(members.length);
    const aisha = people.ok ? people.value.find((p) => p.displayName === 'Aisha Begum') : undefined;
    const tom = people.ok ? people.value.find((p) => p.displayName === 'Tom Hughes') : undefined;
    expect(aisha?.managerId).toBe(tom?.id);
  });

  it('reads a directory past 100 people in the pages of 100 Graph answers with $expand, whatever $top asks', async () => {
    const emulator = newEmulator();
    const template = emulator.state.directory.users[0];
    const extra = Array.from({ length: 230 }, (_, i) => ({
      ...template,
      id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      upn: `extra${i}@${emulator.state.directory.domain}`,
      displayName: `Extra ${String(i).padStart(3, '0')}`
    }));
    emulator.state.directory.users.push(...extra);
    const mark = emulator.log.mark();

    const people = await servicesAs(emulator, upnWithRole('hrAdmin')).directory.listPeopleWithManagers();

    expect(people.ok && people.value).toHaveLength(members.length + 230);
    // 271 people, at most 100 a page when managers are expanded: three requests.
    expect(emulator.log.since(mark).filter((e) => e.url.includes('/users'))).toHaveLength(3);
  });
});

describe('GraphDirectoryGateway with UPNs that need encoding in a URL', () => {
  const guest = (upn: string, displayName: string): DirectoryUser => ({
    id: `00000000-0000-4000-8000-${String(displayName.length).padStart(12, '0')}`,
    upn,
    displayName,
    givenName: displayName,
    surname: 'Guest',
    jobTitle: 'Supply teaching assistant',
    roles: [],
    reviewerUpn: null,
    workingPattern: { kind: 'fullTime', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], start: '08:30', end: '15:30', termTimeOnly: true }
  });

  it("finds a guest (#EXT#) and people whose UPNs hold &, + and an apostrophe", async () => {
    const emulator = newEmulator();
    const domain = emulator.state.directory.domain;
    const odd = [
      guest(`name_school.org#EXT#@${domain}`, 'Guest Supply'),
      guest(`tom&jerry@${domain}`, 'Tom And Jerry'),
      guest(`ann+art@${domain}`, 'Ann Plus'),
      guest(`siobhan.o'neill2@${domain}`, "Siobhán O'Neill-Two")
    ];
    emulator.state.directory.users.push(...odd);

    const found = await servicesAs(emulator, upnWithRole('hrAdmin')).directory.findByUpns([
      ...odd.map((u) => u.upn),
      personas.people[0].upn
    ]);

    expect(found.ok ? [...found.value.values()].map((p) => p.displayName).sort() : found.error).toEqual(
      ['Ann Plus', 'Guest Supply', "Siobhán O'Neill-Two", 'Tom And Jerry', personas.people[0].displayName].sort()
    );
  });
});
