/**
 * An appraisal site as schema version 1 left it: the version 1 steps of the plan, with version 1's grants
 * (Contribute for Appraisal Users on the private notes and the audit), and person folders opened with Contribute.
 * Built with the production provisioning functions; only the grants that changed in version 2 are given here.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups';
import type { TenantEmulator } from '../../emulator/core/TenantEmulator';
import { SpSiteProvisioner } from '../../src/data/sharepoint/provisioning/SpSiteProvisioner';
import { PLAN, listKeyOf } from '../../src/data/sharepoint/provisioning/plan';
import { ensureListPermissions } from '../../src/data/sharepoint/provisioning/ensurePermissions';
import { ensureGroups } from '../../src/data/sharepoint/provisioning/ensureGroups';
import { writeSetting } from '../../src/data/sharepoint/provisioning/ensureSettings';
import { grantOnItem, siteUserIds } from '../../src/data/sharepoint/folderAccess';
import { parseRosterToken, rosterFields, rosterToken } from '../../src/data/sharepoint/mappers/rosterMapper';
import { directoryId, staffId, type WorkingPattern } from '../../src/domain';
import personas from '../../fixtures/tenant/personas.json';
import { LISTS, SETTING_KEYS, type ListKey, type RoleKey } from '../../src/data/sharepoint/schema';
import type { RosterEntry } from '../../src/data/ports';
import { spAs } from './overEmulator';

const V1_GRANTS: Partial<Record<ListKey, { users: RoleKey }>> = { privateNotes: { users: 'contribute' }, audit: { users: 'contribute' } };

/** Runs the version 1 plan as `upn` and records schema version 1. */
export async function provisionV1(emulator: TenantEmulator, upn: string): Promise<void> {
  const sp = spAs(emulator, upn);
  const provisioner = new SpSiteProvisioner(sp);
  for (const step of PLAN.filter((s) => s.since === 1)) {
    if (step.kind !== 'listPermissions') {
      const done = await provisioner.runStep(step);
      if (!done.ok) throw new Error(`v1 step ${step.id} failed: ${JSON.stringify(done.error)}`);
      continue;
    }
    const def = LISTS[listKeyOf(step)];
    await ensureListPermissions(sp, { ...def, grants: V1_GRANTS[listKeyOf(step)] ?? def.grants }, await ensureGroups(sp));
  }
  await writeSetting(sp, SETTING_KEYS.schemaVersion, 1, undefined);
}

/**
 * Puts people on the roster as version 1 kept it: on their folder item in the records list (RecordKind 'staff'),
 * written by an administrator with plain REST. Returns entries whose token names the folder item.
 */
export async function importRosterAsV1(emulator: TenantEmulator, upn: string, upns: readonly string[]): Promise<RosterEntry[]> {
  const sp = spAs(emulator, upn);
  const records = sp.web.lists.getByTitle(LISTS.records.title);
  const out: RosterEntry[] = [];
  for (const person of upns.map((u) => personas.people.find((p) => p.upn === u) as (typeof personas.people)[number])) {
    const reviewer = personas.people.find((p) => p.upn === person.reviewerUpn);
    const entry = {
      id: staffId(person.id),
      directoryId: directoryId(person.id),
      upn: person.upn,
      displayName: person.displayName,
      jobTitle: person.jobTitle,
      category: person.staffCategory as RosterEntry['category'],
      contract: (person.contractType ?? 'permanent') as RosterEntry['contract'],
      workingPattern: person.workingPattern as WorkingPattern,
      reviewer: reviewer ? directoryId(reviewer.id) : undefined,
      reviewerName: reviewer?.displayName,
      reviewerUpn: reviewer?.upn,
      jobDescriptionUrl: undefined,
      startDate: undefined,
      probationPassed: true,
      leftOn: undefined
    };
    await records.rootFolder.folders.addUsingPath(entry.id);
    const folder = await records.rootFolder.folders.getByUrl(entry.id).getItem<{ Id: number }>('Id');
    await records.items.getById(folder.Id).update({ ...rosterFields(entry), RecordKind: 'staff' });
    out.push({ ...entry, etag: rosterToken(folder.Id, '"*"') });
  }
  return out;
}

/** Opens each person's folders as version 1 did: appraisee and reviewer get Contribute on both. */
export async function openAsV1(emulator: TenantEmulator, upn: string, entries: readonly RosterEntry[]): Promise<void> {
  const sp = spAs(emulator, upn);
  const users = sp.web.siteGroups.getByName('Appraisal Users').users;
  for (const entry of entries) {
    const logins = [entry.upn, ...(entry.reviewerUpn ? [entry.reviewerUpn] : [])];
    const people = await siteUserIds(sp, logins);
    for (const login of logins) await users.add(`i:0#.f|membership|${login}`);
    await grantOnItem(
      sp.web.lists.getByTitle(LISTS.records.title).items.getById(parseRosterToken(entry.etag)?.itemId ?? 0),
      people,
      'contribute'
    );
    const evidence = sp.web.lists.getByTitle(LISTS.evidence.title);
    await evidence.rootFolder.folders.addUsingPath(entry.id);
    const folder = await evidence.rootFolder.folders.getByUrl(entry.id).getItem<{ Id: number }>('Id');
    await grantOnItem(evidence.items.getById(folder.Id), people, 'contribute');
  }
}
