/**
 * A Word copy of one stage record (AB10: both hold a copy): version, both sign-offs, any disagreement with the
 * reviewer's response, and the fingerprint, so the copy shows what was signed. docx loads only when asked for.
 */
import {
  agreementContent, effectiveStatus, fingerprint, stageRecordOf,
  type CycleDocument, type Outcome, type RecordStatus, type Stage, type StageRecord
} from '../../domain';
import { formatDate } from '../format';
import { dateTimeFormat } from '../locale';
import type { RecordCopyLabels } from './recordCopyLabels';

type Docx = typeof import('docx');
type Block = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

/** What a Word copy needs: names as the directory holds them, and the words to use. */
export interface RecordDocumentInput {
  appraiseeName: string;
  reviewerName: string;
  cycleLabel: string;
  stage: Stage;
  doc: CycleDocument;
  labels: RecordCopyLabels;
}

const LONDON_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London', timeZoneName: 'short'
};

/** A UTC instant as shown to people: Europe/London time (DOMAIN §4). */
const formatInstant = (instant: string): string => dateTimeFormat(LONDON_TIME).format(new Date(instant));

function statusText(status: RecordStatus, l: RecordCopyLabels): string {
  switch (status) {
    case 'draft': return l.statusDraft;
    case 'awaitingAgreement': return l.statusAwaitingAgreement;
    case 'agreed': return l.statusAgreed;
    case 'disagreementRecorded': return l.statusDisagreementRecorded;
    case 'changedSinceAgreed': return l.statusChangedSinceAgreed;
    default: {
      const unknownStatus: never = status;
      return String(unknownStatus);
    }
  }
}

function outcomeText(outcome: Outcome | undefined, l: RecordCopyLabels): string {
  switch (outcome) {
    case undefined: return l.notRecorded;
    case 'met': return l.outcomeMet;
    case 'partlyMet': return l.outcomePartlyMet;
    case 'notMet': return l.outcomeNotMet;
    case 'withdrawn': return l.outcomeWithdrawn;
    default: {
      const unknownOutcome: never = outcome;
      return String(unknownOutcome);
    }
  }
}

const dateText = (date: string | undefined, l: RecordCopyLabels): string => (date ? formatDate(date) : l.notRecorded);

/** Builds paragraphs and tables with one loaded docx module. */
function writer(docx: Docx): {
  heading: (text: string, level: 1 | 2) => Block;
  line: (label: string, value: string, bold?: boolean) => Block;
  text: (value: string) => Block[];
  table: (header: string[], rows: string[][]) => Block;
} {
  const { Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType } = docx;
  const cell = (value: string, bold = false): InstanceType<Docx['TableCell']> =>
    new TableCell({ children: value.split('\n').map((part) => new Paragraph({ children: [new TextRun({ text: part, bold })] })) });
  return {
    heading: (text, level) => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }),
    line: (label, value, bold = false) =>
      new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value, bold })] }),
    // Paragraph breaks in the record stay paragraph breaks in the copy.
    text: (value) => (value.trim() === '' ? [''] : value.split(/\n+/)).map((part) => new Paragraph({ text: part })),
    table: (header, rows) =>
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
          ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) }))
        ]
      })
  };
}

function objectiveTable(w: ReturnType<typeof writer>, stage: Stage, doc: CycleDocument, record: StageRecord, l: RecordCopyLabels): Block {
  switch (stage) {
    case 'planning':
      return w.table([l.objectiveTitle, l.successCriteria, l.agreedEvidence, l.targetDate],
        doc.objectives.map((o) => [o.title, o.successCriteria, o.agreedEvidence, dateText(o.targetDate, l)]));
    case 'interimReview':
      return w.table([l.objectiveTitle, l.progress], doc.objectives.map((o) => [
        o.title,
        o.progress.filter((p) => !record.meetingDate || p.on <= record.meetingDate).map((p) => `${formatDate(p.on)}: ${p.text}`).join('\n')
      ]));
    case 'finalReview':
      return w.table(
        [l.objectiveTitle, l.outcome, l.outcomeNote],
        doc.objectives.map((o) => [o.title, outcomeText(o.outcome, l), o.outcomeNote])
      );
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown stage ${String(unknownStage)}`);
    }
  }
}

function needsTable(w: ReturnType<typeof writer>, stage: Stage, doc: CycleDocument, l: RecordCopyLabels): Block {
  const status = (s: 'open' | 'met'): string => (s === 'met' ? l.needMet : l.needOpen);
  if (stage === 'planning') {
    return w.table(
      [l.need, l.agreedSupport, l.targetDate],
      doc.developmentNeeds.map((n) => [n.need, n.agreedSupport, dateText(n.targetDate, l)])
    );
  }
  return w.table([l.need, l.supportGiven, l.status], doc.developmentNeeds.map((n) => [n.need, n.supportGiven, status(n.status)]));
}

function reviewerPart(w: ReturnType<typeof writer>, stage: Stage, record: StageRecord, l: RecordCopyLabels): Block[] {
  const blocks: Block[] = [w.heading(l.summary, 2), ...w.text(record.reviewer.summary)];
  if (stage !== 'planning') blocks.push(w.heading(l.feedback, 2), ...w.text(record.reviewer.feedback));
  if (stage === 'interimReview') blocks.push(w.heading(l.appraiseeComments, 2), ...w.text(record.appraiseeComments));
  if (stage === 'finalReview') {
    const jd = record.reviewer.jobDescriptionReview;
    const decision =
      jd === undefined ? l.notRecorded : jd.decision === 'noChange' ? l.jobDescriptionNoChange : l.jobDescriptionChangesProposed;
    blocks.push(w.heading(l.jobDescriptionReview, 2), w.line(l.jobDescriptionReview, decision), ...(jd?.notes ? w.text(jd.notes) : []));
  }
  return blocks;
}

function signatures(w: ReturnType<typeof writer>, record: StageRecord, input: RecordDocumentInput): Block[] {
  const l = input.labels;
  const blocks: Block[] = [w.heading(l.signOffs, 2)];
  if (record.signOffs.length === 0) blocks.push(...w.text(l.noSignOffs));
  for (const s of record.signOffs) {
    const party = s.party === 'reviewer' ? l.reviewer : l.appraisee;
    // The name as signed, even if it has changed since (DOMAIN §8).
    blocks.push(w.line(party, `${s.name}; ${l.signedAt} ${formatInstant(s.at)}; ${l.version} ${s.version}`));
  }
  if (record.disagreements.length > 0) {
    blocks.push(w.heading(l.disagreements, 2));
    for (const d of record.disagreements) {
      blocks.push(w.line(l.disagreementRecordedAt, `${formatInstant(d.at)}; ${l.version} ${d.version}`), ...w.text(d.text));
      blocks.push(w.line(l.reviewerResponse, d.response ? `${formatInstant(d.response.at)}` : l.noResponseYet));
      if (d.response) blocks.push(...w.text(d.response.text));
    }
  }
  return blocks;
}

/** A Word (.docx) copy of one stage's record, as a Blob ready to download. */
export async function buildRecordDocument(input: RecordDocumentInput): Promise<Blob> {
  const docx = await import(/* webpackChunkName: 'appraisal-docx' */ 'docx');
  const w = writer(docx);
  const { stage, doc, labels: l } = input;
  const record = stageRecordOf(doc, stage);
  const status = effectiveStatus(doc, stage);
  const blocks: Block[] = [
    new docx.Paragraph({ text: l.title, heading: docx.HeadingLevel.TITLE }),
    w.heading(l.stageTitle, 1),
    w.line(l.appraisee, input.appraiseeName),
    w.line(l.reviewer, input.reviewerName),
    w.line(l.cycle, input.cycleLabel),
    w.line(l.meetingDate, dateText(record.meetingDate, l)),
    w.line(l.version, String(record.version)),
    w.line(l.status, statusText(status, l), status === 'changedSinceAgreed'),
    w.heading(l.objectives, 2),
    objectiveTable(w, stage, doc, record, l),
    w.heading(l.developmentNeeds, 2),
    needsTable(w, stage, doc, l),
    ...reviewerPart(w, stage, record, l),
    ...signatures(w, record, input),
    w.line(l.fingerprint, fingerprint(agreementContent(doc, stage)))
  ];
  const file = new docx.Document({ creator: input.reviewerName, title: `${l.title}: ${l.stageTitle}`, sections: [{ children: blocks }] });
  return docx.Packer.toBlob(file);
}
