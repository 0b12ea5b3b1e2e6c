/**
 * @jest-environment node
 *
 * Model-based chaos over the real adapters and the production transport (PnPjs BrowserFetchWithRetry): a reviewer
 * and an appraisee write one record, share and agree it, while SharePoint throttles (429), falls over (503), refuses
 * a stale write (412) and loses responses after committing (504). Each person does what the product's UI does —
 * merges against the version they started from and tries again — and at the end the tenant must equal the model:
 * nothing lost, nothing duplicated, no signature or record left over.
 */
import fc from 'fast-check';
import { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { seedTenant } from '../../fixtures/tenant/school';
import { seedMidYearSchool } from '../../fixtures/tenant/midYearSchool';
import personas from '../../fixtures/tenant/personas.json';
import type { FaultRule } from '../../emulator/core/faults';
import type { TenantState } from '../../emulator/core/state';
import { fixedClock } from '../support/fixedClock';
import { servicesAs } from '../support/overEmulator';
import { LISTS } from '../../src/data/sharepoint/schema';
import type { StoredCycle } from '../../src/data/ports';
import { applyStageAction, saveCycleDraft, type StageAction } from '../../src/app/cycle/stageActions';
import {
  directoryId,
  effectiveStatus,
  emptyStageRecord,
  mergeCycleDocuments,
  newObjective,
  objectiveId,
  type CycleDocument,
  type RecordStatus
} from '../../src/domain';
import { productionServicesAs, routeFetchTo } from './productionTransport';
import { isoDate } from '../support/builders';

const person = (prefix: string): (typeof personas.people)[number] =>
  personas.people.find((p) => p.upn.startsWith(prefix)) as (typeof personas.people)[number];
const emma = person('emma.thompson');
const tom = person('tom.hughes');
const clock = fixedClock('2026-11-24');
const ATTEMPTS = 8;

interface Model {
  objectives: string[];
  preparation: string[];
  planning: RecordStatus;
  shares: number;
  agreements: number;
}

interface Real {
  emulator: TenantEmulator;
  cycleKey: string;
}

let seeded: string;
let cycleKey: string;
let commandsRun = 0;
/** Responses SharePoint refused or lost during the runs: the chaos actually served. */
const faultsServed = new Map<number, number>();

const stageOf = (doc: CycleDocument): RecordStatus => (doc.stages.planning ? effectiveStatus(doc, 'planning') : 'draft');

async function read(real: Real, upn: string): Promise<StoredCycle | undefined> {
  const stored = await productionServicesAs(real.emulator, upn, clock).cycles.getCycle(emma.id, real.cycleKey);
  return stored.ok ? stored.value : undefined;
}

/** Writes a change as the record view does: on a newer version, merge against the base and save again. */
async function edit(real: Real, upn: string, change: (doc: CycleDocument) => CycleDocument): Promise<void> {
  const { cycles } = productionServicesAs(real.emulator, upn, clock);
  let stored = await read(real, upn);
  for (let i = 0; !stored && i < ATTEMPTS; i++) stored = await read(real, upn);
  if (!stored) throw new Error('could not open the record');
  let base = stored.document;
  let mine = change(base);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const saved = await saveCycleDraft(cycles, stored, mine);
    if (saved.ok) return;
    if (saved.error.code !== 'staleVersion' && saved.error.code !== 'throttled' && saved.error.code !== 'unavailable')
      throw new Error(`save refused: ${saved.error.code}`);
    const theirs = saved.error.code === 'staleVersion' ? saved.error.current : await read(real, upn);
    if (!theirs) continue;
    const merged = mergeCycleDocuments(base, mine, theirs.document);
    if (merged.conflicts.length) throw new Error(`unexpected conflict: ${merged.conflicts.map((c) => c.path).join(', ')}`);
    stored = theirs;
    base = theirs.document;
    mine = merged.merged;
  }
  throw new Error('gave up saving');
}

/** Takes an agreement step as a person would, trying again after a failure until the record shows it happened. */
async function step(real: Real, upn: string, id: string, action: StageAction, done: RecordStatus): Promise<void> {
  const { cycles } = productionServicesAs(real.emulator, upn, clock);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const stored = await read(real, upn);
    if (!stored) continue;
    if (stageOf(stored.document) === done) return;
    const result = await applyStageAction(
      cycles,
      stored,
      stored.document,
      'planning',
      action,
      { by: directoryId(id), name: upn },
      clock.now()
    );
    if (result.ok) return;
    if (result.error.code === 'invalid') throw new Error(`the record is not complete: ${JSON.stringify(result.error.errors)}`);
  }
  throw new Error(`gave up on ${action.kind}`);
}

const addObjective = (title: string): ((doc: CycleDocument) => CycleDocument) => (doc) => {
  const planning = doc.stages.planning ?? emptyStageRecord('planning');
  return {
    ...doc,
    objectives: [
      ...doc.objectives,
      {
        ...newObjective(objectiveId(`o-${title}`)),
        title,
        successCriteria: 'Each pupil moves on one phase',
        agreedEvidence: 'Assessments',
        standardCodes: ['TA2016-3'],
        targetDate: isoDate('2027-02-12')
      }
    ],
    stages: {
      ...doc.stages,
      planning: {
        ...planning,
        meetingDate: isoDate('2026-04-20'),
        reviewer: { ...planning.reviewer, summary: 'We agreed the objectives below.' }
      }
    }
  };
};

const addPreparation = (text: string): ((doc: CycleDocument) => CycleDocument) => (doc) => {
  const planning = doc.stages.planning ?? emptyStageRecord('planning');
  const selfReview = planning.preparation.selfReview ? `${planning.preparation.selfReview}\n\n${text}` : text;
  return { ...doc, stages: { ...doc.stages, planning: { ...planning, preparation: { ...planning.preparation, selfReview } } } };
};

class ReviewerAddsObjective implements fc.AsyncCommand<Model, Real> {
  constructor(readonly title: string) {}
  check = (m: Readonly<Model>): boolean => m.planning !== 'awaitingAgreement' && !m.objectives.includes(this.title);
  async run(m: Model, r: Real): Promise<void> {
    await edit(r, tom.upn, addObjective(this.title));
    m.objectives.push(this.title);
    if (m.planning === 'agreed' || m.planning === 'changedSinceAgreed') m.planning = 'changedSinceAgreed';
    commandsRun++;
  }
  toString = (): string => `objective(${this.title})`;
}

class AppraiseePrepares implements fc.AsyncCommand<Model, Real> {
  constructor(readonly text: string) {}
  check = (m: Readonly<Model>): boolean => m.planning !== 'awaitingAgreement' && !m.preparation.includes(this.text);
  async run(m: Model, r: Real): Promise<void> {
    await edit(r, emma.upn, addPreparation(this.text));
    m.preparation.push(this.text);
    commandsRun++;
  }
  toString = (): string => `prepare(${this.text})`;
}

class ReviewerShares implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>): boolean => m.objectives.length > 0 && (m.planning === 'draft' || m.planning === 'changedSinceAgreed');
  async run(m: Model, r: Real): Promise<void> {
    await step(r, tom.upn, tom.id, { kind: 'share' }, 'awaitingAgreement');
    m.planning = 'awaitingAgreement';
    m.shares++;
    commandsRun++;
  }
  toString = (): string => 'share';
}

class AppraiseeAgrees implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>): boolean => m.planning === 'awaitingAgreement';
  async run(m: Model, r: Real): Promise<void> {
    await step(r, emma.upn, emma.id, { kind: 'agree' }, 'agreed');
    m.planning = 'agreed';
    m.agreements++;
    commandsRun++;
  }
  toString = (): string => 'agree';
}

class SharePointMisbehaves implements fc.AsyncCommand<Model, Real> {
  constructor(readonly rule: FaultRule) {}
  check = (): boolean => true;
  async run(_m: Model, r: Real): Promise<void> {
    r.emulator.faults.add(this.rule);
    commandsRun++;
  }
  toString = (): string => `fault(${JSON.stringify(this.rule)})`;
}

const words = fc.stringMatching(/^[A-Z][a-z]{2,8}( [a-z]{2,8}){0,3}$/);
const where = fc.constantFrom('/items', '$batch', 'AddValidateUpdateItemUsingPath', 'getbytitle', '/_api/');
const fault: fc.Arbitrary<FaultRule> = fc.oneof(
  fc.record({ status: fc.constantFrom(429, 503), retryAfter: fc.constant(0), count: fc.integer({ min: 1, max: 3 }), match: where }),
  fc.record({
    status: fc.constant(504),
    afterCommit: fc.constant(true),
    count: fc.constant(1),
    match: where,
    method: fc.constantFrom('POST', undefined)
  }),
  fc.record({ status: fc.constant(412), count: fc.constant(1), match: fc.constant('/items('), method: fc.constant('POST') })
);
const commands = [
  words.map((t) => new ReviewerAddsObjective(t)),
  words.map((t) => new AppraiseePrepares(t)),
  fc.constant(new ReviewerShares()),
  fc.constant(new AppraiseeAgrees()),
  fault.map((rule) => new SharePointMisbehaves(rule))
];

/** The tenant as the model says it must be, read back with nothing injected. */
async function expectTenantToMatch(m: Model, r: Real): Promise<void> {
  r.emulator.faults.clear();
  const stored = await servicesAs(r.emulator, tom.upn, clock).cycles.getCycle(emma.id, r.cycleKey);
  if (!stored.ok) throw new Error(`cannot read the record: ${stored.error.code}`);
  const doc = stored.value.document;
  expect(doc.objectives.map((o) => o.title).sort()).toEqual([...m.objectives].sort());
  const prepared = doc.stages.planning?.preparation.selfReview ?? '';
  expect(prepared ? prepared.split('\n\n').sort() : []).toEqual([...m.preparation].sort());
  expect(stageOf(doc)).toBe(m.planning);
  const state = r.emulator.state.sharepoint;
  const signatures =
    state.lists.find((l) => l.title === LISTS.signatures.title)?.items.filter((i) => i.fsObjType === 0 && i.values.StaffKey === emma.id) ??
    [];
  const keys = signatures.map((i) => `${i.fileDirRef}|${String(i.values.Title)}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(signatures.filter((i) => i.values.SignatureKind === 'signed' && i.fileDirRef.endsWith('-reviewer'))).toHaveLength(m.shares);
  expect(signatures.filter((i) => i.values.SignatureKind === 'signed' && i.fileDirRef.endsWith('-appraisee'))).toHaveLength(m.agreements);
  const cycleItems =
    state.lists
      .find((l) => l.title === LISTS.records.title)
      ?.items.filter((i) => i.values.StaffKey === emma.id && i.values.RecordKind === 'cycle' && i.values.CycleKey === r.cycleKey) ?? [];
  expect(cycleItems).toHaveLength(1);
}

describe('a record under chaos (real adapters, production transport, injected faults)', () => {
  beforeAll(async () => {
    const emulator = new TenantEmulator(seedTenant());
    await seedMidYearSchool(emulator, clock);
    const mine = await servicesAs(emulator, emma.upn, clock).reader.mine(emma.id);
    cycleKey = (mine.ok && mine.value.record?.cycles[0]?.cycleKey) || '';
    seeded = JSON.stringify(emulator.state);
  }, 120000);

  it('ends every run with the tenant the model describes, over at least 1,000 operations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 60, size: 'max' }), async (cmds) => {
        const emulator = new TenantEmulator(JSON.parse(seeded) as TenantState);
        routeFetchTo(emulator);
        // The commands change this model in place, so it is the model after the run.
        const model: Model = { objectives: [], preparation: [], planning: 'draft', shares: 0, agreements: 0 };
        const real: Real = { emulator, cycleKey };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        for (const entry of emulator.log.since(0))
          if ([412, 429, 503, 504].includes(entry.status)) faultsServed.set(entry.status, (faultsServed.get(entry.status) ?? 0) + 1);
        await expectTenantToMatch(model, real);
      }),
      { numRuns: 60, seed: 20261202, endOnFailure: true }
    );
    expect(commandsRun).toBeGreaterThanOrEqual(1000);
    // Every kind of fault was served many times over (lost responses as 504s after commit).
    for (const status of [412, 429, 503, 504]) expect(faultsServed.get(status) ?? 0).toBeGreaterThan(20);
  }, 600000);
});
