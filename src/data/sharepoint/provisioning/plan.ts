/** The provisioning plan: every step, in order, with the schema version that introduced it. */
import type { ProvisioningStep } from '../../ports';
import { GROUPS, LISTS, PERMISSION_LEVELS, type ListDef, type ListKey } from '../schema';

/** A step and the schema version it first appeared in (an upgrade runs only steps newer than the site). */
export interface PlannedStep extends ProvisioningStep {
  since: number;
}

const listKeys = Object.keys(LISTS) as ListKey[];
const GROUP_TITLES = Object.values(GROUPS)
  .map((g) => g.title)
  .join(', ');
/** The schema version that added a list (its steps run on sites set up before it). */
const sinceOf = (key: ListKey): number => (LISTS[key] as ListDef).since ?? 1;


/** The step after which progress can be recorded: the settings list and its value column exist. */
export const PROGRESS_RECORDABLE_AFTER = 'fields:settings';

const FOLDER_LISTS: readonly ListKey[] = ['records', 'evidence'];

/**
 * All steps for the current schema. The settings list comes first: it records progress for resuming. A site set up
 * at version 1 runs only the steps since 2: the permission levels, every list's exact grants without personal Full
 * Control, the person folders moved from Contribute to Appraisal Edit, and no sharing by members. The permission
 * levels come before the list permissions, which grant them on a new site.
 */
export const PLAN: readonly PlannedStep[] = [
  ...listKeys.flatMap((key): PlannedStep[] => [
    { id: `list:${key}`, kind: 'list', target: LISTS[key].title, since: sinceOf(key) },
    { id: `fields:${key}`, kind: 'fields', target: LISTS[key].title, since: sinceOf(key) }
  ]),
  {
    id: 'groups',
    kind: 'groups',
    target: GROUP_TITLES,
    since: 1
  },
  // Version 3: Appraisal Administrators own every product group, so any administrator can change its members.
  {
    id: 'group-owners',
    kind: 'groupOwners',
    target: GROUP_TITLES,
    since: 3
  },
  {
    id: 'roles',
    kind: 'roleDefinitions',
    target: Object.values(PERMISSION_LEVELS)
      .map((l) => l.name)
      .join(', '),
    since: 2
  },
  ...listKeys.map((key): PlannedStep => ({
    id: `permissions:${key}`,
    kind: 'listPermissions',
    target: LISTS[key].title,
    since: sinceOf(key)
  })),
  { id: 'site-permissions', kind: 'sitePermissions', target: 'site', since: 1 },
  { id: 'settings', kind: 'settings', target: LISTS.settings.title, since: 1 },
  ...listKeys.map((key): PlannedStep => ({
    id: `grants:${key}`,
    kind: 'listGrants',
    target: LISTS[key].title,
    since: Math.max(2, sinceOf(key))
  })),
  ...FOLDER_LISTS.map((key): PlannedStep => ({ id: `folders:${key}`, kind: 'folderGrants', target: LISTS[key].title, since: 2 })),
  { id: 'sharing', kind: 'sharing', target: 'site', since: 2 },
  // Version 2 adds the unique EntryKey column to lists a version 1 site already has.
  ...(['audit', 'governorReports'] as const).map((key): PlannedStep => ({
    id: `fields-v2:${key}`,
    kind: 'fields',
    target: LISTS[key].title,
    since: 2
  })),
  // Schema 2's data moves run last, once lists and folders hold exactly their grants (no personal ones to copy): the
  // roster off the folder items the parties can write, into the admin-only roster list; then the signatures.
  { id: 'migrate:roster', kind: 'migration', target: LISTS.roster.title, since: 2 },
  { id: 'migrate:signatures', kind: 'migration', target: LISTS.signatures.title, since: 2 },
  // Version 3: private notes gain retention and an entry key, and go into custody (no administrators' access).
  ...(['evidence', 'signatures', 'audit', 'privateNotes', 'governorReports'] as const).map((key): PlannedStep => ({
    id: `fields-v3:${key}`,
    kind: 'fields',
    target: LISTS[key].title,
    since: 3
  })),
  { id: 'grants-v3:privateNotes', kind: 'listGrants', target: LISTS.privateNotes.title, since: 3 },
  // Version 4 (issue 18): the framework packs and exemplar objectives become list content HR can edit, hide and add to.
  { id: 'seed:frameworks', kind: 'content', target: LISTS.frameworks.title, since: 4 },
  // Version 4: the trust administrators' group (made by the trust returns' permissions step) is owned by the
  // administrators as the others are, and reads the published reports too.
  { id: 'group-owners-v4', kind: 'groupOwners', target: GROUPS.trustAdmins.title, since: 4 },
  { id: 'grants-v4:governorReports', kind: 'listGrants', target: LISTS.governorReports.title, since: 4 }
];

/** The list key a list-scoped step works on. */
export function listKeyOf(step: ProvisioningStep): ListKey {
  const key = step.id.split(':')[1] as ListKey;
  if (!(key in LISTS)) throw new Error(`Step ${step.id} names no list`);
  return key;
}
