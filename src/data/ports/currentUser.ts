import type { DirectoryId } from '../../domain';

/** The signed-in person, as plain values from the host (SPFx page context or the workbench switcher). */
export interface CurrentUser {
  /** Entra object id: how the app finds the person's own records (their staff key). */
  directoryId: DirectoryId;
  loginName: string;
  displayName: string;
  email: string;
}
