/** The provisioning plan: every step, in order, with the schema version that introduced it. */
import type { ProvisioningStep } from '../../ports';
import { LISTS, type ListDef, type ListKey } from '../schema';

/** A step and the schema version it first appeared in (an upgrade runs only steps newer than the site). */
export interface PlannedStep extends ProvisioningStep {
  since: number;
}

const listKeys = Object.keys(LISTS) as ListKey[];
/** The schema version that added a list (its steps run on sites set up before it). */
const sinceOf = (key: ListKey): number => (LISTS[key] as ListDef).since ?? 1;

/** The step after which progress can be recorded: the settings list and its value column exist. */
export const PROGRESS_RECORDABLE_AFTER = 'fields:settings';

/** All steps for the current schema. The settings list comes first: it records progress for resuming. */
export const PLAN: readonly PlannedStep[] = [
  ...listKeys.flatMap((key): PlannedStep[] => [
    { id: `list:${key}`, kind: 'list', target: LISTS[key].title, since: sinceOf(key) },
    { id: `fields:${key}`, kind: 'fields', target: LISTS[key].title, since: sinceOf(key) }
  ]),
  { id: 'groups', kind: 'groups', target: 'Appraisal Administrators, Appraisal Users, Appraisal Governors', since: 1 },
  ...listKeys.map((key): PlannedStep => ({ id: `permissions:${key}`, kind: 'listPermissions', target: LISTS[key].title, since: sinceOf(key) })),
  { id: 'site-permissions', kind: 'sitePermissions', target: 'site', since: 1 },
  { id: 'settings', kind: 'settings', target: LISTS.settings.title, since: 1 },
  // Schema 2: the roster moves off the folder items the parties can write, into the admin-only roster list.
  { id: 'migrate:roster', kind: 'migration', target: LISTS.roster.title, since: 2 }
];

/** The list key a list-scoped step works on. */
export function listKeyOf(step: ProvisioningStep): ListKey {
  const key = step.id.split(':')[1] as ListKey;
  if (!(key in LISTS)) throw new Error(`Step ${step.id} names no list`);
  return key;
}
