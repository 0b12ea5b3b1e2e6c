/** Imports chosen people of the seeded school onto the roster through the production roster store. */
import { directoryId, staffId } from '../../src/domain';
import type { RosterEntry } from '../../src/data/ports';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import personas from '../../emulator/seed/personas.json';
import { servicesAs, upnWithRole } from './overEmulator';

/** Saves each person (by UPN) as a roster entry, with their seeded reviewer; returns the stored entries. */
export async function importSeededRoster(emulator: TenantEmulator, upns: readonly string[]): Promise<RosterEntry[]> {
  const { roster } = servicesAs(emulator, upnWithRole('hrAdmin'));
  const saved: RosterEntry[] = [];
  for (const upn of upns) {
    const p = personas.people.find((x) => x.upn === upn);
    if (!p) throw new Error(`No persona ${upn}`);
    const reviewer = personas.people.find((x) => x.upn === p.reviewerUpn);
    const result = await roster.saveRosterEntry({
      id: staffId(p.id), directoryId: directoryId(p.id), upn: p.upn, displayName: p.displayName, jobTitle: p.jobTitle,
      category: p.staffCategory as RosterEntry['category'], contract: (p.contractType ?? 'permanent') as RosterEntry['contract'],
      workingPattern: p.workingPattern as RosterEntry['workingPattern'], reviewer: reviewer ? directoryId(reviewer.id) : undefined,
      reviewerName: reviewer?.displayName, reviewerUpn: reviewer?.upn, jobDescriptionUrl: undefined, startDate: undefined,
      probationPassed: p.probationPassed ?? true, leftOn: undefined
    }, undefined);
    if (!result.ok) throw new Error(`roster save failed: ${JSON.stringify(result.error)}`);
    saved.push(result.value);
  }
  return saved;
}
