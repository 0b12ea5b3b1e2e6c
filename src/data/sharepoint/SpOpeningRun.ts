/**
 * Opening a cycle for many people in `$batch` requests (issue 14). The run reads once (list roots, role definitions,
 * the Appraisal Users group and its members, the site's users, this cycle's records) and then, for each group of
 * people, sends each kind of step for all of them together: add people to Appraisal Users, create their folders,
 * break inheritance, grant roles, write the audit entry, create the cycle record, and set RetainUntil last (the mark
 * that the person is open, as `openedFor` reads it). A part that fails marks only its person failed: the later steps
 * skip them, and passing them again does only what is missing. Each step looks first or is safe to repeat:
 * adding a group member or a role SharePoint already has changes nothing, breaking inheritance that is already
 * broken changes nothing, a folder that exists is read instead, the audit entry carries the same unique EntryKey
 * on every attempt, and a cycle record whose create went unanswered is looked for before it is created again.
 */
import type { SPFI } from '@pnp/sp';
import { spPost } from '@pnp/sp';
import { body } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-users';
import '@pnp/sp/site-groups';
import type { IItem } from '@pnp/sp/items';
import { recordKey, type CycleWindow, type Result } from '../../domain';
import type { BulkOutcome, DataError, OpeningRun, OpenRecordRequest } from '../ports';
import { GROUPS, LISTS, signatureFolderName, SIGNER_ROLE, type RoleKey } from './schema';
import { attempt, httpStatus, isDuplicateValue, toDataError } from './errors';
import { inBatches } from './batches';
import { roleIdsFrom, type RoleIds } from './roleIds';
import { rosterItem } from './personFolders';
import { newEntryKey } from './entryKey';
import { addWithValues } from './formValues';
import { boundTo } from './mappers/binding';
import type { RawItem } from './mappers/validate';
import { odataString } from '../odataLiteral';

type FolderList = 'records' | 'evidence' | 'signatures';

interface FolderSpec {
  list: FolderList;
  name: string;
}

interface Securable {
  key: string;
  item: (batched: SPFI) => IItem;
}

interface Grant {
  staffKey: string;
  item: (batched: SPFI) => IItem;
  principal: number;
  role: RoleKey;
  key: string;
}

interface CycleRecord {
  id: number;
  retained: boolean;
}

const login = (upn: string): string => `i:0#.f|membership|${upn}`;

/** A person's four folders: record and evidence folders, and the two parties' signature folders. */
function foldersOf(staffKey: string): FolderSpec[] {
  return [
    { list: 'records', name: staffKey },
    { list: 'evidence', name: staffKey },
    { list: 'signatures', name: signatureFolderName(staffKey, 'appraisee') },
    { list: 'signatures', name: signatureFolderName(staffKey, 'reviewer') }
  ];
}

const folderKey = (f: FolderSpec): string => `${f.list}/${f.name.toLowerCase()}`;

/** A folder SharePoint refused to create because one of that name is there already. */
const alreadyExists = (error: unknown): boolean => /already exists/i.test(String((error as { message?: string })?.message ?? ''));

/** One run's knowledge: what it read at the start and what its own writes have done since. */
class SpOpeningRun implements OpeningRun {
  readonly userIds = new Map<string, number>();
  readonly members = new Set<number>();
  readonly records = new Map<string, CycleRecord>();
  private readonly folders = new Map<string, number>();
  private readonly auditKeys = new Map<string, string>();
  private readonly audited = new Set<string>();
  /** Items whose inheritance this run broke, and grants it made: not sent again when their person is retried. */
  private readonly broken = new Set<string>();
  private readonly granted = new Set<string>();
  /** People whose evidence or signature folders were there already: an earlier run started them, so their audit entry is looked for. */
  private readonly resumed = new Set<string>();
  /** People whose cycle record create was sent and not confirmed: looked for before it is sent again. */
  private readonly unconfirmed = new Set<string>();

  constructor(
    private readonly sp: SPFI,
    private readonly cycle: CycleWindow,
    private readonly roots: Record<FolderList, string>,
    private readonly roleIds: RoleIds,
    private readonly groupId: number
  ) {}

  /** Parts SharePoint carried out for this run so far. */
  private answered = 0;

  /** Sends the parts in batches (see inBatches) and counts those carried out. */
  private async send<T, R>(items: readonly T[], build: (batched: SPFI, item: T) => Promise<R>): Promise<Array<PromiseSettledResult<R>>> {
    const outcomes = await inBatches(this.sp, items, build);
    this.answered += outcomes.filter((o) => o.status === 'fulfilled').length;
    return outcomes;
  }

  get opened(): ReadonlySet<string> {
    return new Set(Array.from(this.records).filter(([, r]) => r.retained).map(([key]) => key));
  }

  open(requests: readonly OpenRecordRequest[]): Promise<Result<BulkOutcome, DataError>> {
    return attempt(async () => {
      const failed = new Map<string, DataError>();
      let throttled: unknown;
      const fail = (staffKey: string, reason: unknown): void => {
        if (!failed.has(staffKey)) failed.set(staffKey, toDataError(reason));
        if (throttled === undefined && [429, 503].includes(httpStatus(reason) ?? 0)) throttled = reason;
      };
      const before = this.answered;
      type Step = (people: OpenRecordRequest[], fail: (key: string, reason: unknown) => void) => Promise<void>;
      const tracked =
        (step: Step): (() => Promise<void>) =>
        async (): Promise<void> => {
          const people = requests.filter((r) => !failed.has(r.entry.id) && !this.records.get(r.entry.id)?.retained);
          if (throttled !== undefined) {
            // SharePoint asked us to wait: the later steps are not sent now (they would be refused, and counted).
            for (const r of people) fail(r.entry.id, throttled);
            return;
          }
          await step(people, fail);
        };
      for (const step of [
        this.addMembers,
        this.ensureFolders,
        this.breakInheritance,
        this.grant,
        this.audit,
        this.createRecords,
        this.retain
      ])
        await tracked(step.bind(this))();
      return {
        done: requests.filter((r) => !failed.has(r.entry.id)).map((r) => r.entry.id),
        failed: Array.from(failed, ([staffKey, error]) => ({ staffKey, error })),
        progressed: this.answered > before
      };
    });
  }

  private partiesOf(r: OpenRecordRequest): string[] {
    return [r.entry.upn, ...(r.entry.reviewerUpn ? [r.entry.reviewerUpn] : [])].map((u) => u.toLowerCase());
  }

  /** Appraisal Users lets them open the site; adding a member also makes them a site user, and answers their id. */
  private async addMembers(requests: OpenRecordRequest[], fail: (key: string, reason: unknown) => void): Promise<void> {
    const needed = Array.from(new Set(requests.flatMap((r) => this.partiesOf(r)))).filter((upn) => {
      const id = this.userIds.get(upn);
      return id === undefined || !this.members.has(id);
    });
    const outcomes = await this.send(needed, (b, upn) =>
      spPost<{ Id: number }>(b.web.siteGroups.getById(this.groupId).users, body({ LoginName: login(upn) }))
    );
    outcomes.forEach((o, i) => {
      if (o.status === 'fulfilled') {
        this.userIds.set(needed[i], o.value.Id);
        this.members.add(o.value.Id);
      } else for (const r of requests) if (this.partiesOf(r).includes(needed[i])) fail(r.entry.id, o.reason);
    });
  }

  private listOf(b: SPFI, key: FolderList): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return b.web.lists.getByTitle(LISTS[key].title);
  }

  /** Each missing folder made with one call that answers its item id; one that is there already is read instead. */
  private async ensureFolders(requests: OpenRecordRequest[], fail: (key: string, reason: unknown) => void): Promise<void> {
    const all = requests
      .flatMap((r) => foldersOf(r.entry.id).map((f) => ({ staffKey: r.entry.id, f })))
      .filter(({ f }) => !this.folders.has(folderKey(f)));
    // Saving someone on the roster made their records folder: that one is read first, and made only when missing.
    const rosterMade = all.filter(({ f }) => f.list === 'records');
    const first = await this.send(rosterMade, (b, { f }) =>
      this.listOf(b, f.list).rootFolder.folders.getByUrl(f.name).listItemAllFields.select('Id')<{ Id: number }>()
    );
    first.forEach((o, i) => {
      if (o.status === 'fulfilled') this.folders.set(folderKey(rosterMade[i].f), o.value.Id);
      else if (httpStatus(o.reason) !== 404) fail(rosterMade[i].staffKey, o.reason);
    });
    const wanted = all.filter(({ f }) => !this.folders.has(folderKey(f)));
    const made = await this.send(wanted, (b, { f }) =>
      this.listOf(b, f.list).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: f.name }], this.roots[f.list], false, '', {
        leafName: f.name,
        objectType: 1
      })
    );
    const existing: typeof wanted = [];
    made.forEach((o, i) => {
      const { staffKey, f } = wanted[i];
      if (o.status === 'rejected') {
        if (alreadyExists(o.reason)) existing.push(wanted[i]);
        else fail(staffKey, o.reason);
        return;
      }
      const results = o.value as Array<{ FieldName: string; FieldValue: string; HasException?: boolean; ErrorMessage?: string | null }>;
      const refused = results.find((x) => x.HasException);
      if (refused && alreadyExists({ message: refused.ErrorMessage })) existing.push(wanted[i]);
      else if (refused) fail(staffKey, Object.assign(new Error(refused.ErrorMessage ?? 'The folder was refused'), { status: 400 }));
      else this.folders.set(folderKey(f), Number(results.find((x) => x.FieldName === 'Id')?.FieldValue));
    });
    const read = await this.send(existing, (b, { f }) =>
      this.listOf(b, f.list).rootFolder.folders.getByUrl(f.name).listItemAllFields.select('Id')<{ Id: number }>()
    );
    read.forEach((o, i) => {
      const { staffKey, f } = existing[i];
      if (f.list !== 'records') this.resumed.add(staffKey);
      if (o.status === 'fulfilled') this.folders.set(folderKey(f), o.value.Id);
      else fail(staffKey, o.reason);
    });
  }

  private folderItem(b: SPFI, f: FolderSpec): IItem {
    return this.listOf(b, f.list).items.getById(this.folders.get(folderKey(f)) ?? 0);
  }

  /** The person's five securable items (roster item, then the four folders), each with a key this run knows it by. */
  private securables(r: OpenRecordRequest): Securable[] {
    return [
      { key: `roster/${r.entry.etag}`, item: (b) => rosterItem(b, r.entry.etag) },
      ...foldersOf(r.entry.id).map((f): Securable => ({ key: folderKey(f), item: (b) => this.folderItem(b, f) }))
    ];
  }

  /** Each item keeps what it inherited (administrators) and gets its own permissions, once in this run. */
  private async breakInheritance(requests: OpenRecordRequest[], fail: (key: string, reason: unknown) => void): Promise<void> {
    const items = requests
      .flatMap((r) => this.securables(r).map((s) => ({ staffKey: r.entry.id, ...s })))
      .filter((s) => !this.broken.has(s.key));
    const outcomes = await this.send(items, (b, { item }) => item(b).breakRoleInheritance(true, false));
    outcomes.forEach((o, i) => (o.status === 'rejected' ? fail(items[i].staffKey, o.reason) : this.broken.add(items[i].key)));
  }

  /** docs/security.md: who holds which role on each of the person's items. */
  private grantsOf(r: OpenRecordRequest): Grant[] {
    const appraisee = this.userIds.get(r.entry.upn.toLowerCase()) ?? 0;
    const reviewer = r.entry.reviewerUpn ? this.userIds.get(r.entry.reviewerUpn.toLowerCase()) : undefined;
    const [roster, record, evidence, ownSignatures, reviewerSignatures] = this.securables(r);
    const both = (on: Securable, role: RoleKey): Array<[Securable, number | undefined, RoleKey]> => [
      [on, appraisee, role],
      [on, reviewer, role]
    ];
    const all: Array<[Securable, number | undefined, RoleKey]> = [
      ...both(roster, 'read'), ...both(record, 'appraisalEdit'), ...both(evidence, 'appraisalEdit'),
      [ownSignatures, appraisee, SIGNER_ROLE], [ownSignatures, reviewer, 'read'],
      [reviewerSignatures, reviewer, SIGNER_ROLE], [reviewerSignatures, appraisee, 'read']
    ];
    return all.filter(([, principal]) => principal !== undefined).map(([on, principal, role]) => ({
      staffKey: r.entry.id, item: on.item, principal: principal as number, role, key: `${on.key}|${String(principal)}|${role}`
    }));
  }

  private async grant(requests: OpenRecordRequest[], fail: (key: string, reason: unknown) => void): Promise<void> {
    const grants = requests.flatMap((r) => this.grantsOf(r)).filter((g) => !this.granted.has(g.key));
    const outcomes = await this.send(grants, (b, g) => g.item(b).roleAssignments.add(g.principal, this.roleIds(g.role)));
    outcomes.forEach((o, i) => (o.status === 'rejected' ? fail(grants[i].staffKey, o.reason) : this.granted.add(grants[i].key)));
  }

  /** One `recordOpened` entry per person and cycle: looked for only where an earlier run got this far. */
  private async audit(requests: OpenRecordRequest[], fail: (key: string, reason: unknown) => void): Promise<void> {
    const key = (r: OpenRecordRequest): string => recordKey(r.entry.id, this.cycle);
    const check = requests.filter((r) => this.resumed.has(r.entry.id) && !this.audited.has(r.entry.id));
    const found = await this.send(check, (b, r) =>
      b.web.lists
        .getByTitle(LISTS.audit.title)
        .items.filter(`StaffKey eq ${odataString(r.entry.id)} and Action eq 'recordOpened'`)
        .select('RecordRef')
        .top(500)<Array<{ RecordRef: string }>>()
    );
    const unread = new Set<string>();
    found.forEach((o, i) => {
      if (o.status === 'rejected') {
        unread.add(check[i].entry.id);
        fail(check[i].entry.id, o.reason);
      } else if (o.value.some((a) => a.RecordRef === key(check[i]))) this.audited.add(check[i].entry.id);
    });
    const todo = requests.filter((r) => !this.audited.has(r.entry.id) && !unread.has(r.entry.id));
    const added = await this.send(todo, (b, r) => {
      const entryKey = this.auditKeys.get(r.entry.id) ?? newEntryKey();
      this.auditKeys.set(r.entry.id, entryKey);
      return b.web.lists.getByTitle(LISTS.audit.title).items.add({
        Title: 'recordOpened', StaffKey: r.entry.id, Action: 'recordOpened', RecordRef: key(r),
        Payload: JSON.stringify({ cycle: this.cycle.label, track: r.track }), EntryKey: entryKey
      });
    });
    added.forEach((o, i) => {
      if (o.status === 'fulfilled' || isDuplicateValue(o.reason)) this.audited.add(todo[i].entry.id);
      else fail(todo[i].entry.id, o.reason);
    });
  }

  /** The cycle record, created in the person's folder with its key columns and content in one call. */
  private async createRecords(requests: OpenRecordRequest[], fail: (key: string, reason: unknown) => void): Promise<void> {
    const recordsRoot = this.roots.records;
    const unsure = requests.filter((r) => !this.records.has(r.entry.id) && this.unconfirmed.has(r.entry.id));
    const looked = await this.send(unsure, (b, r) =>
      this.listOf(b, 'records')
        .items.filter(`CycleKey eq ${odataString(recordKey(r.entry.id, this.cycle))}`)
        .select('Id', 'StaffKey', 'FileDirRef', 'RetainUntil')
        .top(50)<RawItem[]>()
    );
    looked.forEach((o, i) => {
      const staffKey = unsure[i].entry.id;
      if (o.status === 'rejected') return fail(staffKey, o.reason);
      const mine = o.value.find((item) => boundTo(item, recordsRoot, staffKey));
      if (mine) this.records.set(staffKey, { id: Number(mine.Id), retained: !!mine.RetainUntil });
    });
    const todo = requests.filter(
      (r) => !this.records.has(r.entry.id) && !(unsure.includes(r) && looked[unsure.indexOf(r)].status === 'rejected')
    );
    const made = await this.send(todo, (b, r) => {
      this.unconfirmed.add(r.entry.id);
      const key = recordKey(r.entry.id, this.cycle);
      return addWithValues(this.listOf(b, 'records'), `${recordsRoot}/${r.entry.id}`, {
        Title: key,
        StaffKey: r.entry.id,
        CycleKey: key,
        CycleLabel: this.cycle.label,
        RecordKind: 'cycle',
        ReviewerKey: r.entry.reviewer ?? '',
        Stage: 'planning',
        Payload: JSON.stringify({ v: 1, track: r.track, cycle: this.cycle, openedOn: r.openedOn })
      });
    });
    made.forEach((o, i) => {
      const staffKey = todo[i].entry.id;
      if (o.status === 'rejected') return fail(staffKey, o.reason);
      this.unconfirmed.delete(staffKey);
      this.records.set(staffKey, { id: Number(o.value), retained: false });
    });
  }

  /** RetainUntil last: from now on `openedFor` counts the person as open. */
  private async retain(requests: OpenRecordRequest[], fail: (key: string, reason: unknown) => void): Promise<void> {
    const todo = requests.filter((r) => this.records.has(r.entry.id));
    const outcomes = await this.send(todo, (b, r) =>
      this.listOf(b, 'records')
        .items.getById(this.records.get(r.entry.id)?.id ?? 0)
        .update({ RetainUntil: r.retainUntil })
    );
    outcomes.forEach((o, i) => {
      const record = this.records.get(todo[i].entry.id);
      if (o.status === 'fulfilled' && record) record.retained = true;
      else if (o.status === 'rejected') fail(todo[i].entry.id, o.reason);
    });
  }
}

/** Starts a run: every read it needs, in one round trip. */
export function beginOpening(sp: SPFI, cycle: CycleWindow): Promise<Result<OpeningRun, DataError>> {
  return attempt(async () => {
    const [b, execute] = sp.batched({ maxRequests: 100 });
    const root = (key: FolderList): Promise<string> =>
      b.web.lists
        .getByTitle(LISTS[key].title)
        .rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
        .then((f) => f.ServerRelativeUrl);
    const group = b.web.siteGroups.getByName(GROUPS.users.title);
    const reads = Promise.all([
      root('records'),
      root('evidence'),
      root('signatures'),
      b.web.roleDefinitions.select('Id', 'Name')<Array<{ Id: number; Name: string }>>(),
      group.select('Id')<{ Id: number }>(),
      group.users.select('Id')<Array<{ Id: number }>>(),
      b.web.siteUsers.select('Id', 'UserPrincipalName')<Array<{ Id: number; UserPrincipalName: string | null }>>(),
      b.web.lists
        .getByTitle(LISTS.records.title)
        .items.filter(`CycleLabel eq ${odataString(cycle.label)} and RecordKind eq 'cycle'`)
        .select('Id', 'StaffKey', 'FileDirRef', 'RetainUntil')
        .top(5000)<RawItem[]>()
    ]);
    reads.catch(() => undefined);
    await execute();
    const [records, evidence, signatures, defs, { Id: groupId }, members, users, cycleRecords] = await reads;
    const run = new SpOpeningRun(sp, cycle, { records, evidence, signatures }, roleIdsFrom(defs), groupId);
    for (const u of users) if (u.UserPrincipalName) run.userIds.set(u.UserPrincipalName.toLowerCase(), u.Id);
    for (const m of members) run.members.add(m.Id);
    for (const item of cycleRecords) {
      if (!boundTo(item, records, String(item.StaffKey))) continue; // only a record in its own person's folder counts
      run.records.set(String(item.StaffKey), { id: Number(item.Id), retained: !!item.RetainUntil });
    }
    return run;
  });
}
