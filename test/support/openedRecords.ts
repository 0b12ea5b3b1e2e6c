/**
 * Worlds for the contract suites (test/contracts): seeded people as roster drafts, and a tenant whose site is set up
 * with chosen people on the roster and this year's cycle opened for them, all through the production adapters.
 */
import { openCycle } from '../../src/app/openCycle';
import { cycleContaining, DEFAULT_SCHEME_SETTINGS, directoryId, staffId, type WorkingPattern } from '../../src/domain';
import type { RosterDraft, RosterEntry } from '../../src/data/ports';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import personas from '../../fixtures/tenant/personas.json';
import { servicesAs, upnWithRole } from './overEmulator';
import { provisionedEmulator } from './provisioned';
import { importSeededRoster } from './seededRoster';
import { isoDate } from './builders';

/** A seeded person. */
export type Persona = (typeof personas.people)[number];

/** The day every contract runs on, and the cycle that contains it. */
export const TODAY = isoDate('2026-11-24');
export const CYCLE = cycleContaining(TODAY, DEFAULT_SCHEME_SETTINGS.cycleStartMonth);

/** The seeded person with this UPN (or UPN prefix); throws when there is none. */
export function persona(upn: string): Persona {
  const found = personas.people.find((p) => p.upn === upn || p.upn.startsWith(`${upn}@`));
  if (!found) throw new Error(`No persona ${upn}`);
  return found;
}

/** The roster draft an administrator saves for a seeded person, with their seeded reviewer (as importPersonas does). */
export function personaDraft(upn: string): RosterDraft {
  const p = persona(upn);
  const reviewer = p.reviewerUpn ? persona(p.reviewerUpn) : undefined;
  return {
    id: staffId(p.id),
    directoryId: directoryId(p.id),
    upn: p.upn,
    displayName: p.displayName,
    jobTitle: p.jobTitle,
    category: p.staffCategory as RosterDraft['category'],
    contract: (p.contractType ?? 'permanent') as RosterDraft['contract'],
    workingPattern: p.workingPattern as WorkingPattern,
    reviewer: reviewer ? directoryId(reviewer.id) : undefined,
    reviewerName: reviewer?.displayName,
    reviewerUpn: reviewer?.upn,
    jobDescriptionUrl: undefined,
    startDate: undefined,
    probationPassed: p.probationPassed ?? true,
    leftOn: undefined
  };
}

/** A set-up tenant with these people on the roster and the cycle opened for each, by the HR lead. */
export async function openedRecordsFor(upns: readonly string[]): Promise<{ emulator: TenantEmulator; roster: RosterEntry[] }> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, upns.map((u) => persona(u).upn));
  const opened = await openCycle(
    roster,
    servicesAs(emulator, upnWithRole('hrAdmin')).records,
    CYCLE,
    DEFAULT_SCHEME_SETTINGS.retentionYears,
    TODAY,
    {
      wait: async () => undefined,
      onProgress: () => undefined
    }
  );
  if (!opened.ok) throw new Error(`opening the cycle failed: ${JSON.stringify(opened.error)}`);
  emulator.log.clear();
  return { emulator, roster };
}
