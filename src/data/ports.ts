/** Ports: what the app and components need from the outside world, in the domain's language. */
import type { IsoDate, IsoInstant, Result } from '../domain';

/** Why a read or write against SharePoint or Graph did not succeed, in terms the UI can explain. */
export type DataError =
  | { code: 'accessDenied' }
  | { code: 'notFound' }
  | { code: 'conflict' }
  | { code: 'throttled'; retryAfterSeconds: number | undefined }
  | { code: 'unavailable' }
  | { code: 'unexpected'; detail: string };

/** Whether the appraisal site is ready for this user. */
export type SiteStatus =
  | { kind: 'ready'; schemaVersion: number }
  | { kind: 'notSetUp' }
  | { kind: 'upgradeNeeded'; installed: number; required: number }
  | { kind: 'noAccess' };

/** Reads the state of the appraisal site (provisioned? which schema version? can this user reach it?). */
export interface SiteGateway {
  getStatus(): Promise<Result<SiteStatus, DataError>>;
}

/** One idempotent step of setting up the site; `target` names the list or group it works on. */
export interface ProvisioningStep {
  id: string;
  kind: 'list' | 'fields' | 'groups' | 'listPermissions' | 'sitePermissions' | 'settings';
  target: string;
}

/** Whether the signed-in user may set up the site, and which rights they lack if not. */
export interface ProvisioningRights {
  canProvision: boolean;
  missing: Array<'manageWeb' | 'manageLists' | 'managePermissions'>;
}

/** Sets up (and upgrades) the appraisal site: lists, fields, indexes, groups, permissions, settings. */
export interface SiteProvisioner {
  checkRights(): Promise<Result<ProvisioningRights, DataError>>;
  /** The steps not yet recorded as done on this site, in order. */
  pendingSteps(): Promise<Result<ProvisioningStep[], DataError>>;
  /** Runs one step; running a step again changes nothing. Records it as done. */
  runStep(step: ProvisioningStep): Promise<Result<void, DataError>>;
  /** Records that every step of this schema version is done. */
  finish(): Promise<Result<void, DataError>>;
}

/** The signed-in person, as plain values from the host (SPFx page context or the workbench switcher). */
export interface CurrentUser {
  loginName: string;
  displayName: string;
  email: string;
}

/** The only source of time outside tests (systemClock) — the domain never reads the system time. */
export interface Clock {
  today(): IsoDate;
  now(): IsoInstant;
}

/** Everything a root component needs, built once per host by a composition root. */
export interface AppServices {
  currentUser: CurrentUser;
  clock: Clock;
  site: SiteGateway;
  provisioner: SiteProvisioner;
}
