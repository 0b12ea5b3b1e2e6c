/**
 * @jest-environment node
 *
 * The RecordsReader contract: the memory fake and SpRecordsReader over the emulator pass the same tests. Who the
 * people are, and who reviews them, comes from the roster only; a record's own reviewer key is never believed.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { cycleKeyOf, trackFor } from '../../src/domain';
import type { CycleRecordSummary, PersonRecords, RecordsReader, RosterEntry } from '../../src/data/ports';
import { LISTS } from '../../src/data/sharepoint/schema';
import { odataString } from '../../src/data/odataLiteral';
import { MemoryRecordsReader } from '../support/memory/MemoryRecordsReader';
import { MemoryRosterStore } from '../support/memory/MemoryRosterStore';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { CYCLE, openedRecordsFor, persona, personaDraft, TODAY } from '../support/openedRecords';
import { value as must } from '../support/results';

/** People on the roster with this year's record opened, read as any of them; and two ways to move a reviewer. */
export interface RecordsWorld {
  /** The roster entries as the administrator saved them, in the order given. */
  roster: RosterEntry[];
  /** The reader as this seeded person is signed in. */
  as(upn: string): RecordsReader;
  /** An administrator gives the person another reviewer on the roster; the record items keep naming the old one. */
  rosterReviewer(staffKey: string, reviewerUpn: string): Promise<void>;
  /** The person's record item claims another reviewer (its parties can write it); the roster keeps the old one. */
  claimReviewer(staffKey: string, reviewerUpn: string): Promise<void>;
}

const HR = upnWithRole('hrAdmin');
const TOM = persona('tom.hughes');
const RACHEL = persona('rachel.adeyemi');
// Out of name order, reviewed by Tom except Grace (Rachel).
const PEOPLE = ['zoe.clarke', 'grace.osei', 'emma.thompson', 'aisha.begum'].map((u) => persona(u).upn);

const shape = (c: CycleRecordSummary): Partial<CycleRecordSummary> => ({
  staffKey: c.staffKey,
  cycleKey: c.cycleKey,
  cycle: c.cycle,
  track: c.track,
  stage: c.stage,
  reviewerKey: c.reviewerKey,
  openedOn: c.openedOn
});
/** What opening this year's cycle gives a roster entry, as its summary. */
const openedFor = (entry: RosterEntry): Partial<CycleRecordSummary> => ({
  staffKey: entry.id,
  cycleKey: `${entry.id}:${cycleKeyOf(CYCLE)}`,
  cycle: CYCLE,
  track: trackFor(entry, CYCLE),
  stage: 'planning',
  reviewerKey: entry.reviewer,
  openedOn: TODAY
});
const names = (people: readonly PersonRecords[]): string[] => people.map((p) => p.person.displayName);

export function describeRecordsReaderContract(name: string, makeSubject: (upns: readonly string[]) => Promise<RecordsWorld>): void {
  describe(`RecordsReader contract: ${name}`, () => {
    let w: RecordsWorld;
    const entry = (upn: string): RosterEntry => w.roster.find((e) => e.upn === upn) as RosterEntry;
    const reviewedBy = (reviewer: string): RosterEntry[] => w.roster.filter((e) => e.reviewer === persona(reviewer).id);
    beforeEach(async () => {
      w = await makeSubject(PEOPLE);
    }, 60000);

    it('gives an appraisee her roster entry and this year\'s record, with no problems', async () => {
      const emma = entry(persona('emma.thompson').upn);

      const mine = must(await w.as(emma.upn).mine(emma.id));

      expect(mine.problems).toEqual([]);
      expect(mine.record?.person).toEqual({ ...emma, etag: expect.any(String) });
      expect(mine.record?.cycles.map(shape)).toEqual([openedFor(emma)]);
      expect(mine.record?.meetings).toEqual([]);
    });

    it('gives a reviewer exactly the people the roster gives them, in name order, each with their record', async () => {
      const team = must(await w.as(TOM.upn).team(TOM.id));
      const expected = reviewedBy(TOM.upn).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));

      expect(team.problems).toEqual([]);
      expect(names(team.people)).toEqual(expected.map((e) => e.displayName));
      // The people were put on the roster out of name order, so the order is the reader's.
      expect(names(team.people)).not.toEqual(reviewedBy(TOM.upn).map((e) => e.displayName));
      expect(team.people.map((p) => p.cycles.map(shape))).toEqual(expected.map((e) => [openedFor(e)]));
      expect(team.people.map((p) => p.person.id)).not.toContain(persona('grace.osei').id);
    });

    it('gives each reviewer only their own people', async () => {
      const hers = must(await w.as(RACHEL.upn).team(RACHEL.id));

      expect(names(hers.people)).toEqual(reviewedBy(RACHEL.upn).map((e) => e.displayName));
    });

    it('takes the reviewer from the roster, not from what the record item claims', async () => {
      const aisha = entry(persona('aisha.begum').upn);
      await w.claimReviewer(aisha.id, RACHEL.upn);

      const toms = must(await w.as(TOM.upn).team(TOM.id));
      const rachels = must(await w.as(RACHEL.upn).team(RACHEL.id));
      const hers = must(await w.as(aisha.upn).mine(aisha.id));

      expect(toms.people.find((p) => p.person.id === aisha.id)?.cycles.map((c) => c.reviewerKey)).toEqual([TOM.id]);
      expect(hers.record?.cycles.map((c) => c.reviewerKey)).toEqual([TOM.id]);
      expect(rachels.people.map((p) => p.person.id)).not.toContain(aisha.id);
    });

    it('leaves a person out of a reviewer\'s team once the roster names someone else, whatever the record says', async () => {
      const aisha = entry(persona('aisha.begum').upn);
      const before = must(await w.as(TOM.upn).team(TOM.id));
      await w.rosterReviewer(aisha.id, RACHEL.upn);

      const after = must(await w.as(TOM.upn).team(TOM.id));

      expect(before.people.map((p) => p.person.id)).toContain(aisha.id);
      expect(after.people.map((p) => p.person.id)).not.toContain(aisha.id);
      expect(after.people).toHaveLength(before.people.length - 1);
    });
  });
}

describeRecordsReaderContract('MemoryRecordsReader', async (upns) => {
  const store = new MemoryRosterStore();
  const roster: RosterEntry[] = [];
  for (const upn of upns) roster.push(await store.saveRosterEntry(personaDraft(upn), undefined).then(must));
  const reader = new MemoryRecordsReader(roster.filter((e) => trackFor(e, CYCLE)).map((e) => ({
    person: e, cycles: [openedFor(e) as CycleRecordSummary], meetings: []
  })));
  const update = (staffKey: string, change: (p: PersonRecords) => PersonRecords): void => {
    const i = reader.people.findIndex((p) => p.person.id === staffKey);
    reader.people[i] = change(reader.people[i]);
  };
  return {
    roster,
    as: () => reader,
    rosterReviewer: async (staffKey, upn) => {
      const r = persona(upn);
      update(staffKey, (p) => ({
        ...p,
        person: { ...p.person, reviewer: personaDraft(r.upn).directoryId, reviewerName: r.displayName, reviewerUpn: r.upn }
      }));
    },
    claimReviewer: async (staffKey, upn) =>
      update(staffKey, (p) => ({ ...p, cycles: p.cycles.map((c) => ({ ...c, reviewerKey: persona(upn).id })) }))
  };
});

describeRecordsReaderContract('SpRecordsReader over the emulator', async (upns) => {
  const { emulator, roster } = await openedRecordsFor(upns);
  const hr = servicesAs(emulator, HR);
  return {
    roster,
    as: (upn) => servicesAs(emulator, upn).reader,
    rosterReviewer: async (staffKey, upn) => {
      const r = persona(upn);
      const current = must(await hr.roster.listRoster()).entries.find((e) => e.id === staffKey) as RosterEntry;
      must(
        await hr.roster.saveRosterEntry(
          { ...current, reviewer: personaDraft(r.upn).directoryId, reviewerName: r.displayName, reviewerUpn: r.upn },
          current.etag
        )
      );
    },
    claimReviewer: async (staffKey, upn) => {
      const items = spAs(emulator, HR).web.lists.getByTitle(LISTS.records.title).items;
      const cycles = await items.filter(`StaffKey eq ${odataString(staffKey)} and RecordKind eq 'cycle'`).select('Id')<
        Array<{ Id: number }>
      >();
      for (const { Id } of cycles) await items.getById(Id).update({ ReviewerKey: persona(upn).id });
    }
  };
});
