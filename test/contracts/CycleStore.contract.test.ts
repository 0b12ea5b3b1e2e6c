/**
 * @jest-environment node
 *
 * The CycleStore contract: the memory fake and SpCycleStore over the emulator pass the same tests. Saves are guarded
 * by the version token; agreement state is never stored in the document and comes back only from signatures.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import {
  agreementContent,
  cycleKeyOf,
  effectiveStatus,
  emptyCycleDocument,
  emptyStageRecord,
  fingerprint,
  newObjective,
  objectiveId,
  type CycleDocument,
  type DirectoryId,
  type Party,
  type SignatureDraft,
  type SignOff,
  type StageRecord
} from '../../src/domain';
import type { CycleStore, StoredCycle } from '../../src/data/ports';
import { LISTS } from '../../src/data/sharepoint/schema';
import { odataString } from '../../src/data/odataLiteral';
import { MemoryCycleStore } from '../support/memory/MemoryCycleStore';
import { servicesAs, spAs, upnWithRole } from '../support/overEmulator';
import { CYCLE, openedRecordsFor, persona, personaDraft, TODAY } from '../support/openedRecords';
import { isoInstant } from '../support/builders';
import { value as must } from '../support/results';

/** One opened record and the two parties' views of the store, with ways around the port to forge and inspect it. */
export interface CycleStoreWorld {
  appraisee: CycleStore;
  reviewer: CycleStore;
  staffKey: string;
  cycleKey: string;
  appraiseeId: DirectoryId;
  reviewerId: DirectoryId;
  /** Writes this document into the stored record around the port, as a party with edit rights could (plain REST). */
  forgeStored(document: CycleDocument): Promise<void>;
  /** The document exactly as stored. */
  storedDocument(): Promise<CycleDocument>;
  /** How many signature entries are stored for the record. */
  storedSignatures(): Promise<number>;
}

const withObjective = (doc: CycleDocument, title: string): CycleDocument => ({
  ...doc,
  objectives: [...doc.objectives, { ...newObjective(objectiveId(`o-${title}`)), title }]
});
const titles = (doc: CycleDocument): string[] => doc.objectives.map((o) => o.title);

/** A party signing the planning stage of `doc` as it stands, at version 1. */
function signed(doc: CycleDocument, by: DirectoryId, at: string): SignatureDraft {
  const text = agreementContent(doc, 'planning');
  return { kind: 'signed', stage: 'planning', version: 1, fingerprint: fingerprint(text), at: isoInstant(at), by, name: 'Someone', text };
}

/** A planning record that claims agreement with a matching fingerprint, so a store that trusted it would say agreed. */
function forged(doc: CycleDocument, w: CycleStoreWorld, what: 'status' | 'signOffs'): CycleDocument {
  const text = agreementContent(doc, 'planning');
  const at = isoInstant('2026-11-20T09:00:00Z');
  const signOff = (party: Party, by: DirectoryId): SignOff => ({
    party,
    by,
    name: 'Forged',
    at,
    version: 1,
    fingerprint: fingerprint(text)
  });
  const record: StageRecord = {
    ...emptyStageRecord('planning'), version: 1, status: what === 'status' ? 'agreed' : 'awaitingAgreement',
    signOffs: what === 'signOffs' ? [signOff('reviewer', w.reviewerId), signOff('appraisee', w.appraiseeId)] : [],
    agreed: [{ version: 1, fingerprint: fingerprint(text), content: text, agreedAt: at }]
  };
  return { ...doc, stages: { ...doc.stages, planning: record } };
}

export function describeCycleStoreContract(name: string, makeSubject: () => Promise<CycleStoreWorld>): void {
  describe(`CycleStore contract: ${name}`, () => {
    let w: CycleStoreWorld;
    const read = async (store: CycleStore = w.reviewer): Promise<StoredCycle> => must(await store.getCycle(w.staffKey, w.cycleKey));
    beforeEach(async () => {
      w = await makeSubject();
    }, 60000);

    it('opens the record with an empty document, at planning, with a version token', async () => {
      const opened = await read(w.appraisee);

      expect(opened.document).toEqual(emptyCycleDocument());
      expect(opened.summary).toMatchObject({
        staffKey: w.staffKey,
        cycleKey: w.cycleKey,
        cycle: CYCLE,
        track: 'fullCycle',
        stage: 'planning'
      });
      expect(opened.etag).toEqual(expect.any(String));
    });

    it('is notFound for a cycle that was never opened', async () => {
      expect(await w.reviewer.getCycle(w.staffKey, `${w.staffKey}:2019-20`)).toEqual({ ok: false, error: { code: 'notFound' } });
    });

    it('saves with the version token and gives a new one, which the next save uses', async () => {
      const opened = await read();
      const first = must(
        await w.reviewer.saveCycle(opened, { document: withObjective(opened.document, 'Phonics group'), stage: 'planning' })
      );
      const second = must(await w.appraisee.saveCycle(first, { document: withObjective(first.document, 'Reading'), stage: 'planning' }));

      expect(first.etag).not.toBe(opened.etag);
      expect(titles(second.document)).toEqual(['Phonics group', 'Reading']);
      expect(titles((await read(w.appraisee)).document)).toEqual(['Phonics group', 'Reading']);
    });

    it('refuses a save from an older version with staleVersion carrying what is stored, and keeps it', async () => {
      const mine = await read(w.appraisee);
      const theirs = await read(w.reviewer);
      must(await w.reviewer.saveCycle(theirs, { document: withObjective(theirs.document, 'Phonics group'), stage: 'planning' }));

      const stale = await w.appraisee.saveCycle(mine, { document: withObjective(mine.document, 'Mine'), stage: 'planning' });

      expect(!stale.ok && stale.error.code).toBe('staleVersion');
      expect(!stale.ok && stale.error.code === 'staleVersion' && titles(stale.error.current.document)).toEqual(['Phonics group']);
      expect(titles((await read()).document)).toEqual(['Phonics group']);
    });

    it('takes a save from an older version whose content is already stored as saved (a retry after a lost response)', async () => {
      const opened = await read();
      const change = { document: withObjective(opened.document, 'Phonics group'), stage: 'planning' as const };
      must(await w.reviewer.saveCycle(opened, change));

      const retried = await w.reviewer.saveCycle(opened, change);

      expect(retried.ok && titles(retried.value.document)).toEqual(['Phonics group']);
    });

    it('adds a signature once: the same step twice is one entry, another step is another', async () => {
      const opened = await read();
      const saved = must(
        await w.reviewer.saveCycle(opened, { document: withObjective(opened.document, 'Phonics group'), stage: 'planning' })
      );
      const share = signed(saved.document, w.reviewerId, '2026-11-24T10:00:00Z');

      expect(await w.reviewer.addSignature(saved, 'reviewer', share)).toEqual({ ok: true, value: undefined });
      expect(await w.reviewer.addSignature(saved, 'reviewer', share)).toEqual({ ok: true, value: undefined });
      const once = await w.storedSignatures();
      must(await w.appraisee.addSignature(saved, 'appraisee', signed(saved.document, w.appraiseeId, '2026-11-24T11:00:00Z')));

      expect(once).toBe(1);
      expect(await w.storedSignatures()).toBe(2);
      expect((await read()).document.stages.planning?.signOffs.map((s) => s.party)).toEqual(['reviewer', 'appraisee']);
    });

    it('reads agreement from the signatures: shared, then agreed, and the record moves on', async () => {
      const opened = await read();
      const saved = must(await w.reviewer.saveCycle(opened, { document: withObjective(opened.document, 'Phonics group'), stage: 'planning' }));
      must(await w.reviewer.addSignature(saved, 'reviewer', signed(saved.document, w.reviewerId, '2026-11-24T10:00:00Z')));
      const shared = await read(w.appraisee);
      must(await w.appraisee.addSignature(shared, 'appraisee', signed(shared.document, w.appraiseeId, '2026-11-24T11:00:00Z')));
      const agreed = await read();

      expect(effectiveStatus(shared.document, 'planning')).toBe('awaitingAgreement');
      expect(shared.summary.awaitingAgreement).toEqual({ stage: 'planning', since: '2026-11-24T10:00:00Z' });
      expect(effectiveStatus(agreed.document, 'planning')).toBe('agreed');
      expect(agreed.summary.stage).toBe('interimReview');
    });

    describe.each(['status', 'signOffs'] as const)('a document with forged agreement (%s)', (what) => {
      it('saved through the port reads as not agreed, and is stored without agreement state', async () => {
        const opened = await read(w.appraisee);
        const saved = must(
          await w.appraisee.saveCycle(opened, {
            document: forged(withObjective(opened.document, 'Phonics group'), w, what),
            stage: 'interimReview'
          })
        );
        const again = await read();

        for (const doc of [saved.document, again.document]) {
          expect(effectiveStatus(doc, 'planning')).toBe('draft');
          expect(doc.stages.planning).toMatchObject({ version: 0, signOffs: [], agreed: [] });
        }
        expect(again.summary.stage).toBe('planning');
        expect((await w.storedDocument()).stages.planning).toMatchObject({
          status: 'draft',
          version: 0,
          signOffs: [],
          agreed: [],
          disagreements: []
        });
      });

      it('written straight into the stored record reads as not agreed', async () => {
        const opened = await read(w.appraisee);
        await w.forgeStored(forged(withObjective(opened.document, 'Phonics group'), w, what));

        const again = await read();

        expect((await w.storedDocument()).stages.planning?.agreed).toHaveLength(1);
        expect(effectiveStatus(again.document, 'planning')).toBe('draft');
        expect(again.document.stages.planning).toMatchObject({ version: 0, signOffs: [], agreed: [] });
        expect(again.summary.stage).toBe('planning');
        expect(again.summary.awaitingAgreement).toBeUndefined();
      });
    });

    it('strips agreement state when a signed record is saved again, and keeps the agreement the signatures make', async () => {
      const opened = await read();
      const saved = must(await w.reviewer.saveCycle(opened, { document: withObjective(opened.document, 'Phonics group'), stage: 'planning' }));
      must(await w.reviewer.addSignature(saved, 'reviewer', signed(saved.document, w.reviewerId, '2026-11-24T10:00:00Z')));
      must(await w.appraisee.addSignature(saved, 'appraisee', signed(saved.document, w.appraiseeId, '2026-11-24T11:00:00Z')));
      const agreed = await read(w.appraisee);
      const observation = { id: 'ob-1', on: TODAY, observer: 'Tom Hughes', focus: 'Phonics', feedback: 'Clear modelling' };

      const resaved = must(
        await w.appraisee.saveCycle(agreed, { document: { ...agreed.document, observations: [observation] }, stage: agreed.summary.stage })
      );

      expect(agreed.document.stages.planning?.signOffs).toHaveLength(2);
      expect(effectiveStatus(resaved.document, 'planning')).toBe('agreed');
      expect((await w.storedDocument()).stages.planning).toMatchObject({ status: 'draft', version: 0, signOffs: [], agreed: [] });
    });
  });
}

const EMMA = 'emma.thompson';

describeCycleStoreContract('MemoryCycleStore', async () => {
  const store = new MemoryCycleStore();
  const entry = personaDraft(EMMA);
  const cycleKey = `${entry.id}:${cycleKeyOf(CYCLE)}`;
  const key = `${entry.id}:${cycleKey}`;
  store.put({
    summary: {
      staffKey: entry.id,
      cycleKey,
      cycle: CYCLE,
      track: 'fullCycle',
      stage: 'planning',
      reviewerKey: entry.reviewer,
      openedOn: TODAY
    },
    document: emptyCycleDocument(),
    etag: '1|"1"'
  });
  return {
    appraisee: store,
    reviewer: store,
    staffKey: entry.id,
    cycleKey,
    appraiseeId: entry.directoryId,
    reviewerId: entry.reviewer as DirectoryId,
    forgeStored: async (document) => {
      store.cycles.set(key, { ...(store.cycles.get(key) as StoredCycle), document });
    },
    storedDocument: async () => (store.cycles.get(key) as StoredCycle).document,
    storedSignatures: async () => store.signatures.get(cycleKey)?.length ?? 0
  };
});

describeCycleStoreContract('SpCycleStore over the emulator', async () => {
  const { emulator, roster } = await openedRecordsFor([EMMA]);
  const [entry] = roster;
  const reviewer = persona(entry.reviewerUpn as string);
  const cycleKey = `${entry.id}:${cycleKeyOf(CYCLE)}`;
  const records = (upn: string): IItems => spAs(emulator, upn).web.lists.getByTitle(LISTS.records.title).items;
  const item = async (upn: string): Promise<{ Id: number; Payload: string }> =>
    (
      await records(upn)
        .filter(`CycleKey eq ${odataString(cycleKey)}`)
        .select('Id', 'Payload')<Array<{ Id: number; Payload: string }>>()
    )[0];
  return {
    appraisee: servicesAs(emulator, entry.upn).cycles,
    reviewer: servicesAs(emulator, reviewer.upn).cycles,
    staffKey: entry.id,
    cycleKey,
    appraiseeId: entry.directoryId,
    reviewerId: entry.reviewer as DirectoryId,
    forgeStored: async (document) => {
      const found = await item(entry.upn);
      await records(entry.upn)
        .getById(found.Id)
        .update({ Payload: JSON.stringify({ ...JSON.parse(found.Payload), document }) });
    },
    storedDocument: async () =>
      (JSON.parse((await item(upnWithRole('hrAdmin'))).Payload).document as CycleDocument | undefined) ?? emptyCycleDocument(),
    storedSignatures: async () =>
      (
        await spAs(emulator, upnWithRole('hrAdmin'))
          .web.lists.getByTitle(LISTS.signatures.title)
          .items.filter(`CycleKey eq ${odataString(cycleKey)}`)
          .select('Id')<unknown[]>()
      ).length
  };
});
