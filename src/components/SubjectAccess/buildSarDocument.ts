/**
 * The Word document of a subject-access bundle: the request, who produced it, an index of every entry with its flags,
 * then each entry's content as plain lines, ready for the school's redaction review. docx loads only when asked for.
 */
import * as strings from 'DataProtectionStrings';
import type { BundleIndexEntry, SubjectAccessRequest } from '../../domain';
import type { PersonItem } from '../../data/ports';
import { format, formatDate } from '../format';

/** What the document shows. */
export interface SarDocumentInput {
  personName: string;
  request: SubjectAccessRequest;
  index: BundleIndexEntry[];
  items: PersonItem[];
  producedBy: string;
  producedAt: string;
}

/** Flags in words. */
export function flagText(entry: BundleIndexEntry): string[] {
  return entry.flags.map((f) =>
    f === 'privateNoteExemptionReview' ? strings.SarFlagNote : format(strings.SarFlagThirdParty, entry.thirdParties.join(', '))
  );
}

/** A value as lines of text: nested values as indented "key: value" lines. */
function lines(value: unknown, indent = ''): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value))
    return value.flatMap((v, i) =>
      typeof v === 'object' && v !== null ? [`${indent}${i + 1}.`, ...lines(v, `${indent}  `)] : [`${indent}${i + 1}. ${String(v)}`]
    );
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? [`${indent}${k}:`, ...lines(v, `${indent}  `)] : [`${indent}${k}: ${String(v)}`]
    );
  }
  return [`${indent}${String(value)}`];
}

/** The bundle's Word document as bytes. */
export async function buildSarDocument(input: SarDocumentInput): Promise<Uint8Array> {
  const docx = await import(/* webpackChunkName: 'appraisal-docx' */ 'docx');
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = docx;
  const p = (text: string, bold = false): InstanceType<typeof Paragraph> => new Paragraph({ children: [new TextRun({ text, bold })] });
  const children = [
    new Paragraph({ text: strings.WordTitle, heading: HeadingLevel.TITLE }),
    p(`${strings.WordPerson}: ${input.personName}`),
    p(`${strings.WordReceived}: ${formatDate(input.request.receivedOn)}`),
    p(`${strings.WordDue}: ${formatDate(input.request.dueOn)}`),
    p(format(strings.WordProduced, input.producedBy, input.producedAt)),
    p(strings.WordNotice, true),
    new Paragraph({ text: strings.WordIndex, heading: HeadingLevel.HEADING_1 }),
    ...input.index.map((e) =>
      p(
        `${e.n}. ${e.kind} (${e.list} ${e.itemId}) ${e.created.slice(0, 10)}${e.flags.length ? ` — ${flagText(e).join('; ')}` : ''}`,
        e.flags.length > 0
      )
    ),
    new Paragraph({ text: strings.WordEntries, heading: HeadingLevel.HEADING_1 }),
    ...input.items.flatMap((item, i) => [
      new Paragraph({ text: `${i + 1}. ${item.kind} (${item.list} ${item.itemId})`, heading: HeadingLevel.HEADING_2 }),
      ...flagText(input.index[i]).map((f) => p(f, true)),
      ...lines(item.fields).map((l) => p(l)),
      ...(item.file ? [p(`${item.file.name} (${input.index[i].file ?? ''})`)] : [])
    ])
  ];
  const file = new Document({ creator: input.producedBy, title: strings.WordTitle, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
