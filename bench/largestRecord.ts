/**
 * The largest realistic cycle record: five objectives with three progress notes each, three development needs,
 * three observations, ten pieces of evidence, every text at a realistic maximum (REALISTIC: a full paragraph of
 * about 100 words where a paragraph is asked for), all three stages shared, agreed, changed and agreed again (an
 * amendment each, so two agreed copies per stage), and a disagreement with its answer. Built with the domain's own
 * steps, so the agreed copies and sign-offs are exactly what the app stores.
 *
 * The same record with every text at its hard limit (TEXT_LIMITS) is over the record budget by design: sharing it
 * is refused in plain words before SharePoint would refuse it.
 */
import {
  agreementContent,
  cycleContaining,
  directoryId,
  emptyCycleDocument,
  emptyStageRecord,
  fingerprint,
  objectiveId,
  stageRecordOf,
  STAGES,
  TEXT_LIMITS,
  type CycleDocument,
  type CycleWindow,
  type IsoDate,
  type IsoInstant,
  type Stage
} from '../src/domain';

/** Prose with what JSON escapes and UTF-8 widens: quotes, new lines, curly apostrophes, accents. */
const PROSE = 'Aisha’s group read "The Gruffalo" aloud; Zoë modelled the sounds.\nEach pupil practised blends daily. ';
const text = (length: number): string => PROSE.repeat(Math.ceil(length / PROSE.length)).slice(0, length);

/** Lengths of each kind of text. */
export interface TextLengths {
  title: number;
  short: number;
  long: number;
}

/** A thorough appraisal: a title of a dozen words, a line of twenty, a paragraph of about a hundred. */
export const REALISTIC: TextLengths = { title: 100, short: 120, long: 600 };
/** Every text at its hard limit. */
export const AT_LIMITS: TextLengths = { title: TEXT_LIMITS.title, short: TEXT_LIMITS.short, long: TEXT_LIMITS.long };
let lengths: TextLengths = REALISTIC;
const long = (): string => text(lengths.long);
const short = (): string => text(lengths.short);

export const LARGEST_CYCLE: CycleWindow = cycleContaining('2026-09-01' as IsoDate, 9);
const reviewer = { by: directoryId('r-1'), name: 'Priya Shah' };
const appraisee = { by: directoryId('a-1'), name: "Siobhán O'Neill" };

/** The record's content before anything is shared, with every text at `at` lengths. */
export function recordContent(at: TextLengths): CycleDocument {
  lengths = at;
  const target = '2027-06-30' as IsoDate;
  const stages: CycleDocument['stages'] = {};
  for (const stage of STAGES) {
    stages[stage] = {
      ...emptyStageRecord(stage),
      meetingDate: (stage === 'planning' ? '2026-09-20' : stage === 'interimReview' ? '2027-02-10' : '2027-07-10') as IsoDate,
      preparation: {
        selfReview: long(),
        agendaItems: Array.from({ length: 5 }, () => text(Math.floor(lengths.long / 5) - 1)),
        trainingWanted: long()
      },
      reviewer: {
        summary: long(),
        feedback: long(),
        jobDescriptionReview: stage === 'finalReview' ? { decision: 'changesProposed', notes: long() } : undefined
      },
      appraiseeComments: long()
    };
  }
  return {
    ...emptyCycleDocument(),
    objectives: Array.from({ length: 5 }, (_, i) => ({
      id: objectiveId(`o${i}`),
      title: text(lengths.title),
      successCriteria: long(),
      agreedEvidence: long(),
      standardCodes: ['TA2016-3', 'TA2016-5'],
      schoolPriority: short(),
      targetDate: target,
      outcome: 'partlyMet' as const,
      outcomeNote: long(),
      carriedFrom: undefined,
      progress: Array.from({ length: 3 }, (_p, j) => ({
        on: `2027-0${j + 1}-15` as IsoDate,
        by: j % 2 ? ('reviewer' as const) : ('appraisee' as const),
        text: long()
      }))
    })),
    developmentNeeds: Array.from({ length: 3 }, (_, i) => ({
      id: `n${i}`,
      need: short(),
      agreedSupport: long(),
      targetDate: target,
      supportGiven: long(),
      status: 'open' as const,
      carriedFrom: undefined
    })),
    observations: Array.from({ length: 3 }, (_, i) => ({
      id: `ob${i}`,
      on: '2027-01-20' as IsoDate,
      observer: short(),
      focus: short(),
      feedback: long()
    })),
    evidence: Array.from({ length: 10 }, (_, i) => ({
      id: `ev${i}`,
      objectiveId: objectiveId(`o${i % 5}`),
      kind: 'file' as const,
      title: short(),
      url: `/sites/staff-appraisal/AppraisalEvidence/s-1/s-1-2026-27-${text(60).replace(/\W/g, '-')}.docx`,
      addedBy: 'appraisee' as const,
      addedOn: '2027-01-21' as IsoDate
    })),
    stages
  };
}

/**
 * Two agreed versions of a stage (shared and agreed, summary amended, shared and agreed again), with the sign-offs
 * and agreed copies the domain's shareForAgreement and agreeRecord write. Built directly rather than through those
 * steps, because they refuse to share a record over the budget, and measuring how far over is the point here.
 */
function agreeTwice(doc: CycleDocument, stage: Stage, day: string): CycleDocument {
  const at = (hour: number): IsoInstant => `${day}T${String(hour).padStart(2, '0')}:00:00Z` as IsoInstant;
  let next = doc;
  for (const version of [1, 2]) {
    const record = next.stages[stage] ?? emptyStageRecord(stage);
    const summary = version === 1 ? record.reviewer.summary : `${record.reviewer.summary.slice(0, -9)}(amended)`;
    const amended: CycleDocument = {
      ...next,
      stages: { ...next.stages, [stage]: { ...record, reviewer: { ...record.reviewer, summary } } }
    };
    const content = agreementContent(amended, stage);
    const print = fingerprint(content);
    const base = stageRecordOf(amended, stage);
    next = {
      ...amended,
      stages: {
        ...amended.stages,
        [stage]: {
          ...base,
          version,
          status: 'agreed',
          signOffs: [
            ...base.signOffs,
            { party: 'reviewer', ...reviewer, at: at(7 + version * 2), version, fingerprint: print },
            { party: 'appraisee', ...appraisee, at: at(8 + version * 2), version, fingerprint: print }
          ],
          agreed: [...base.agreed, { version, fingerprint: print, content, agreedAt: at(8 + version * 2) }]
        }
      }
    };
  }
  return next;
}

/** The record as the two parties would leave it at the end of the year. */
export function largestRecord(at: TextLengths = REALISTIC): CycleDocument {
  let doc = recordContent(at);
  for (const [stage, day] of [
    ['planning', '2026-09-21'],
    ['interimReview', '2027-02-11'],
    ['finalReview', '2027-07-11']
  ] as const)
    doc = agreeTwice(doc, stage, day);
  const final = stageRecordOf(doc, 'finalReview');
  const disagreement = {
    at: '2027-07-12T09:00:00Z' as IsoInstant,
    version: 2,
    text: long(),
    response: { at: '2027-07-13T09:00:00Z' as IsoInstant, text: long() }
  };
  return { ...doc, stages: { ...doc.stages, finalReview: { ...final, status: 'disagreementRecorded', disagreements: [disagreement] } } };
}
