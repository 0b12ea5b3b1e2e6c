/** fast-check builders for the merge tests: cycle documents and one-to-one notes drawn from small pools, so two
 * documents often share items and texts (the interesting cases) while fresh strings still appear. */
import fc from 'fast-check';
import {
  directoryId,
  emptyStageRecord,
  objectiveId,
  SIGNATURE_FIELDS,
  STAGES,
  type CycleDocument,
  type IsoDate,
  type OneToOneNotes,
  type Stage,
  type StageRecord
} from '../../../src/domain';
import { isoDate, isoInstant } from '../../support/builders';

const text = fc.oneof(fc.constantFrom('', 'Phonics', 'Reading group', "Siobhán's notes"), fc.string({ maxLength: 6 }));
const date = fc.option(fc.constantFrom('2026-05-01', '2027-01-15', '2027-03-12') as fc.Arbitrary<IsoDate>, { nil: undefined });
const party = fc.constantFrom('appraisee' as const, 'reviewer' as const);
const id = fc.constantFrom('a', 'b', 'c', 'd');

const objective = fc.record({
  id: id.map(objectiveId),
  title: text,
  successCriteria: text,
  agreedEvidence: text,
  standardCodes: fc.subarray(['TA2016-1', 'TA2016-3', 'NOS-5']),
  schoolPriority: text,
  targetDate: date,
  progress: fc.array(fc.record({ on: date.map((d) => d ?? (isoDate('2026-09-01'))), by: party, text }), { maxLength: 2 }),
  outcome: fc.option(fc.constantFrom('met' as const, 'partlyMet' as const), { nil: undefined }),
  outcomeNote: text,
  carriedFrom: fc.constant(undefined)
});
const need = fc.record({
  id,
  need: text,
  agreedSupport: text,
  targetDate: date,
  supportGiven: text,
  status: fc.constantFrom('open' as const, 'met' as const),
  carriedFrom: fc.constant(undefined)
});
const observation = fc.record({ id, on: fc.constant(isoDate('2026-10-01')), observer: text, focus: text, feedback: text });
const evidence = fc.record({
  id,
  objectiveId: fc.constant(undefined),
  kind: fc.constant('link' as const),
  title: text,
  url: fc.constantFrom('https://a.example', 'https://b.example'),
  addedBy: party,
  addedOn: fc.constant(isoDate('2026-10-02'))
});
const list = <T extends { id: string }>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.uniqueArray(item, { selector: (x) => x.id, maxLength: 3 });

const stageRecord = (stage: Stage): fc.Arbitrary<StageRecord> =>
  fc
    .record({
      summary: text,
      feedback: text,
      selfReview: text,
      appraiseeComments: text,
      agendaItems: fc.array(text, { maxLength: 3 }),
      meetingDate: date,
      jd: fc.option(fc.record({ decision: fc.constantFrom('noChange' as const, 'changesProposed' as const), notes: text }), {
        nil: undefined
      }),
      version: fc.nat(3),
      status: fc.constantFrom('draft' as const, 'awaitingAgreement' as const, 'agreed' as const),
      signedBy: fc.array(text, { maxLength: 2 })
    })
    .map((r) => ({
      ...emptyStageRecord(stage),
      meetingDate: r.meetingDate,
      appraiseeComments: r.appraiseeComments,
      version: r.version,
      status: r.status,
      preparation: { selfReview: r.selfReview, agendaItems: r.agendaItems, trainingWanted: '' },
      reviewer: { summary: r.summary, feedback: r.feedback, jobDescriptionReview: r.jd },
      signOffs: r.signedBy.map((name, i) => ({
        party: 'reviewer' as const,
        by: directoryId(`dir-${i}`),
        name,
        at: isoInstant('2026-11-01T10:00:00Z'),
        version: r.version,
        fingerprint: 'f'
      }))
    }));

/** A cycle document whose parts come from small pools. */
export const cycleDocument: fc.Arbitrary<CycleDocument> = fc
  .record({
    objectives: list(objective),
    developmentNeeds: list(need),
    observations: list(observation),
    evidence: list(evidence),
    planning: fc.option(stageRecord('planning'), { nil: undefined }),
    interimReview: fc.option(stageRecord('interimReview'), { nil: undefined })
  })
  .map(({ planning, interimReview, ...lists }) => ({
    ...lists,
    stages: { ...(planning ? { planning } : {}), ...(interimReview ? { interimReview } : {}) }
  }));

/** Stage records are never removed: a later version has every stage record `base` has. */
export function keepingStagesOf(doc: CycleDocument, base: CycleDocument): CycleDocument {
  const stages = { ...doc.stages };
  for (const s of STAGES) if (base.stages[s] && !stages[s]) stages[s] = base.stages[s];
  return { ...doc, stages };
}

/** `doc` with the signature fields of `source` (or of an empty record), as an editor's own changes leave them. */
export function signedLike(doc: CycleDocument, source: CycleDocument): CycleDocument {
  const stages: CycleDocument['stages'] = {};
  for (const s of STAGES) {
    const record = doc.stages[s];
    if (!record) continue;
    const from = source.stages[s] ?? emptyStageRecord(s);
    stages[s] = { ...record, ...Object.fromEntries(SIGNATURE_FIELDS.map((f) => [f, from[f]])) };
  }
  return { ...doc, stages };
}

/** Three related cycle documents: the base and two later versions of it. */
export const cycleTriple = fc.tuple(cycleDocument, cycleDocument, cycleDocument).map(([base, mine, theirs]) => ({
  base, mine: keepingStagesOf(mine, base), theirs: keepingStagesOf(theirs, base)
}));

/** One-to-one notes from small pools. */
export const oneToOneNotes: fc.Arbitrary<OneToOneNotes> = fc.record({
  agenda: list(fc.record({ id, text, raisedBy: party, discussed: fc.boolean() })),
  goingWell: text, appraiseeNotes: text, sharedNotes: text, wellbeing: text, summary: text, heldOn: date,
  actions: list(fc.record({ id, text, owner: party, due: date, done: fc.boolean(), carriedFrom: fc.constant(undefined) }))
});

/** Every string in a value, leaving out the stage records' signature fields. */
export function textsIn(value: unknown, skipSignatures = true, under = ''): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => textsIn(v, skipSignatures, under));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      skipSignatures && /^stages\.[a-zA-Z]+$/.test(under) && (SIGNATURE_FIELDS as readonly string[]).includes(k)
        ? []
        : textsIn(v, skipSignatures, under ? `${under}.${k}` : k)
    );
  }
  return [];
}
