/**
 * What must be true before the reviewer shares a stage for agreement (AB5, AB6, AB7, EA-JD). Errors carry a field
 * path and a code; the UI words them.
 */
import type { CycleWindow } from '../cycleWindow';
import { parseIsoDate } from '../isoDate';
import type { Stage } from '../stageDates';
import { stageRecordOf } from './document';
import type { CycleDocument } from './types';
import { cycleLengthErrors } from './limits';

/** One field that stops a stage being shared, e.g. `{ path: 'objectives.0.title', code: 'required' }`. */
export interface FieldError {
  path: string;
  code: 'required' | 'outsideCycle' | 'reasonRequired' | 'atLeastOneObjective' | 'notADate' | 'tooLong';
  /** For `tooLong`: the most characters the field (or, at path `record`, the whole record) may hold. */
  max?: number;
}

const blank = (text: string | undefined): boolean => (text ?? '').trim() === '';

/** Adds a `required` error for each blank field of `values`. */
function requireText(errors: FieldError[], prefix: string, values: Record<string, string | undefined>): void {
  for (const [field, value] of Object.entries(values)) {
    if (blank(value)) errors.push({ path: `${prefix}.${field}`, code: 'required' });
  }
}

/** A target date must be a real date inside the cycle (AB5.5); `required` says whether it may be left empty. */
function checkDate(errors: FieldError[], path: string, value: string | undefined, cycle: CycleWindow, required: boolean): void {
  if (value === undefined || value === '') {
    if (required) errors.push({ path, code: 'required' });
    return;
  }
  const date = parseIsoDate(value);
  if (date === undefined) errors.push({ path, code: 'notADate' });
  else if (date < cycle.start || date > cycle.end) errors.push({ path, code: 'outsideCycle' });
}

/** Target dates of objectives (required at planning) and of development needs (always optional). */
function checkTargetDates(errors: FieldError[], doc: CycleDocument, cycle: CycleWindow, objectiveDateRequired: boolean): void {
  doc.objectives.forEach((o, i) => checkDate(errors, `objectives.${i}.targetDate`, o.targetDate, cycle, objectiveDateRequired));
  doc.developmentNeeds.forEach((n, i) => checkDate(errors, `developmentNeeds.${i}.targetDate`, n.targetDate, cycle, false));
}

function planningErrors(doc: CycleDocument, cycle: CycleWindow): FieldError[] {
  const errors: FieldError[] = [];
  if (doc.objectives.length === 0) errors.push({ path: 'objectives', code: 'atLeastOneObjective' });
  doc.objectives.forEach((o, i) =>
    requireText(errors, `objectives.${i}`, { title: o.title, successCriteria: o.successCriteria, agreedEvidence: o.agreedEvidence })
  );
  doc.developmentNeeds.forEach((n, i) => requireText(errors, `developmentNeeds.${i}`, { need: n.need, agreedSupport: n.agreedSupport }));
  checkTargetDates(errors, doc, cycle, true);
  requireText(errors, 'stages.planning.reviewer', { summary: stageRecordOf(doc, 'planning').reviewer.summary });
  return errors;
}

function interimErrors(doc: CycleDocument, cycle: CycleWindow): FieldError[] {
  const errors: FieldError[] = [];
  const { summary, feedback } = stageRecordOf(doc, 'interimReview').reviewer;
  requireText(errors, 'stages.interimReview.reviewer', { summary, feedback });
  checkTargetDates(errors, doc, cycle, false);
  return errors;
}

function finalErrors(doc: CycleDocument): FieldError[] {
  const errors: FieldError[] = [];
  doc.objectives.forEach((o, i) => {
    if (o.outcome === undefined) errors.push({ path: `objectives.${i}.outcome`, code: 'required' });
    else if (o.outcome === 'withdrawn' && blank(o.outcomeNote))
      errors.push({ path: `objectives.${i}.outcomeNote`, code: 'reasonRequired' });
  });
  const { summary, jobDescriptionReview } = stageRecordOf(doc, 'finalReview').reviewer;
  const jdPath = 'stages.finalReview.reviewer.jobDescriptionReview';
  if (jobDescriptionReview === undefined) errors.push({ path: jdPath, code: 'required' });
  else if (jobDescriptionReview.decision === 'changesProposed' && blank(jobDescriptionReview.notes)) {
    errors.push({ path: `${jdPath}.notes`, code: 'required' });
  }
  requireText(errors, 'stages.finalReview.reviewer', { summary });
  return errors;
}

/**
 * Everything that stops the reviewer sharing this stage for agreement; empty when it may be shared. Any text over
 * its limit (limits.ts) stops every stage, wherever it is in the record.
 */
export function validateStage(doc: CycleDocument, stage: Stage, cycle: CycleWindow): FieldError[] {
  return [...stageErrors(doc, stage, cycle), ...cycleLengthErrors(doc)];
}

function stageErrors(doc: CycleDocument, stage: Stage, cycle: CycleWindow): FieldError[] {
  switch (stage) {
    case 'planning': return planningErrors(doc, cycle);
    case 'interimReview': return interimErrors(doc, cycle);
    case 'finalReview': return finalErrors(doc);
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown stage ${String(unknownStage)}`);
    }
  }
}
