/**
 * Merging two people's edits of the same record (the Integrity issue). When a save meets a newer version, the
 * editor's changes since the version they started from (`base`) are merged with what was saved meanwhile (`theirs`):
 * different fields merge on their own, lists merge item by item, and only a text or value both people changed
 * differently is a conflict that carries both. Signatures are never the editor's to merge: a stage record's
 * sign-offs, disagreements, agreed versions, version counter and status always come from `theirs`.
 */
import { STAGES, type Stage } from '../stageDates';
import { emptyStageRecord } from './document';
import type { CycleDocument, OneToOneNotes, StageRecord } from './types';
import { mergePlain, samePlain, valueAt, withValueAt, type MergePath, type Plain, type RawConflict } from './threeWay';

export { valueAt, type MergePath } from './threeWay';

/** Stage record fields that follow from signatures, not from editing. */
export const SIGNATURE_FIELDS = ['signOffs', 'disagreements', 'agreed', 'version', 'status'] as const;

/** A value on one side of a conflict. */
export type ConflictValue = string | number | boolean | undefined;

/** Where a conflicting field is, in words a label can be built from. */
export interface ConflictPlace {
  /** The list the field's item is in; `stage` for a stage record's own field; `notes` for a one-to-one's own field. */
  section: 'objectives' | 'developmentNeeds' | 'observations' | 'evidence' | 'stage' | 'agenda' | 'actions' | 'notes';
  stage: Stage | undefined;
  /** A short name of the item (an objective's title, a need…), as the other side or this side has it. */
  item: string | undefined;
  /** The field inside its item or stage record, e.g. "title", "reviewer.summary", "preparation.selfReview". */
  field: string;
}

/** A field both people changed differently: both values are kept until someone chooses. */
export interface MergeConflict {
  path: MergePath;
  place: ConflictPlace;
  /** `text` when both are free text that can be kept together; `value` for dates, choices and ticks. */
  kind: 'text' | 'value';
  /** Text written on several lines (kept together as paragraphs) rather than on one line. */
  multiline: boolean;
  mine: ConflictValue;
  theirs: ConflictValue;
}

/** The merged document (holding `mine` at each conflict) and the conflicts. */
export interface MergeResult<T> {
  merged: T;
  conflicts: MergeConflict[];
}

/** How a person settles one conflict. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

const MULTILINE_TEXT = new Set([
  'successCriteria',
  'agreedEvidence',
  'outcomeNote',
  'agreedSupport',
  'supportGiven',
  'feedback',
  'selfReview',
  'trainingWanted',
  'summary',
  'appraiseeComments',
  'notes',
  'goingWell',
  'appraiseeNotes',
  'sharedNotes',
  'wellbeing'
]);
const SINGLE_LINE_TEXT = new Set(['title', 'schoolPriority', 'need', 'observer', 'focus', 'text']);
const ITEM_NAME: Record<string, string> = {
  objectives: 'title',
  developmentNeeds: 'need',
  observations: 'focus',
  evidence: 'title',
  agenda: 'text',
  actions: 'text'
};

const scalar = (v: Plain): ConflictValue => (v === null || v === undefined ? undefined : typeof v === 'object' ? JSON.stringify(v) : v);

function describeConflict(raw: RawConflict, mine: unknown, theirs: unknown): MergeConflict {
  const [head, second, ...rest] = raw.path;
  const inList = head in ITEM_NAME;
  const place: ConflictPlace = head === 'stages'
    ? { section: 'stage', stage: second as Stage, item: undefined, field: rest.join('.') }
    : inList
      ? { section: head as ConflictPlace['section'], stage: undefined, item: itemName(head, second, theirs, mine), field: rest.join('.') }
      : { section: 'notes', stage: undefined, item: undefined, field: raw.path.join('.') };
  const leaf = raw.path[raw.path.length - 1];
  const texty = (v: Plain): boolean => v === undefined || v === null || typeof v === 'string';
  const isText = (MULTILINE_TEXT.has(leaf) || SINGLE_LINE_TEXT.has(leaf)) && texty(raw.mine) && texty(raw.theirs);
  return {
    path: raw.path,
    place,
    kind: isText ? 'text' : 'value',
    multiline: MULTILINE_TEXT.has(leaf),
    mine: scalar(raw.mine),
    theirs: scalar(raw.theirs)
  };
}

function itemName(list: string, id: string, ...docs: unknown[]): string | undefined {
  for (const doc of docs) {
    const name = valueAt(doc, [list, id, ITEM_NAME[list]]);
    if (typeof name === 'string' && name.trim()) return name;
  }
  return undefined;
}

const withSignaturesOf = (record: StageRecord, source: StageRecord): StageRecord => ({
  ...record,
  signOffs: source.signOffs,
  disagreements: source.disagreements,
  agreed: source.agreed,
  version: source.version,
  status: source.status
});

/** Every stage record any side has, with the signature fields of `theirs` on all three sides. */
function signedAsTheirs(doc: CycleDocument, theirs: CycleDocument, stages: readonly Stage[]): CycleDocument {
  const record = (d: CycleDocument, s: Stage): StageRecord => d.stages[s] ?? emptyStageRecord(s);
  const filled: CycleDocument['stages'] = {};
  for (const s of stages) filled[s] = withSignaturesOf(record(doc, s), record(theirs, s));
  return { ...doc, stages: filled };
}

/**
 * Merges the editor's document (`mine`) with the one saved meanwhile (`theirs`), both descended from `base`.
 * merge(base, mine, base) is mine and merge(base, base, theirs) is theirs (signature fields always as theirs).
 */
export function mergeCycleDocuments(base: CycleDocument, mine: CycleDocument, theirs: CycleDocument): MergeResult<CycleDocument> {
  const stages = STAGES.filter((s) => base.stages[s] || mine.stages[s] || theirs.stages[s]);
  const raw = mergePlain(
    signedAsTheirs(base, theirs, stages),
    signedAsTheirs(mine, theirs, stages),
    signedAsTheirs(theirs, theirs, stages)
  );
  const kept: CycleDocument['stages'] = {};
  for (const s of STAGES) if (raw.merged.stages[s] && (mine.stages[s] || theirs.stages[s])) kept[s] = raw.merged.stages[s];
  return { merged: { ...raw.merged, stages: kept }, conflicts: raw.conflicts.map((c) => describeConflict(c, mine, theirs)) };
}

/** Merges two people's edits of one one-to-one's notes: agenda items and actions by id, the rest field by field. */
export function mergeOneToOneNotes(base: OneToOneNotes, mine: OneToOneNotes, theirs: OneToOneNotes): MergeResult<OneToOneNotes> {
  const raw = mergePlain(base, mine, theirs);
  return { merged: raw.merged, conflicts: raw.conflicts.map((c) => describeConflict(c, mine, theirs)) };
}

/** Both texts, clearly apart: as paragraphs with a rule between them, or on one line with a slash. */
export function keepBothTexts(mine: string, theirs: string, multiline: boolean): string {
  if (!mine.trim()) return theirs;
  if (!theirs.trim() || mine.includes(theirs)) return mine;
  return multiline ? `${mine.trimEnd()}\n\n———\n\n${theirs.trim()}` : `${mine.trim()} / ${theirs.trim()}`;
}

/** Settles one conflict in a merged document: keep what it holds now, take theirs, or keep both texts. */
export function resolveConflict<T>(doc: T, conflict: MergeConflict, choice: ConflictChoice): T {
  if (choice === 'theirs') return withValueAt(doc, conflict.path, conflict.theirs);
  if (choice === 'mine' || conflict.kind !== 'text') return doc;
  const now = valueAt(doc, conflict.path);
  return withValueAt(
    doc,
    conflict.path,
    keepBothTexts(typeof now === 'string' ? now : '', String(conflict.theirs ?? ''), conflict.multiline)
  );
}

/** Whether two documents hold the same content (a field holding undefined is the same as a missing one). */
export const sameContent = (a: unknown, b: unknown): boolean => samePlain(a as Plain, b as Plain);
