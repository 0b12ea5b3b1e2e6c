/**
 * The single definition of the appraisal site: lists, fields, indexes, list security and groups. SharePoint list
 * titles and internal field names appear nowhere else in src/. Provisioning reads this; mappers read the names.
 *
 * Design: each list keeps the columns that queries filter or sort on (indexed, so lists past 5,000 items keep
 * working) and one JSON `Payload` column with the rest of the record, validated on read. Folder names and titles
 * are neutral staff keys, never names.
 */

import { PermissionKind } from '@pnp/sp/security';

/**
 * The schema version this build of the app expects; provisioning brings a site up to it.
 * 2: custom permission levels (edit without delete for the parties, add-only for the audit), no personal grants
 * for whoever ran set-up, no sharing by members.
 * 3: private notes in custody (no standing access for administrators: docs/security.md), retention columns and the
 * data-protection lists (holds, disposal log, subject-access requests, informal support plans).
 * 4: two changes that land together:
 *  - the framework packs and exemplar objectives seeded into AppraisalFrameworks, which HR then edits (issue 18);
 *  - trust roll-up (issue 17): the Appraisal Trust Administrators group, which reads the published reports and the
 *    exact trust returns (a list only it and the school's administrators hold anything on).
 * 5: (trust board, issue 17) AppraisalTrustReports on a trust's own site: the published trust roll-up, which the
 *    site's Appraisal Governors (on a trust's site, the trust board) read and only its administrators write.
 *    Reminders in Outlook (issue 15): the reminder log, which only administrators hold anything on (its list steps
 *    run on a version 4 site).
 */
export const SCHEMA_VERSION = 5;

/** Column types we use (SharePoint FieldTypeKind in brackets). */
export type FieldKind = 'text' | 'note' | 'number' | 'dateTime' | 'boolean' | 'choice';

/** One column of a list. The internal name equals `name` (no spaces, so SharePoint does not encode it). */
export interface FieldDef {
  name: string;
  kind: FieldKind;
  indexed?: boolean;
  /**
   * Enforce unique values (indexed columns only): SharePoint itself refuses a second item with the same value, so a
   * create retried after a lost response cannot make a duplicate. The one idempotency key SharePoint offers.
   */
  unique?: boolean;
  choices?: readonly string[];
}

/** Who may read items: 1 all items, 2 only their own (list admins see all). SharePoint's ReadSecurity. */
export type ItemSecurity = 1 | 2;

/** One list or library. */
export interface ListDef {
  title: string;
  description: string;
  /** 100 generic list, 101 document library. */
  template: 100 | 101;
  fields: readonly FieldDef[];
  folders: boolean;
  versioning: boolean;
  readSecurity: ItemSecurity;
  writeSecurity: ItemSecurity;
  /** Role each appraisal group gets on the list once it stops inheriting the site's permissions. */
  grants: Partial<Record<GroupKey, RoleKey>>;
  /** The schema version that introduced the list (1 when absent): an upgrade creates only newer lists. */
  since?: number;
  /**
   * Held in custody: Appraisal Administrators and the site's owners get nothing on the list; the Appraisal Data
   * Protection group, empty but for the moments the subject-access and handover flows use it, holds Full Control.
   */
  custody?: boolean;
}

const staffKey: FieldDef = { name: 'StaffKey', kind: 'text', indexed: true };
const cycleKey: FieldDef = { name: 'CycleKey', kind: 'text', indexed: true };
const payload: FieldDef = { name: 'Payload', kind: 'note' };
/** The step's own key: unique, so the same add sent twice lands once. */
const entryKey: FieldDef = { name: 'EntryKey', kind: 'text', indexed: true, unique: true };
/** Schema 3: every item the product writes carries the date it is kept until (one rule: src/domain/retention.ts). */
const retainUntil: FieldDef = { name: 'RetainUntil', kind: 'dateTime', indexed: true };

/** Kinds of item in the records list. */
export const RECORD_KINDS = ['staff', 'cycle', 'objective', 'meeting'] as const;

/** The lists, in the order provisioning creates them. */
export const LISTS = {
  settings: {
    title: 'AppraisalSettings',
    description: 'Appraisal scheme settings: cycle start month, term dates, thresholds, retention.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    fields: [{ name: 'SettingValue', kind: 'note' }],
    grants: { users: 'read', governors: 'read' }
  },
  records: {
    title: 'AppraisalRecords',
    description: 'One folder per staff member holding their cycles, objectives and meetings.',
    template: 100,
    folders: true,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    fields: [
      staffKey,
      cycleKey,
      { name: 'RecordKind', kind: 'choice', indexed: true, choices: RECORD_KINDS },
      // Set on cycle records only, so that "this year's cycle records" selects at most one item per person.
      { name: 'CycleLabel', kind: 'text', indexed: true },
      { name: 'ReviewerKey', kind: 'text', indexed: true },
      { name: 'Stage', kind: 'text', indexed: true },
      { name: 'DueDate', kind: 'dateTime' },
      { name: 'RetainUntil', kind: 'dateTime', indexed: true },
      { name: 'ContentHash', kind: 'text' },
      payload
    ],
    grants: {}
  },
  roster: {
    // Only administrators write it. Opening a record gives the person and their reviewer Read on the person's item,
    // so the fields that decide access and reporting are never ones the parties could have written.
    title: 'AppraisalRoster',
    description: 'One item per staff member: reviewer, contract, working pattern and dates. Administrators only write it.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    since: 2,
    fields: [
      staffKey,
      { name: 'ReviewerKey', kind: 'text', indexed: true },
      { name: 'RetainUntil', kind: 'dateTime', indexed: true },
      payload
    ],
    grants: {}
  },
  evidence: {
    title: 'AppraisalEvidence',
    description: 'Evidence files, in the same folder-per-person layout as the records.',
    template: 101,
    folders: true,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    fields: [staffKey, cycleKey, { name: 'ObjectiveKey', kind: 'text' }, retainUntil],
    grants: {}
  },
  privateNotes: {
    title: 'AppraisalPrivateNotes',
    description: "Reviewers' private notes: each author sees only their own; nobody else but the subject-access flow.",
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 2,
    writeSecurity: 2,
    fields: [staffKey, payload, retainUntil, entryKey],
    grants: { users: 'appraisalEdit' },
    custody: true
  },
  audit: {
    title: 'AppraisalAudit',
    description: 'Who did what to which record, with content fingerprints. Append-only.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 2,
    writeSecurity: 2,
    fields: [
      staffKey,
      { name: 'Action', kind: 'text', indexed: true },
      { name: 'RecordRef', kind: 'text' },
      { name: 'ContentHash', kind: 'text' },
      payload,
      entryKey,
      retainUntil
    ],
    grants: { users: 'appraisalSign' }
  },
  signatures: {
    title: 'AppraisalSignatures',
    description: "Each party's signatures, requests for changes, disagreements and responses: only the signer can add, nobody can change.",
    template: 100,
    folders: true,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    fields: [staffKey, cycleKey, { name: 'SignatureKind', kind: 'text', indexed: true }, payload, entryKey, retainUntil],
    grants: {},
    since: 2
  },
  frameworks: {
    // Appraisal users read it (reviewers link objectives to its standards); only administrators write it.
    title: 'AppraisalFrameworks',
    description: 'Framework packs and exemplar objectives. Administrators only write it.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    fields: [{ name: 'FrameworkCode', kind: 'text', indexed: true }, payload],
    grants: { users: 'read' }
  },
  governorReports: {
    title: 'GovernorReports',
    description: 'Published, anonymised report snapshots for governors.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    fields: [cycleKey, { name: 'PublishedOn', kind: 'dateTime', indexed: true }, payload, entryKey, retainUntil],
    grants: { governors: 'read', trustAdmins: 'read' }
  },
  trustReturns: {
    // Schema 4. The exact whole-school counts a school sends its trust with each published report: trust
    // administrators read them (to prepare the trust report); the school's governors and staff hold nothing here.
    title: 'AppraisalTrustReturns',
    description: 'Exact whole-school counts for the trust report: trust administrators only.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    since: 4,
    fields: [cycleKey, { name: 'PublishedOn', kind: 'dateTime', indexed: true }, payload, entryKey, retainUntil],
    grants: { trustAdmins: 'read' }
  },
  trustReports: {
    // Schema 5. On a trust's own site, the published trust roll-up (anonymised, like GovernorReports): the site's
    // governors (the trust board) read it; a governor of one school is not in this site's group and reads nothing.
    title: 'AppraisalTrustReports',
    description: 'Published, anonymised trust reports for the trust board.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    since: 5,
    fields: [cycleKey, { name: 'PublishedOn', kind: 'dateTime', indexed: true }, payload, entryKey, retainUntil],
    grants: { governors: 'read' }
  },
  holds: {
    // Schema 3. A hold (open subject access request, grievance, tribunal) stops disposal of everything about a person.
    title: 'AppraisalHolds',
    description: 'Retention holds: what stops disposal of a person’s records, and why. Administrators only.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    since: 3,
    fields: [staffKey, payload],
    grants: {}
  },
  disposalLog: {
    // Schema 3. Counts and keys of what a disposal review recycled, never content (DOMAIN §7.7).
    title: 'AppraisalDisposalLog',
    description: 'What each disposal review recycled: counts and keys, never content. Administrators only.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    since: 3,
    fields: [payload, entryKey],
    grants: {}
  },
  subjectAccess: {
    // Schema 3. Subject access requests HR logs, with who produced each bundle and the redaction decisions.
    title: 'AppraisalSubjectAccess',
    description: 'Subject access requests: received, due, bundles produced and redaction decisions. Administrators only.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    since: 3,
    fields: [staffKey, payload, entryKey],
    grants: {}
  },
  supportPlans: {
    // Schema 3. Informal support plans (DOMAIN §7.4): each item has its own permissions, the person and their reviewer
    // (Appraisal Edit) besides administrators; no other appraisal user or governor holds anything on the list.
    title: 'AppraisalSupportPlans',
    description: 'Informal support plans: each readable only by the person, their reviewer and HR.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    since: 3,
    fields: [staffKey, { name: 'OpenedOn', kind: 'dateTime' }, { name: 'ClosedOn', kind: 'dateTime' }, payload, entryKey, retainUntil],
    grants: {}
  },
  reminderLog: {
    // Schema 5 (issue 15). Who was sent today's reminder: one item a person a day, its EntryKey the day and the person
    // (unique, so a second claim is refused by SharePoint). Administrators only: no appraisal user or governor holds
    // anything, so nobody can forge an entry to silence their reminders, nor read who was reminded.
    title: 'AppraisalReminderLog',
    description: 'Reminders sent in Outlook: who, which day, and whether it went. Administrators only.',
    template: 100,
    folders: false,
    versioning: true,
    readSecurity: 1,
    writeSecurity: 1,
    since: 5,
    fields: [{ name: 'ReminderDay', kind: 'text', indexed: true }, payload, entryKey],
    grants: {}
  }
} as const satisfies Record<string, ListDef>;

/** A list by its key. */
export type ListKey = keyof typeof LISTS;

/** The appraisal groups. Administrators get Full Control on every list; the others only what `grants` say. */
export const GROUPS = {
  admins: { title: 'Appraisal Administrators', description: 'Headteacher and HR: manage the scheme and every record.' },
  users: { title: 'Appraisal Users', description: 'Staff and reviewers on the appraisal roster.' },
  governors: { title: 'Appraisal Governors', description: 'Governors: published governor reports only.' },
  // Schema 3. Nobody is a member at rest: the subject-access and handover flows add the administrator running them
  // for the length of the step and remove them again, and the audit records both (docs/security.md).
  dataProtection: {
    title: 'Appraisal Data Protection',
    description: 'Private notes in custody. Used only by the subject-access and handover flows; empty otherwise.'
  },
  // Schema 4. The trust's central team on each school site: they read published reports and trust returns, nothing else.
  trustAdmins: {
    title: 'Appraisal Trust Administrators',
    description: 'The trust’s central team: published reports and trust returns only.'
  }
} as const;

/** A group by its key. */
export type GroupKey = keyof typeof GROUPS;

/** SharePoint's built-in role definitions we grant, by their fixed RoleTypeKind ids. */
export const ROLES = { fullControl: 1073741829, contribute: 1073741827, read: 1073741826 } as const;

/** A permission level set-up creates on the site (a custom role definition, found by name: its id differs per site). */
export interface PermissionLevelDef {
  name: string;
  description: string;
  order: number;
  kinds: readonly PermissionKind[];
}

// What every level needs to reach the site at all. Use Remote Interfaces: REST and CSOM calls (SharePoint's Read and
// Contribute include it, as does Use Client Integration Features).
const OPEN: readonly PermissionKind[] = [
  PermissionKind.OpenItems, PermissionKind.ViewFormPages, PermissionKind.ViewPages, PermissionKind.Open, PermissionKind.BrowseUserInfo,
  PermissionKind.UseRemoteAPIs, PermissionKind.UseClientIntegration
];

/** The permission levels set-up creates: Contribute less Delete Items and Delete Versions; add-only. */
export const PERMISSION_LEVELS = {
  appraisalEdit: {
    name: 'Appraisal Edit', description: 'View, add and edit appraisal items; never delete them or their versions.', order: 200,
    kinds: [PermissionKind.ViewListItems, PermissionKind.AddListItems, PermissionKind.EditListItems, PermissionKind.ViewVersions, ...OPEN]
  },
  appraisalSign: {
    name: 'Appraisal Sign', description: 'View and add appraisal items; never change or delete what was added.', order: 201,
    kinds: [PermissionKind.ViewListItems, PermissionKind.AddListItems, ...OPEN]
  }
} as const satisfies Record<string, PermissionLevelDef>;

/** A built-in role by its key. */
export type BuiltInRoleKey = keyof typeof ROLES;

/** A permission level set-up creates, by its key. */
export type PermissionLevelKey = keyof typeof PERMISSION_LEVELS;

/** A role by its key: built-in, or one of our permission levels. */
export type RoleKey = BuiltInRoleKey | PermissionLevelKey;

/** The role a party holds on their own signature folder: add, never edit or delete (Appraisal Sign once provisioned). */
export const SIGNER_ROLE: RoleKey = 'appraisalSign';

/** Fields of the settings list: one item per setting, keyed by Title. */
export const SETTINGS_FIELDS = { key: 'Title', value: 'SettingValue' } as const;

/** Setting keys. */
export const SETTING_KEYS = {
  schemaVersion: 'SchemaVersion', provisionedSteps: 'ProvisionedSteps', retentionLabel: 'RetentionLabel',
  /** On a trust's own site: the school sites its trust report reads (absolute URLs, JSON array). */
  trustSites: 'TrustSchoolSites',
  /** What reminders are sent and when they count as due (JSON ReminderSettings; issue 15). */
  reminders: 'ReminderSettings'
} as const;

/** The Title of each kind of item in the support plans list: a plan (own permissions) or a referral (administrators only). */
export const SUPPORT_ITEM_TITLES = { plan: 'plan', referral: 'referral' } as const;

/** The lists whose items carry RetainUntil and go through disposal review (the roster and settings do not). */
export const RETAINED_LISTS = [
  'records',
  'evidence',
  'signatures',
  'audit',
  'privateNotes',
  'governorReports',
  'supportPlans'
] as const satisfies readonly ListKey[];

/** Where a party's signatures for a person live: a folder of the signatures list with its own permissions. */
export function signatureFolderName(staffKey: string, party: 'appraisee' | 'reviewer'): string {
  return `${staffKey}-${party}`;
}

/**
 * Review requests after the final review (UK-8, issue 15) live in the signatures list, beside the signatures:
 * the appraisee's request in their own signature folder (Appraisal Sign: add, never change or delete, so a request
 * stays as it was asked), and the head's decision in the person's review folder, which only Appraisal
 * Administrators can write (the appraisee and reviewer hold Read there). The signature readers leave these kinds out.
 */
export const REVIEW_SIGNATURE_KINDS = { request: 'reviewRequest', decision: 'reviewDecision' } as const;

/** The person's review folder: the head's decisions; the appraisee and reviewer read it, nobody else writes it. */
export function reviewFolderName(staffKey: string): string {
  return `${staffKey}-review`;
}
