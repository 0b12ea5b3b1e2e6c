/**
 * @jest-environment node
 *
 * The RosterStore contract: the memory fake and SpRosterStore over the emulator (as the HR lead) pass the same tests.
 * Adds and updates are guarded by the entry's version token, and the roster lists in name order.
 */
import type { RosterDraft, RosterEntry, RosterStore } from '../../src/data/ports';
import { MemoryRosterStore } from '../support/memory/MemoryRosterStore';
import { servicesAs, upnWithRole } from '../support/overEmulator';
import { provisionedEmulator } from '../support/provisioned';
import { personaDraft } from '../support/openedRecords';
import { value as must } from '../support/results';

const listed = async (roster: RosterStore): Promise<RosterEntry[]> => must(await roster.listRoster()).entries;
const byName = (a: string, b: string): number => a.localeCompare(b, 'en-GB');

// Names with accents and apostrophes, saved out of name order.
const ZOE = personaDraft('zoe.clarke');
const AN = personaDraft('nguyen.van.an');
const SIOBHAN = personaDraft('siobhan.oneill');
const AISHA = personaDraft('aisha.begum');
const CIARAN = personaDraft('ciaran.mcbride');

export function describeRosterStoreContract(name: string, makeSubject: () => Promise<RosterStore>): void {
  describe(`RosterStore contract: ${name}`, () => {
    let roster: RosterStore;
    beforeEach(async () => {
      roster = await makeSubject();
    }, 60000);

    it('starts empty, with no problems', async () => {
      expect(await roster.listRoster()).toEqual({ ok: true, value: { entries: [], problems: [] } });
    });

    it('adds an entry without a token and gives back the draft with one; the roster lists exactly it', async () => {
      const saved = must(await roster.saveRosterEntry(AISHA, undefined));

      expect(saved).toEqual({ ...AISHA, etag: expect.any(String) });
      expect(await listed(roster)).toEqual([saved]);
    });

    it('updates with the token it was given and gives a new token', async () => {
      const added = must(await roster.saveRosterEntry(AISHA, undefined));

      const updated = must(
        await roster.saveRosterEntry(
          { ...AISHA, jobTitle: 'HLTA', reviewer: SIOBHAN.directoryId, reviewerName: SIOBHAN.displayName },
          added.etag
        )
      );
      const again = must(await roster.saveRosterEntry({ ...AISHA, jobTitle: 'Cover supervisor' }, updated.etag));

      expect(updated).toMatchObject({ jobTitle: 'HLTA', reviewer: SIOBHAN.directoryId, reviewerName: SIOBHAN.displayName });
      expect(updated.etag).not.toBe(added.etag);
      expect(again.etag).not.toBe(updated.etag);
      expect((await listed(roster)).map((e) => e.jobTitle)).toEqual(['Cover supervisor']);
    });

    it('issue 15: keeps the stages marked not required or closed not agreed, and the long absences HR records', async () => {
      const added = must(await roster.saveRosterEntry(AISHA, undefined));
      const stagesNotRequired = [
        {
          cycleKey: '2026-27',
          stage: 'interimReview',
          reason: 'joinedLate',
          note: 'Started on 11 January',
          by: 'Helen Ward',
          at: '2027-01-12T09:00:00.000Z'
        }
      ] as unknown as RosterDraft['stagesNotRequired'];
      const absences = [
        { from: '2026-09-01', to: '2026-12-18' },
        { from: '2027-02-01', to: undefined }
      ] as unknown as RosterDraft['absences'];
      const stagesClosedNotAgreed = [
        {
          cycleKey: '2026-27',
          stage: 'planning',
          reason: 'appraiseeLeft',
          note: 'Left on 31 December',
          by: 'Helen Ward',
          at: '2027-01-12T09:00:00.000Z'
        }
      ] as unknown as RosterDraft['stagesClosedNotAgreed'];
      const saved = must(await roster.saveRosterEntry({ ...AISHA, stagesNotRequired, stagesClosedNotAgreed, absences }, added.etag));

      expect(saved).toMatchObject({ stagesNotRequired, stagesClosedNotAgreed, absences });
      expect((await listed(roster))[0]).toMatchObject({ stagesNotRequired, stagesClosedNotAgreed, absences });
    });

    it('refuses an update with a stale token as a conflict and keeps what was saved in between', async () => {
      const added = must(await roster.saveRosterEntry(AISHA, undefined));
      must(await roster.saveRosterEntry({ ...AISHA, jobTitle: 'HLTA' }, added.etag));

      const stale = await roster.saveRosterEntry({ ...AISHA, jobTitle: 'Cover supervisor' }, added.etag);

      expect(stale).toEqual({ ok: false, error: { code: 'conflict' } });
      expect((await listed(roster)).map((e) => e.jobTitle)).toEqual(['HLTA']);
    });

    it('refuses an update with something that is not a token it gave as a conflict', async () => {
      must(await roster.saveRosterEntry(AISHA, undefined));

      expect(await roster.saveRosterEntry({ ...AISHA, jobTitle: 'HLTA' }, 'not-a-token')).toEqual({
        ok: false,
        error: { code: 'conflict' }
      });
      expect((await listed(roster)).map((e) => e.jobTitle)).toEqual([AISHA.jobTitle]);
    });

    it('adding the same person again (a retry after a lost response) keeps one entry, brought up to date', async () => {
      must(await roster.saveRosterEntry(AISHA, undefined));

      const again = must(await roster.saveRosterEntry({ ...AISHA, jobTitle: 'HLTA' }, undefined));

      expect(again.jobTitle).toBe('HLTA');
      expect((await listed(roster)).map((e) => [e.id, e.jobTitle])).toEqual([[AISHA.id, 'HLTA']]);
    });

    it('lists the roster sorted by name as en-GB sorts it, whatever order people were added in', async () => {
      const drafts = [ZOE, AN, SIOBHAN, AISHA, CIARAN];
      for (const draft of drafts) must(await roster.saveRosterEntry(draft, undefined));

      const names = (await listed(roster)).map((e) => e.displayName);

      expect(names).toEqual(drafts.map((d) => d.displayName).sort(byName));
      expect(names).not.toEqual(drafts.map((d) => d.displayName));
    });

    it('keeps every field of a draft as saved, including the working pattern and empty optional fields', async () => {
      const draft: RosterDraft = {
        ...CIARAN,
        startDate: '2025-09-01' as RosterDraft['startDate'],
        reviewer: undefined,
        reviewerName: undefined,
        reviewerUpn: undefined
      };

      must(await roster.saveRosterEntry(draft, undefined));

      expect(await listed(roster)).toEqual([{ ...draft, etag: expect.any(String) }]);
    });
  });
}

describeRosterStoreContract('MemoryRosterStore', async () => new MemoryRosterStore());

describeRosterStoreContract(
  'SpRosterStore over the emulator, as the HR lead',
  async () => servicesAs(await provisionedEmulator(), upnWithRole('hrAdmin')).roster
);
