/**
 * A subject-access bundle in one click (DOMAIN §7.8, UK-16): everything the product holds about one person, read
 * afresh, indexed; the same as JSON; a zip of their evidence; and a Word document (rendered by the caller, which has
 * the words). Private notes are included and flagged for exemption review; other people's names are flagged as
 * third-party data; nothing is withheld by the product. Who produced it, and when, is logged with the request.
 */
import { zipSync } from 'fflate';
import { ok, thirdPartyNames, type BundleIndexEntry, type Result, type SubjectAccessRequest } from '../../domain';
import type { DataError, PersonItem, SubjectAccessLog, SubjectAccessSource } from '../../data/ports';

/** The bundle's parts. */
export interface SubjectAccessBundle {
  index: BundleIndexEntry[];
  items: PersonItem[];
  json: string;
  evidenceZip: Uint8Array;
  word: Uint8Array;
}

/** What building a bundle needs. */
export interface BundleInputs {
  source: SubjectAccessSource;
  log: SubjectAccessLog;
  request: SubjectAccessRequest;
  personName: string;
  /** Everyone else's names on the roster: any of them in an entry is third-party data. */
  otherNames: readonly string[];
  producedBy: string;
  producedAt: string;
  onProgress(done: number, total: number): void;
  renderWord(bundle: {
    personName: string;
    request: SubjectAccessRequest;
    index: BundleIndexEntry[];
    items: PersonItem[];
    producedBy: string;
    producedAt: string;
  }): Promise<Uint8Array>;
}

const safeName = (n: number, name: string): string => `${String(n).padStart(3, '0')}-${name.replace(/[\\/:*?"<>|]/g, '_')}`;

/** Builds the bundle and logs its production. */
export async function buildSubjectAccessBundle(inputs: BundleInputs): Promise<Result<SubjectAccessBundle, DataError>> {
  const gathered = await inputs.source.gather(inputs.request.staffKey, inputs.onProgress);
  if (!gathered.ok) return gathered;
  const items = gathered.value;
  const files: Record<string, Uint8Array> = {};
  const index = items.map((item, i): BundleIndexEntry => {
    const n = i + 1;
    const thirdParties = thirdPartyNames(JSON.stringify(item.fields), inputs.otherNames);
    const flags: BundleIndexEntry['flags'] = [];
    if (item.source === 'privateNote') flags.push('privateNoteExemptionReview');
    if (thirdParties.length) flags.push('thirdPartyNames');
    const file = item.file ? safeName(n, item.file.name) : undefined;
    if (item.file && file) files[file] = item.file.bytes;
    return { n, list: item.list, itemId: item.itemId, ref: item.ref, kind: item.kind, created: item.created, flags, thirdParties, file };
  });
  const json = JSON.stringify(
    {
      request: inputs.request,
      person: inputs.personName,
      producedBy: inputs.producedBy,
      producedAt: inputs.producedAt,
      index,
      entries: items.map((item, i) => ({
        n: i + 1,
        list: item.list,
        itemId: item.itemId,
        ref: item.ref,
        kind: item.kind,
        created: item.created,
        modified: item.modified,
        fields: item.fields,
        file: index[i].file
      }))
    },
    undefined,
    2
  );
  const evidenceZip = zipSync(files, { level: 6 });
  const word = await inputs.renderWord({
    personName: inputs.personName,
    request: inputs.request,
    index,
    items,
    producedBy: inputs.producedBy,
    producedAt: inputs.producedAt
  });
  const logged = await inputs.log.recordProduction({
    requestKey: inputs.request.key,
    producedBy: inputs.producedBy,
    producedAt: inputs.producedAt,
    entries: index.length,
    flagged: index.filter((e) => e.flags.length).length
  });
  if (!logged.ok) return logged;
  return ok({ index, items, json, evidenceZip, word });
}
