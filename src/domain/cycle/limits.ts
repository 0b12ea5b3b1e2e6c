/**
 * How long each text of a record may be, and what SharePoint itself allows. One module: the domain validation,
 * the character counters in the forms and the benchmark all read these numbers.
 *
 * SharePoint Online's own limits, which the emulator enforces as SharePoint does:
 * - A single line of text holds at most 255 characters (FieldText.MaxLength "must be equal to or less than 255",
 *   learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee541910).
 * - A plain multiple-lines-of-text column holds at most 63,999 characters (the documented SharePoint Online limit,
 *   e.g. lookbook365.com/features/multiple-lines-of-text-column-sharepoint). The whole record is one JSON value in
 *   such a column (`Payload`), so the record as a whole must fit in it.
 * - SharePoint's REST API refuses a request body over 2,097,152 bytes: 400 "The request message is too big. The
 *   server does not allow messages larger than 2097152 bytes." (pnp/pnpcore#820; pnp/pnpjs#2980 shows the same
 *   limit reached through PnPjs on a multi-line text column).
 * - A file sent whole to `files/add` may be up to 262,144,000 bytes (250 MiB): past that SharePoint answers 400 "The
 *   request message is too big. The server does not allow messages larger than 262144000 bytes." and only a chunked
 *   upload (startUpload/continueUpload/finishUpload) goes further (SharePoint/sp-dev-docs#8280, #8756; pnp/PnP#1558
 *   "a hard coded size limited of 250 MB in SPO"). Evidence files are sent whole: a 20 MB scan is well inside it.
 *
 * Lengths are counted as SharePoint and the browser's `maxlength` count them: UTF-16 code units (`string.length`).
 */
import type { CycleDocument, OneToOneNotes } from './types';
import type { FieldError } from './validation';

/** SharePoint Online's limits (see above). */
export const SHAREPOINT_LIMITS = {
  singleLineTextChars: 255,
  multiLineTextChars: 63_999,
  requestBodyBytes: 2_097_152,
  fileUploadBytes: 262_144_000
} as const;

/**
 * Our limits per kind of text: generous for what a support-staff appraisal holds, small enough that a full cycle
 * with amendments stays well inside one multi-line column (measured by `npm run bench`, `record_payload_*`).
 */
export const TEXT_LIMITS = {
  /** An objective's title: a line, as on the printed record. */
  title: 150,
  /** One line: a school priority, an observer, a focus, a development need, an agenda item, an action, an evidence title. */
  short: 255,
  /** A paragraph or two: success criteria, evidence agreed, progress notes, feedback, summaries, comments, disagreements. */
  long: 1_500,
  /** One-to-one note sections (going well, the appraisee's notes, shared notes, wellbeing, summary). */
  notes: 2_000
} as const;

/** The stored record (the cycle's JSON) must leave this much of the multi-line column free for the envelope. */
export const RECORD_BUDGET_CHARS = 60_000;

/** One kind of limit. */
export type TextLimit = keyof typeof TEXT_LIMITS;

type Check = [path: string, value: string | undefined, limit: TextLimit];

function tooLong(checks: readonly Check[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const [path, value, limit] of checks) {
    const max = TEXT_LIMITS[limit];
    if ((value ?? '').length > max) errors.push({ path, code: 'tooLong', max });
  }
  return errors;
}

function stageChecks(doc: CycleDocument): Check[] {
  const checks: Check[] = [];
  for (const [stage, record] of Object.entries(doc.stages)) {
    if (!record) continue;
    const base = `stages.${stage}`;
    checks.push(
      [`${base}.preparation.selfReview`, record.preparation.selfReview, 'long'],
      [`${base}.preparation.agendaItems`, record.preparation.agendaItems.join('\n'), 'long'],
      [`${base}.preparation.trainingWanted`, record.preparation.trainingWanted, 'long'],
      [`${base}.reviewer.summary`, record.reviewer.summary, 'long'],
      [`${base}.reviewer.feedback`, record.reviewer.feedback, 'long'],
      [`${base}.reviewer.jobDescriptionReview.notes`, record.reviewer.jobDescriptionReview?.notes, 'long'],
      [`${base}.appraiseeComments`, record.appraiseeComments, 'long']
    );
    record.disagreements.forEach((d, i) =>
      checks.push([`${base}.disagreements.${i}.text`, d.text, 'long'], [`${base}.disagreements.${i}.response`, d.response?.text, 'long'])
    );
  }
  return checks;
}

/** Every text of the cycle over its limit, and the record as a whole over its budget. */
export function cycleLengthErrors(doc: CycleDocument): FieldError[] {
  const checks: Check[] = [];
  doc.objectives.forEach((o, i) => {
    const p = `objectives.${i}`;
    checks.push(
      [`${p}.title`, o.title, 'title'],
      [`${p}.successCriteria`, o.successCriteria, 'long'],
      [`${p}.agreedEvidence`, o.agreedEvidence, 'long'],
      [`${p}.schoolPriority`, o.schoolPriority, 'short'],
      [`${p}.outcomeNote`, o.outcomeNote, 'long']
    );
    o.progress.forEach((n, j) => checks.push([`${p}.progress.${j}.text`, n.text, 'long']));
  });
  doc.developmentNeeds.forEach((n, i) => {
    checks.push(
      [`developmentNeeds.${i}.need`, n.need, 'short'],
      [`developmentNeeds.${i}.agreedSupport`, n.agreedSupport, 'long'],
      [`developmentNeeds.${i}.supportGiven`, n.supportGiven, 'long']
    );
  });
  doc.observations.forEach((o, i) => {
    checks.push(
      [`observations.${i}.observer`, o.observer, 'short'],
      [`observations.${i}.focus`, o.focus, 'short'],
      [`observations.${i}.feedback`, o.feedback, 'long']
    );
  });
  doc.evidence.forEach((e, i) => checks.push([`evidence.${i}.title`, e.title, 'short']));
  const errors = tooLong([...checks, ...stageChecks(doc)]);
  if (JSON.stringify(doc).length > RECORD_BUDGET_CHARS) errors.push({ path: 'record', code: 'tooLong', max: RECORD_BUDGET_CHARS });
  return errors;
}

/** Every text of one-to-one notes over its limit. */
export function oneToOneLengthErrors(notes: OneToOneNotes): FieldError[] {
  return tooLong([
    ...notes.agenda.map((a, i): Check => [`agenda.${i}.text`, a.text, 'short']),
    ...notes.actions.map((a, i): Check => [`actions.${i}.text`, a.text, 'short']),
    ['goingWell', notes.goingWell, 'notes'], ['appraiseeNotes', notes.appraiseeNotes, 'notes'], ['sharedNotes', notes.sharedNotes, 'notes'],
    ['wellbeing', notes.wellbeing, 'notes'], ['summary', notes.summary, 'notes']
  ]);
}
