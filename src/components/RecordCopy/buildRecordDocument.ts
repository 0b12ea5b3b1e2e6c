/**
 * A Word copy of one stage's record (AB10: both hold a copy): the objectives, the summary, every sign-off with its
 * version and time, any disagreement with the reviewer's response, and the fingerprint of the agreed content.
 * `docx` loads on demand, outside every bundle that does not make a copy.
 */
import { agreementContent, effectiveStatus, fingerprint, stageRecordOf, type CycleDocument, type Stage } from '../../domain';

/** The en-GB words of the copy, passed in by the caller (no loc imports here). */
export interface RecordCopyLabels {
  title: string;
  appraisee: string;
  reviewer: string;
  cycle: string;
  stage: string;
  status: string;
  objectives: string;
  objective: string;
  successCriteria: string;
  agreedEvidence: string;
  targetDate: string;
  outcome: string;
  developmentNeeds: string;
  summary: string;
  feedback: string;
  appraiseeComments: string;
  signOffs: string;
  signOff: (name: string, version: number, at: string) => string;
  disagreements: string;
  disagreement: (version: number, at: string) => string;
  response: (at: string) => string;
  fingerprint: string;
  changedSinceAgreed: string;
  none: string;
  formatDate: (isoDate: string) => string;
  formatInstant: (instant: string) => string;
  outcomeText: (outcome: string) => string;
}

/** What the copy is of. */
export interface RecordCopyInput {
  appraiseeName: string;
  reviewerName: string;
  cycleLabel: string;
  stage: Stage;
  stageName: string;
  statusText: string;
  doc: CycleDocument;
  labels: RecordCopyLabels;
}

/** Builds the .docx as a Blob. */
export async function buildRecordDocument(input: RecordCopyInput): Promise<Blob> {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import(/* webpackChunkName: 'appraisal-docx' */ 'docx');
  const { doc, stage, labels: l } = input;
  const record = stageRecordOf(doc, stage);
  const heading = (text: string): InstanceType<typeof Paragraph> => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  const para = (text: string): InstanceType<typeof Paragraph> => new Paragraph({ text: text || l.none });
  const labelled = (label: string, text: string): InstanceType<typeof Paragraph> => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text || l.none)] });
  const cell = (text: string, bold = false): InstanceType<typeof TableCell> => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const objectiveRows = doc.objectives.map((o) =>
    new TableRow({ children: [cell(o.title), cell(o.successCriteria), cell(o.agreedEvidence), cell(o.targetDate ? l.formatDate(o.targetDate) : ''), cell(o.outcome ? l.outcomeText(o.outcome) : '')] })
  );
  const children = [
    new Paragraph({ text: l.title, heading: HeadingLevel.TITLE }),
    labelled(l.appraisee, input.appraiseeName),
    labelled(l.reviewer, input.reviewerName),
    labelled(l.cycle, input.cycleLabel),
    labelled(l.stage, input.stageName),
    labelled(l.status, input.statusText),
    ...(effectiveStatus(doc, stage) === 'changedSinceAgreed' ? [new Paragraph({ children: [new TextRun({ text: l.changedSinceAgreed, bold: true })] })] : []),
    heading(l.objectives),
    doc.objectives.length
      ? new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [new TableRow({ tableHeader: true, children: [cell(l.objective, true), cell(l.successCriteria, true), cell(l.agreedEvidence, true), cell(l.targetDate, true), cell(l.outcome, true)] }), ...objectiveRows]
        })
      : para(''),
    heading(l.developmentNeeds),
    ...(doc.developmentNeeds.length ? doc.developmentNeeds.map((n) => para(`${n.need}: ${n.agreedSupport}`)) : [para('')]),
    heading(l.summary),
    para(record.reviewer.summary),
    ...(stage !== 'planning' ? [labelled(l.feedback, record.reviewer.feedback)] : []),
    labelled(l.appraiseeComments, record.appraiseeComments),
    heading(l.signOffs),
    ...(record.signOffs.length ? record.signOffs.map((s) => para(l.signOff(s.name, s.version, l.formatInstant(s.at)))) : [para('')]),
    ...(record.disagreements.length
      ? [heading(l.disagreements), ...record.disagreements.flatMap((d) => [labelled(l.disagreement(d.version, l.formatInstant(d.at)), d.text), ...(d.response ? [labelled(l.response(l.formatInstant(d.response.at)), d.response.text)] : [])])]
      : []),
    labelled(l.fingerprint, fingerprint(agreementContent(doc, stage)))
  ];
  return Packer.toBlob(new Document({ creator: input.reviewerName, title: l.title, sections: [{ children }] }));
}
