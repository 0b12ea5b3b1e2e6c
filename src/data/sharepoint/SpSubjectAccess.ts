/**
 * Subject access over SharePoint, as an administrator. `gather` reads everything about one person: their roster
 * item, every item in their record and evidence folders or carrying their StaffKey (records, evidence files with
 * their bytes, signatures, disagreements and responses, holds, audit entries), and the private notes about them —
 * those only as the data-protection role, which the flow joins for this read alone and logs. The request log keeps
 * requests, who produced each bundle and every redaction decision, each with its own key so a re-sent write lands once.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import type { IList } from '@pnp/sp/lists';
import { z } from 'zod';
import type { RedactionDecision, Result, SubjectAccessRequest } from '../../domain';
import type { BundleProduction, DataError, PersonItem, SubjectAccessLog, SubjectAccessSource } from '../ports';
import { LISTS, type ListKey } from './schema';
import { attempt } from './errors';
import { odataString } from '../odataLiteral';
import { addOnce } from './addOnce';
import { newEntryKey } from './entryKey';
import { addAuditEntry } from './addOnce';
import { rootUrl } from './personFolders';
import type { RawItem } from './mappers/validate';
import { asDataProtection } from './dataProtection/dataProtectionRole';

/** Lists read by StaffKey, and the two read by the person's folder too. */
const BY_KEY: readonly ListKey[] = ['roster', 'records', 'signatures', 'audit', 'holds', 'privateNotes', 'supportPlans'];
const BY_FOLDER: readonly ListKey[] = ['records', 'evidence'];
const SOURCE: Partial<Record<ListKey, PersonItem['source']>> = {
  roster: 'roster',
  records: 'record',
  signatures: 'signature',
  evidence: 'evidence',
  privateNotes: 'privateNote',
  holds: 'hold',
  audit: 'audit',
  supportPlans: 'supportPlan'
};
const ORDER: readonly PersonItem['source'][] = ['roster', 'record', 'signature', 'evidence', 'supportPlan', 'privateNote', 'hold', 'audit'];
const SKIP = new Set([
  'odata.type',
  'odata.id',
  'odata.etag',
  'odata.editLink',
  'odata.metadata',
  'Payload',
  'FileSystemObjectType',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'ContentTypeId',
  'ComplianceAssetId',
  'GUID',
  'OData__UIVersionString',
  'Attachments',
  'AuthorId',
  'EditorId'
]);

function contentOf(item: RawItem): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!SKIP.has(k) && v !== null && v !== undefined && v !== '') fields[k] = v;
  if (typeof item.Payload === 'string' && item.Payload) {
    try {
      fields.content = JSON.parse(item.Payload);
    } catch {
      fields.content = item.Payload;
    }
  }
  return fields;
}

export class SpSubjectAccessSource implements SubjectAccessSource {
  constructor(private readonly sp: SPFI) {}

  private list(key: ListKey): IList {
    return this.sp.web.lists.getByTitle(LISTS[key].title);
  }

  gather(staffKey: string, onProgress: (done: number, total: number) => void): Promise<Result<PersonItem[], DataError>> {
    return attempt(async () => {
      const steps = BY_KEY.length + BY_FOLDER.length;
      let done = 0;
      const found = new Map<string, PersonItem>();
      const keep = (key: ListKey, rows: RawItem[]): void => {
        for (const r of rows.filter((x) => Number(x.FSObjType ?? 0) === 0)) {
          const id = `${LISTS[key].title}:${String(r.Id)}`;
          if (!found.has(id)) {
            found.set(id, {
              list: LISTS[key].title,
              itemId: Number(r.Id),
              ref: String(r.EntryKey ?? r.CycleKey ?? r.Title ?? r.Id),
              kind: String(r.RecordKind ?? r.SignatureKind ?? r.Action ?? key),
              source: SOURCE[key] ?? 'record',
              created: String(r.Created ?? ''),
              modified: String(r.Modified ?? ''),
              fields: contentOf(r)
            });
          }
        }
      };
      for (const key of BY_KEY) {
        const read = async (): Promise<RawItem[]> => {
          const out: RawItem[] = [];
          for await (const page of this.list(key)
            .items.filter(`StaffKey eq ${odataString(staffKey)}`)
            .top(5000))
            out.push(...(page as RawItem[]));
          return out;
        };
        keep(key, key === 'privateNotes' ? await this.notes(staffKey, read) : await read());
        onProgress(++done, steps);
      }
      for (const key of BY_FOLDER) {
        const folder = `${await rootUrl(this.list(key))}/${staffKey}`;
        const rows: RawItem[] = [];
        for await (const page of this.list(key)
          .items.filter(`FileDirRef eq ${odataString(folder)}`)
          .select('*', 'FileLeafRef', 'FileDirRef', 'FSObjType')
          .top(5000))
          rows.push(...(page as RawItem[]));
        keep(key, rows);
        if (key === 'evidence') {
          for (const r of rows.filter((x) => Number(x.FSObjType ?? 0) === 0)) {
            const item = found.get(`${LISTS.evidence.title}:${String(r.Id)}`);
            const bytes = new Uint8Array(await this.sp.web.getFileByServerRelativePath(`${folder}/${String(r.FileLeafRef)}`).getBuffer());
            if (item) item.file = { name: String(r.FileLeafRef), bytes };
          }
        }
        onProgress(++done, steps);
      }
      const rank = (i: PersonItem): number => ORDER.indexOf(i.source);
      return Array.from(found.values()).sort((a, b) => rank(a) - rank(b) || a.created.localeCompare(b.created) || a.itemId - b.itemId);
    });
  }

  /** Private notes, read as the data-protection role; the use of that role for this person is logged. */
  private notes(staffKey: string, read: () => Promise<RawItem[]>): Promise<RawItem[]> {
    return asDataProtection(this.sp, async () => {
      const rows = await read();
      await addAuditEntry(this.sp, {
        Title: 'privateNotesReadForSar',
        StaffKey: staffKey,
        Action: 'privateNotesReadForSar',
        RecordRef: staffKey,
        Payload: JSON.stringify({ count: rows.length })
      });
      return rows;
    });
  }
}

const requestSchema = z.object({
  key: z.string(),
  staffKey: z.string(),
  receivedOn: z.string(),
  channel: z.enum(['verbal', 'email', 'letter', 'other']),
  dueOn: z.string(),
  scope: z.string(),
  loggedBy: z.string()
});
const productionSchema = z.object({
  requestKey: z.string(),
  producedBy: z.string(),
  producedAt: z.string(),
  entries: z.number(),
  flagged: z.number()
});
const decisionSchema = z.object({
  entryRef: z.string(),
  decision: z.enum(['disclose', 'redact', 'withhold']),
  reason: z.string().min(1),
  decidedBy: z.string(),
  decidedOn: z.string()
});

interface Row {
  Title: string;
  StaffKey: string;
  Payload: string;
}

export class SpSubjectAccessLog implements SubjectAccessLog {
  constructor(private readonly sp: SPFI) {}

  private get items(): IList['items'] {
    return this.sp.web.lists.getByTitle(LISTS.subjectAccess.title).items;
  }

  private async rows(): Promise<Row[]> {
    return this.items.select('Title', 'StaffKey', 'Payload').top(5000)<Row[]>();
  }

  list(): Promise<Result<SubjectAccessRequest[], DataError>> {
    return attempt(async () => {
      const rows = await this.rows();
      const productions = rows.filter((r) => r.Title === 'produced').flatMap((r) => {
        const p = productionSchema.safeParse(JSON.parse(r.Payload));
        return p.success ? [p.data] : [];
      });
      return rows.filter((r) => r.Title === 'request').flatMap((r) => {
        const p = requestSchema.safeParse(JSON.parse(r.Payload));
        if (!p.success) return [];
        const last = productions.filter((x) => x.requestKey === p.data.key).sort((a, b) => b.producedAt.localeCompare(a.producedAt))[0];
        return [
          {
            ...p.data,
            receivedOn: p.data.receivedOn as SubjectAccessRequest['receivedOn'],
            dueOn: p.data.dueOn as SubjectAccessRequest['dueOn'],
            producedOn: last?.producedAt,
            producedBy: last?.producedBy
          }
        ];
      }).sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
    });
  }

  log(request: SubjectAccessRequest): Promise<Result<void, DataError>> {
    return attempt(async () => {
      await addOnce(() =>
        this.items.add({ Title: 'request', StaffKey: request.staffKey, EntryKey: `sar:${request.key}`, Payload: JSON.stringify(request) })
      );
    });
  }

  recordProduction(production: BundleProduction): Promise<Result<void, DataError>> {
    return attempt(async () => {
      const request = (await this.rows()).find(
        (r) => r.Title === 'request' && r.Payload.includes(`"key":${JSON.stringify(production.requestKey)}`)
      );
      await addOnce(() =>
        this.items.add({
          Title: 'produced',
          StaffKey: request?.StaffKey ?? '',
          EntryKey: newEntryKey(),
          Payload: JSON.stringify(production)
        })
      );
      await addAuditEntry(this.sp, {
        Title: 'sarBundleProduced',
        StaffKey: request?.StaffKey ?? '',
        Action: 'sarBundleProduced',
        RecordRef: production.requestKey,
        Payload: JSON.stringify(production)
      });
    });
  }

  recordDecision(requestKey: string, decision: RedactionDecision): Promise<Result<void, DataError>> {
    return attempt(async () => {
      await addOnce(() =>
        this.items.add({ Title: 'decision', StaffKey: '', EntryKey: newEntryKey(), Payload: JSON.stringify({ requestKey, ...decision }) })
      );
    });
  }

  decisions(requestKey: string): Promise<Result<RedactionDecision[], DataError>> {
    return attempt(async () => {
      const rows = (await this.rows()).filter((r) => r.Title === 'decision');
      return rows.flatMap((r) => {
        const raw = JSON.parse(r.Payload) as { requestKey?: string };
        const p = decisionSchema.safeParse(raw);
        return p.success && raw.requestKey === requestKey
          ? [{ ...p.data, decidedOn: p.data.decidedOn as RedactionDecision['decidedOn'] }]
          : [];
      });
    });
  }
}
