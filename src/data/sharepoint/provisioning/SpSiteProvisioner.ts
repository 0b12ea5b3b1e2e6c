/** SiteProvisioner over SharePoint: runs the plan's idempotent steps and records progress in the settings list. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { Result } from '../../../domain';
import type { DataError, ProvisioningRights, ProvisioningStep, SiteProvisioner } from '../../ports';
import { LISTS, SCHEMA_VERSION, SETTING_KEYS, type ListDef } from '../schema';
import { attempt, httpStatus } from '../errors';
import { listKeyOf, PLAN, PROGRESS_RECORDABLE_AFTER } from './plan';
import { ensureList } from './ensureList';
import { migrateSignatures } from './migrateSignatures';
import { ensureFields } from './ensureFields';
import { ensureCurrentUserIsAdmin, ensureGroups } from './ensureGroups';
import { ensureGroupOwners } from './ensureGroupOwners';
import { ensureListGrants, ensureListPermissions, ensureSitePermissions } from './ensurePermissions';
import { ensureRoleDefinitions } from './ensureRoleDefinitions';
import { ensureFolderGrants } from './ensureFolderGrants';
import { ensureNoMemberSharing } from './ensureSharing';
import { ensureSettings, readSettingItems, writeSetting } from './ensureSettings';
import { migrateRoster } from './migrateRoster';
import { asCustodian } from './asCustodian';
import { seedFrameworks } from './seedFrameworks';

interface Progress {
  installedVersion: number;
  done: Set<string>;
  ids: { version?: number; steps?: number };
}


/** Sets up or upgrades the appraisal site as the signed-in site owner. */
export class SpSiteProvisioner implements SiteProvisioner {
  private progress: Progress | undefined;

  constructor(private readonly sp: SPFI) {}

  checkRights(): Promise<Result<ProvisioningRights, DataError>> {
    return attempt(async () => {
      const perms = await this.sp.web.getCurrentUserEffectivePermissions();
      const missing: ProvisioningRights['missing'] = [];
      if (!this.sp.web.hasPermissions(perms, PermissionKind.ManageWeb)) missing.push('manageWeb');
      if (!this.sp.web.hasPermissions(perms, PermissionKind.ManageLists)) missing.push('manageLists');
      if (!this.sp.web.hasPermissions(perms, PermissionKind.ManagePermissions)) missing.push('managePermissions');
      return { canProvision: missing.length === 0, missing };
    });
  }

  pendingSteps(): Promise<Result<ProvisioningStep[], DataError>> {
    return attempt(async () => {
      const progress = await this.readProgress();
      this.progress = progress;
      return PLAN.filter((s) => s.since > progress.installedVersion && !progress.done.has(s.id)).map(({ id, kind, target }) => ({
        id,
        kind,
        target
      }));
    });
  }

  runStep(step: ProvisioningStep): Promise<Result<void, DataError>> {
    return attempt(async () => {
      await this.run(step);
      const progress = this.progress ?? (await this.readProgress());
      progress.done.add(step.id);
      this.progress = progress;
      if (progress.done.has(PROGRESS_RECORDABLE_AFTER)) await this.saveDone(progress);
    });
  }

  finish(): Promise<Result<void, DataError>> {
    return attempt(async () => {
      const progress = await this.readProgress();
      await writeSetting(this.sp, SETTING_KEYS.schemaVersion, SCHEMA_VERSION, progress.ids.version);
      progress.installedVersion = SCHEMA_VERSION;
      this.progress = progress;
    });
  }

  private async run(step: ProvisioningStep): Promise<void> {
    // The columns of a list in custody can be read and added to only as the data-protection role once it is set up.
    const custody = Object.values(LISTS).some((l: ListDef) => l.title === step.target && l.custody);
    if (custody && (step.kind === 'list' || step.kind === 'fields')) return asCustodian(this.sp, () => this.runDirect(step));
    return this.runDirect(step);
  }

  private async runDirect(step: ProvisioningStep): Promise<void> {
    switch (step.kind) {
      case 'list':
        return ensureList(this.sp, LISTS[listKeyOf(step)]);
      case 'fields':
        return ensureFields(this.sp, LISTS[listKeyOf(step)]);
      case 'groups':
        await ensureGroups(this.sp);
        return ensureCurrentUserIsAdmin(this.sp);
      case 'groupOwners':
        return ensureGroupOwners(this.sp, await ensureGroups(this.sp));
      case 'listPermissions':
        return ensureListPermissions(this.sp, LISTS[listKeyOf(step)], await ensureGroups(this.sp));
      case 'sitePermissions':
        return ensureSitePermissions(this.sp, await ensureGroups(this.sp));
      case 'settings':
        return ensureSettings(this.sp);
      case 'roleDefinitions':
        return ensureRoleDefinitions(this.sp);
      case 'listGrants':
        return ensureListGrants(this.sp, LISTS[listKeyOf(step)], await ensureGroups(this.sp));
      case 'folderGrants':
        return ensureFolderGrants(this.sp, LISTS[listKeyOf(step)]);
      case 'sharing':
        return ensureNoMemberSharing(this.sp);
      case 'content':
        return seedFrameworks(this.sp);
      case 'migration':
        return step.id === 'migrate:roster' ? migrateRoster(this.sp) : migrateSignatures(this.sp);
      default: {
        const unreachable: never = step.kind;
        throw new Error(`Unknown step kind ${String(unreachable)}`);
      }
    }
  }

  /** Reads the installed schema version and the steps done so far (none when the settings list is missing). */
  private async readProgress(): Promise<Progress> {
    try {
      const items = await readSettingItems(this.sp);
      const version = items.get(SETTING_KEYS.schemaVersion);
      const steps = items.get(SETTING_KEYS.provisionedSteps);
      return {
        installedVersion: version ? Number(JSON.parse(version.value)) || 0 : 0,
        done: new Set<string>(steps ? (JSON.parse(steps.value) as string[]) : []),
        ids: { version: version?.id, steps: steps?.id }
      };
    } catch (error) {
      if (httpStatus(error) === 404) return { installedVersion: 0, done: new Set(), ids: {} };
      throw error;
    }
  }

  private async saveDone(progress: Progress): Promise<void> {
    const existingId = progress.ids.steps;
    await writeSetting(this.sp, SETTING_KEYS.provisionedSteps, Array.from(progress.done), existingId);
    const savedId = existingId ?? (await readSettingItems(this.sp)).get(SETTING_KEYS.provisionedSteps)?.id;
    this.progress = { ...progress, ids: { ...progress.ids, steps: savedId } };
  }
}
