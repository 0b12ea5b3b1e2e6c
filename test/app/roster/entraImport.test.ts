import { draftFromDirectory, notOnRoster, DEFAULT_PATTERN } from '../../../src/app/roster/entraImport';
import { seededPeople } from '../../support/memory/MemoryDirectory';
import type { RosterEntry } from '../../../src/data/ports';

describe('importing from Entra ID', () => {
  const people = seededPeople();
  const aisha = people.find((p) => p.displayName === 'Aisha Begum');

  it("makes the person's manager their reviewer and leaves the category for HR to set", () => {
    const draft = aisha ? draftFromDirectory(aisha, people) : undefined;

    expect(draft).toMatchObject({
      displayName: 'Aisha Begum',
      reviewerName: 'Tom Hughes',
      category: undefined,
      contract: 'permanent',
      workingPattern: DEFAULT_PATTERN
    });
  });

  it('offers only people not yet on the roster', () => {
    const roster = [{ directoryId: aisha?.id } as RosterEntry];

    const offered = notOnRoster(people, roster);

    expect(offered).toHaveLength(people.length - 1);
    expect(offered.some((p) => p.displayName === 'Aisha Begum')).toBe(false);
  });
});
