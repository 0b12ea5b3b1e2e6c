/**
 * @jest-environment node
 *
 * Issue 15: stages marked not required and long absences move deadlines and what every view says, so only the head
 * and HR may record them. They live on the roster entry; the appraisee and the reviewer, calling SharePoint directly
 * or through the product's own adapter, are refused, and what the views show does not change.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { openCycle } from '../../src/app/openCycle';
import { cycleContaining, cycleKeyOf } from '../../src/domain';
import personas from '../../fixtures/tenant/personas.json';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import type { RosterEntry } from '../../src/data/ports';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { provisionedEmulator } from '../support/provisioned';
import { importSeededRoster } from '../support/seededRoster';
import { isoDate, isoInstant } from '../support/builders';

const HR = upnWithRole('hrAdmin');
const upn = (name: string): string => `${name}@riversideprimary.onmicrosoft.com`;
const AISHA = upn('aisha.begum');
const TOM = upn('tom.hughes');
const idOf = (who: string): string => personas.people.find((p) => p.upn === who)?.id as string;
const today = isoDate('2026-11-24');
const cycle = cycleContaining(today, 4);

async function openedSchool(): Promise<TenantEmulator> {
  const emulator = await provisionedEmulator();
  const roster = await importSeededRoster(emulator, [AISHA]);
  const opened = await openCycle(roster, servicesAs(emulator, HR).records, cycle, 6, today, {
    wait: async () => undefined,
    onProgress: () => undefined
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return emulator;
}

const aishaAsTom = async (emulator: TenantEmulator): Promise<unknown> => {
  const team = await servicesAs(emulator, TOM).reader.team(idOf(TOM));
  return team.ok && team.value.people.map((p) => p.cycles.map((c) => [c.stage, c.notRequired, c.absences]));
};

/** Aisha's roster entry with her six-monthly review marked not required and an open-ended absence. */
const excused = (entry: RosterEntry): RosterEntry => ({
  ...entry,
  stagesNotRequired: [
    { cycleKey: cycleKeyOf(cycle), stage: 'planning', reason: 'joinedLate', note: 'x', by: 'me', at: isoInstant('2026-11-24T09:00:00Z') }
  ],
  absences: [{ from: isoDate('2026-05-01'), to: undefined }]
});

describe('who may excuse a stage or pause deadlines', () => {
  it.each([
    ['the appraisee', AISHA],
    ['the reviewer', TOM]
  ])('%s cannot, by REST or through the adapter, and the views stay as they were', async (_who, attacker) => {
    const emulator = await openedSchool();
    const before = await aishaAsTom(emulator);
    const hrRoster = await servicesAs(emulator, HR).roster.listRoster();
    if (!hrRoster.ok) throw new Error('roster');
    const entry = hrRoster.value.entries.find((e) => e.id === idOf(AISHA)) as RosterEntry;

    const viaAdapter = await servicesAs(emulator, attacker).roster.saveRosterEntry(excused(entry), entry.etag);
    const list = spAs(emulator, attacker).web.lists.getByTitle('AppraisalRoster');
    const own = await list.items.filter(`StaffKey eq '${idOf(AISHA)}'`).select('Id', 'Payload')<Array<{ Id: number; Payload: string }>>();
    const payload = {
      ...JSON.parse(own[0].Payload),
      stagesNotRequired: excused(entry).stagesNotRequired,
      absences: [{ from: '2026-05-01' }]
    };
    const viaRest = await list.items
      .getById(own[0].Id)
      .update({ Payload: JSON.stringify(payload) })
      .then(
        () => 200,
        (error: { status?: number }) => error.status
      );

    expect(viaAdapter).toMatchObject({ ok: false, error: { code: 'accessDenied' } });
    expect(viaRest).toBe(403);
    expect(await aishaAsTom(emulator)).toEqual(before);
  });

  it('HR can: the reviewer’s view then moves past the stage and carries the absence', async () => {
    const emulator = await openedSchool();
    const hrRoster = await servicesAs(emulator, HR).roster.listRoster();
    if (!hrRoster.ok) throw new Error('roster');
    const entry = hrRoster.value.entries.find((e) => e.id === idOf(AISHA)) as RosterEntry;

    expect((await servicesAs(emulator, HR).roster.saveRosterEntry(excused(entry), entry.etag)).ok).toBe(true);

    expect(await aishaAsTom(emulator)).toEqual([
      [['interimReview', excused(entry).stagesNotRequired, [{ from: '2026-05-01', to: undefined }]]]
    ]);
  });
});
