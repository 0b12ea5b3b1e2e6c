/** The governor pack as a Word document, built in the browser with docx (loaded on demand by the download button). */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import * as strings from 'CommonStrings';
import type { GovernorReportSnapshot, PublishedTable, TrustReportSnapshot, TrustTable } from '../../domain';
import { format, formatDate } from '../format';
import {
  cellText,
  columnText,
  flagText,
  groupedNoteTexts,
  groupText,
  headingText,
  nothingText,
  populationText,
  protectionText,
  showsNothing,
  summaryLines,
  tableCaption
} from './reportText';
import {
  leftOutText,
  notAvailableTexts,
  trustCaption,
  trustHeadingText,
  trustPopulationText,
  trustProtectionText,
  trustRowText,
  trustSchoolsText,
  trustSummaryLines,
  type NotAvailableSite
} from './trustText';

const row = (cells: string[], header = false): TableRow =>
  new TableRow({
    tableHeader: header,
    children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] }))
  });

function table(t: PublishedTable): Array<Paragraph | Table> {
  const rows = [
    row([strings.ReportColGroup, ...t.columns.map(columnText), strings.ReportColTotal], true),
    ...t.rows.map((r) => row([groupText(r.group), ...r.cells.map(cellText), String(r.total)])),
    ...(t.totals ? [row([strings.ReportRowTotal, ...t.totals.cells.map(cellText), String(t.totals.total)])] : [])
  ];
  return [
    new Paragraph({ text: tableCaption(t), heading: HeadingLevel.HEADING_2 }),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ text: populationText(t) })
  ];
}

/** The .docx for a snapshot: only what the snapshot holds, in the same words as the page. */
export async function governorPack(snapshot: GovernorReportSnapshot): Promise<Blob> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: format(strings.ReportPackTitle, snapshot.cycleLabel), heading: HeadingLevel.TITLE }),
    new Paragraph({ text: strings.ReportPackIntro }),
    new Paragraph({ text: format(strings.ReportPrepared, formatDate(snapshot.preparedOn), snapshot.k) }),
    new Paragraph({ text: protectionText(snapshot) })
  ];
  if (snapshot.scope === 'tooFew') children.push(new Paragraph({ text: strings.ReportTooFew }));
  if (snapshot.scope === 'reported')
    children.push(
      new Paragraph({ text: strings.ReportSummaryHeading, heading: HeadingLevel.HEADING_2 }),
      ...summaryLines(snapshot).map((text) => new Paragraph({ text, bullet: { level: 0 } }))
    );
  for (const t of snapshot.tables) children.push(...(showsNothing(t) ? [new Paragraph({ text: nothingText(t, snapshot.k) })] : table(t)));
  if (snapshot.notes.length)
    children.push(
      new Paragraph({ text: strings.ReportNotesHeading, heading: HeadingLevel.HEADING_2 }),
      ...groupedNoteTexts(snapshot.notes).map((text) => new Paragraph({ text, bullet: { level: 0 } }))
    );
  if (snapshot.flags.length)
    children.push(
      new Paragraph({ text: strings.ReportFlagsHeading, heading: HeadingLevel.HEADING_2 }),
      ...snapshot.flags.map((f) => new Paragraph({ text: flagText(f), bullet: { level: 0 } }))
    );
  const doc = new Document({
    title: headingText(snapshot),
    creator: strings.ReportHeading.replace('{0}', '').trim(),
    sections: [{ children }]
  });
  return Packer.toBlob(doc);
}

function trustTable(t: TrustTable): Array<Paragraph | Table> {
  const rows = [
    row([strings.TrustColSchool, ...t.columns.map(columnText), strings.ReportColTotal], true),
    ...t.rows.map((r) => row([trustRowText(r), ...r.cells.map(cellText), String(r.total)])),
    row([strings.TrustRowTotal, ...t.totals.cells.map(cellText), String(t.totals.total)])
  ];
  return [
    new Paragraph({ text: trustCaption(t), heading: HeadingLevel.HEADING_2 }),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ text: trustPopulationText(t) })
  ];
}

/** The trust pack (.docx): only what the published trust report holds, in the same words as its page. */
export async function trustPack(snapshot: TrustReportSnapshot, notAvailable: readonly NotAvailableSite[]): Promise<Blob> {
  const left = leftOutText(snapshot);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: format(strings.TrustPackTitle, snapshot.cycleLabel), heading: HeadingLevel.TITLE }),
    new Paragraph({ text: strings.TrustPackIntro }),
    new Paragraph({ text: format(strings.ReportPrepared, formatDate(snapshot.preparedOn), snapshot.k) }),
    new Paragraph({ text: trustProtectionText(snapshot) }),
    new Paragraph({ text: trustSchoolsText(snapshot) }),
    new Paragraph({ text: strings.TrustNotAvailableHeading, heading: HeadingLevel.HEADING_2 }),
    ...(notAvailable.length
      ? notAvailableTexts(snapshot, notAvailable).map((text) => new Paragraph({ text, bullet: { level: 0 } }))
      : [new Paragraph({ text: strings.TrustAllAvailable })]),
    new Paragraph({ text: strings.ReportSummaryHeading, heading: HeadingLevel.HEADING_2 }),
    ...trustSummaryLines(snapshot).map((text) => new Paragraph({ text, bullet: { level: 0 } }))
  ];
  for (const t of snapshot.tables) children.push(...trustTable(t));
  if (left) children.push(new Paragraph({ text: left }));
  const doc = new Document({ title: trustHeadingText(snapshot), creator: strings.TrustRowTotal, sections: [{ children }] });
  return Packer.toBlob(doc);
}
